/**
 * Shapes of agency names that no list can hold in full: collectives ("Các sở,
 * ngành liên quan", "UBND xã, phường"), national bodies ("Bộ …"), the merged
 * provincial press body whose name each province writes its own way, and the
 * pieces a list splitter must not cut ("ban", "ngành", "địa phương").
 * All functions take folded tokens (`agencyKey(text).tokens` or `foldWords`).
 */
import { foldWords, isProvinceName, startsAt } from './agency-key';

/** The levels of a commune-level unit since 2025 (and the "thị trấn" older texts still name). */
export const COMMUNE_LEVELS = ['xã', 'phường', 'đặc khu', 'thị trấn'] as const;

interface Phrases {
  cac: string[];
  ubnd: string[];
  cap: string[];
  communeLevels: string[][];
  units: string[][];
  notUnits: string[][];
  qualifiers: string[][];
  tren: string[];
  tinh: string[];
  bo: string[];
  boChiHuy: string[];
  nationalStarts: string[][];
  chinhPhu: string[];
  bao: string[];
  dai: string[];
  pressPairs: [string[], string[]][];
  pressOne: string[][];
  heads: string[][];
  xaHoi: string[];
}

let phrases: Phrases | undefined;

const all = (list: string[]): string[][] => list.map(foldWords);

function p(): Phrases {
  phrases ??= {
    cac: foldWords('các'),
    ubnd: foldWords('UBND'),
    cap: foldWords('cấp'),
    communeLevels: all([...COMMUNE_LEVELS]),
    // Longest first: "thị xã" before "xã".
    units: all([
      'địa phương',
      'đặc khu',
      'cơ quan',
      'đơn vị',
      'thị xã',
      'thị trấn',
      'thành phố',
      'đoàn thể',
      'tổ chức',
      'doanh nghiệp',
      'sở',
      'ban',
      'ngành',
      'xã',
      'phường',
      'huyện',
      'hội',
    ]),
    // Words that start like a unit but are not one: "xã hội", "địa bàn".
    notUnits: all(['xã hội', 'địa bàn']),
    qualifiers: all(['có liên quan', 'liên quan']),
    tren: foldWords('trên'),
    tinh: foldWords('tỉnh'),
    bo: foldWords('Bộ'),
    boChiHuy: foldWords('Bộ Chỉ huy'),
    nationalStarts: all(['Trung ương', 'Quốc hội', 'Thủ tướng', 'Chính phủ']),
    chinhPhu: foldWords('Chính phủ'),
    bao: foldWords('Báo'),
    dai: foldWords('Đài'),
    pressPairs: [
      [foldWords('phát thanh'), foldWords('truyền hình')],
      [foldWords('PT'), foldWords('TH')],
    ],
    pressOne: all(['PTTH', 'PT TH']),
    heads: all([
      'sở',
      'bộ',
      'ban',
      'UBND',
      'ủy ban',
      'HĐND',
      'hội',
      'văn phòng',
      'VP',
      'công an',
      'thanh tra',
      'liên hiệp',
      'liên đoàn',
      'báo',
      'đài',
      'trung tâm',
      'trường',
      'phòng',
      'các',
      'chi cục',
      'cục',
      'viện',
      'đại học',
      'học viện',
      'tỉnh ủy',
      'tỉnh đoàn',
      'đoàn',
      'kho bạc',
      'ngân hàng',
      'bảo hiểm',
      'thuế',
      'đảng ủy',
      'mặt trận',
      'tòa án',
      'công ty',
      'tổng công ty',
      'bệnh viện',
      'xã',
      'phường',
      'đặc khu',
      'thủ tướng',
      'chính phủ',
      'quốc hội',
      'tập đoàn',
      'hợp tác xã',
      'quỹ',
      'hiệp hội',
      'khu',
      'vườn quốc gia',
      'điện lực',
      'viễn thông',
      'bưu điện',
      'hải quan',
      'nhà',
      'tổng cục',
    ]),
    xaHoi: foldWords('xã hội'),
  };
  return phrases;
}

/** Length of the unit word at `i` ("địa phương" → 2, "sở" → 1), 0 when there is none. */
function unitAt(tokens: readonly string[], i: number): number {
  const { units, notUnits } = p();
  if (notUnits.some((n) => startsAt(tokens, i, n))) return 0;
  return units.find((u) => startsAt(tokens, i, u))?.length ?? 0;
}

/** Two unit words in a row: "sở, ngành", "xã, phường", "cơ quan, đơn vị". */
function hasUnitPair(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const n = unitAt(tokens, i);
    if (n > 0 && unitAt(tokens, i + n) > 0) return true;
  }
  return false;
}

/** "Các …", "UBND các …", "UBND cấp xã", or several kinds of unit named together. */
export function looksCollective(tokens: readonly string[]): boolean {
  const { cac, ubnd, cap } = p();
  if (startsAt(tokens, 0, cac)) return true;
  if (
    startsAt(tokens, 0, ubnd) &&
    (startsAt(tokens, ubnd.length, cac) || startsAt(tokens, ubnd.length, cap))
  ) {
    return true;
  }
  return hasUnitPair(tokens);
}

/**
 * One commune's People's Committee by its shape ("UBND xã Hạp Lĩnh", "Ủy ban nhân dân phường Kinh Bắc",
 * "UBND đặc khu Vân Đồn"): a real agency, though no list names the 3,321 communes. The caller has
 * ruled out collectives ("UBND các xã").
 */
export function looksCommune(tokens: readonly string[]): boolean {
  const { ubnd, communeLevels } = p();
  if (!startsAt(tokens, 0, ubnd)) return false;
  const level = communeLevels.find((l) => startsAt(tokens, ubnd.length, l));
  return level !== undefined && tokens.length > ubnd.length + level.length;
}

/** "Bộ …" (but not the province's "Bộ Chỉ huy …"), "Thủ tướng …", "… Chính phủ", "Trung ương …". */
export function looksNational(tokens: readonly string[]): boolean {
  const { bo, boChiHuy, nationalStarts, chinhPhu } = p();
  if (startsAt(tokens, 0, bo) && !startsAt(tokens, 0, boChiHuy)) return true;
  if (nationalStarts.some((s) => startsAt(tokens, 0, s))) return true;
  return startsAt(tokens, tokens.length - chinhPhu.length, chinhPhu);
}

/**
 * The merged press body however it is written: "Báo và Phát thanh, Truyền hình
 * Hưng Yên", "Báo, Phát thanh và Truyền hình Bắc Ninh", "Báo và Đài PTTH",
 * "Báo và PT, TH Lạng Sơn" — followed by nothing or by a province name.
 */
export function looksLikePress(tokens: readonly string[], province: readonly string[][] = []): boolean {
  const { bao, dai, pressPairs, pressOne } = p();
  if (!startsAt(tokens, 0, bao)) return false;
  let i = bao.length;
  if (startsAt(tokens, i, dai)) i += dai.length;
  const one = pressOne.find((s) => startsAt(tokens, i, s));
  if (one) i += one.length;
  else {
    const pair = pressPairs.find(([a, b]) => startsAt(tokens, i, a) && startsAt(tokens, i + a.length, b));
    if (!pair) return false;
    i += pair[0].length + pair[1].length;
  }
  return i === tokens.length || isProvinceName(tokens.slice(i), province);
}

/**
 * A piece of a collective cut off by a comma: "ban", "ngành", "địa phương có
 * liên quan", "phường xã", "Ủy ban nhân dân xã", "ngành và UBND các xã" —
 * unit words, joined by nothing but "các", "cấp", "UBND" (and "và").
 */
export function isUnitFragment(tokens: readonly string[]): boolean {
  const { cac, ubnd, cap, qualifiers, tren, tinh } = p();
  const connectors = new Set([...cac, ...ubnd, ...cap]);
  let rest = tokens.filter((t) => !connectors.has(t));
  const trenAt = rest.findIndex((_, i) => i > 0 && startsAt(rest, i, tren));
  if (trenAt > 0) rest = rest.slice(0, trenAt);
  const qualifier = qualifiers.find(
    (q) => rest.length > q.length && startsAt(rest, rest.length - q.length, q),
  );
  if (qualifier) rest = rest.slice(0, rest.length - qualifier.length);
  if (rest.length > 1 && startsAt(rest, rest.length - tinh.length, tinh)) rest = rest.slice(0, -tinh.length);
  if (rest.length === 0) return false;
  for (let i = 0; i < rest.length;) {
    const n = unitAt(rest, i);
    if (n === 0) return false;
    i += n;
  }
  return true;
}

/** Whether a piece opens with a word that starts an agency name ("Sở", "Công an", "Trường" …). */
export function startsWithAgencyWord(tokens: readonly string[]): boolean {
  const { heads, xaHoi } = p();
  if (startsAt(tokens, 0, xaHoi)) return false;
  return heads.some((h) => startsAt(tokens, 0, h));
}
