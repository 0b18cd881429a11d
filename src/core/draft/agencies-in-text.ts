/**
 * Agencies named inside a plan's sentences: the heading that names who leads
 * ("1.2. Sở Nội vụ", "9. Đề nghị Báo và Phát thanh, Truyền hình Lạng Sơn"),
 * the partners after "phối hợp với …", the body a report goes to ("gửi Sở
 * Khoa học và Công nghệ"). Every name is resolved through the registry; a
 * span ends where the registry stops recognising it, so "các sở, ngành xây
 * dựng kế hoạch" gives "Các sở, ngành", not the rest of the sentence.
 */
import type { AgencyMatch, AgencyRegistry } from '../agency/registry';
import { foldWords } from '../agency/agency-key';
import { startsWithAgencyWord } from '../agency/patterns';
import { splitAgencyList } from '../agency/split-list';
import { compareKey } from '../text/compare-key';
import { cleanText } from '../text/normalize';
import { trimEndOf } from '../text/trim';
import { upperFirst } from '../text/normalize';

/** Longest name tried at one position, in words ("Các sở, ban, ngành, UBND các xã, phường, đặc khu" is nine). */
const MAX_NAME_WORDS = 16;
/** A heading longer than this is a sentence, not an agency's name. */
const MAX_HEADING_LENGTH = 160;

/**
 * The words a collective is made of: "các", the kinds of unit and what joins
 * them. A name the registry accepts only by its shape ("các sở ngành, phường
 * xã") must be made of these, or it would swallow the verb after it.
 */
const COLLECTIVE_WORDS = new Set(
  [
    'các',
    'cấp',
    'sở',
    'ban',
    'ngành',
    'địa',
    'phương',
    'cơ',
    'quan',
    'đơn',
    'vị',
    'xã',
    'phường',
    'đặc',
    'khu',
    'tổ',
    'chức',
    'doanh',
    'nghiệp',
    'huyện',
    'hội',
    'thị',
    'trấn',
    'thành',
    'phố',
    'viên',
    'liên',
    'có',
    'và',
    'UBND',
    'ủy',
    'uỷ',
    'nhân',
    'dân',
    'trường',
    'đoàn',
    'thể',
    'thuộc',
    'tỉnh',
    'chính',
    'trị',
  ].map((w) => compareKey(w)),
);

/** A collective ends on a unit or its qualifier, never on "các", "và", "cấp". */
const COLLECTIVE_ENDS = new Set(
  [
    'sở',
    'ban',
    'ngành',
    'phương',
    'quan',
    'vị',
    'xã',
    'phường',
    'khu',
    'chức',
    'nghiệp',
    'huyện',
    'hội',
    'trấn',
    'phố',
    'viên',
    'thể',
    'tỉnh',
    'trường',
    'trị',
  ].map((w) => compareKey(w)),
);

/** Inside a collective, a second one may not start: "… liên quan và UBND các xã" is two names. */
const SECOND_NAME = /(?:,|;|\s+và)\s+(?:UBND|Ủy ban|Uỷ ban|các)(?=\s|$)/iu;

export interface FoundName {
  /** The name as written (cleaned), and its canonical form. */
  text: string;
  canonical: string;
  match: AgencyMatch;
  /** Characters of the source consumed, from the start. */
  length: number;
}

function known(m: AgencyMatch): boolean {
  return m.kind !== 'unknown' && m.canonical !== null;
}

function collectiveShapeOk(text: string): boolean {
  if (SECOND_NAME.test(text.slice(1))) return false;
  const key = compareKey(text);
  // "cơ"/"có" only in "cơ quan", "có liên quan": "các cơ sở giáo dục" (schools) is not cut into "Các cơ sở".
  if (/\bco\b(?! (?:lien )?quan\b)/.test(key)) return false;
  // Without "các" in front, "tổ chức …" is the verb: "…, tổ chức hội thảo".
  if (/^to chuc\b/.test(key)) return false;
  const words = key.split(' ');
  return words.every((w) => COLLECTIVE_WORDS.has(w)) && COLLECTIVE_ENDS.has(words[words.length - 1]);
}

/** The longest agency name at the start of `text`, or null. */
export function nameAt(text: string, registry: AgencyRegistry): FoundName | null {
  const words = [...text.matchAll(/\S+/g)].slice(0, MAX_NAME_WORDS);
  for (let n = words.length; n >= 1; n--) {
    const last = words[n - 1];
    const end = (last.index ?? 0) + last[0].length;
    const raw = text.slice(0, end).replace(/(?:[\s,;:.)]|\s[-–+•]|\s(?:và|cùng|với))+$/u, '');
    if (raw === '' || !/\p{L}/u.test(raw)) continue;
    const candidate = upperFirst(cleanText(raw));
    const m = registry.resolve(candidate);
    if (!known(m)) continue;
    if (m.pattern && !collectiveShapeOk(candidate)) continue;
    return { text: candidate, canonical: m.canonical as string, match: m, length: raw.length };
  }
  return null;
}

/**
 * Words an organisation's name starts with, for a name the registry does not
 * know ("Hiệp hội Doanh nghiệp tỉnh", "Trường Đại học Thái Nguyên"); compared
 * folded, on whole words.
 */
const ORGANISATION_START =
  /^(?:hiep hoi|hoi|truong|vien|hoc vien|dai hoc|trung tam|lien doan|lien hiep|ban|cuc|chi cuc|cong ty|tong cong ty|tap doan|quy|hop tac xa|ngan hang|dai|bao|van phong|tinh doan|doan|cac)(?: |$)/;
/** Openings with those words that are not organisations: "Hội nghị …", "Ban hành …", "các nhiệm vụ …". */
const NOT_ORGANISATION =
  /^(?:hoi (?:nghi|thao|thi|cho|dien)|ban (?:hanh|giao)|dai (?:dien|hoc sinh)|bao (?:cao|dam|ve|chi)|doan (?:ket)|cac (?:nhiem vu|noi dung|hoat dong|chuong trinh|du an|de an|giai phap|van ban|chinh sach|chi tieu|ke hoach|linh vuc|thu tuc|quy dinh|bien phap)\b)/;
/**
 * Where an unknown name ends: a verb or a preposition written in lower case
 * ("Trường Đại học Thái Nguyên tổ chức hội thảo"). Names are capitalised
 * ("Hiệp hội Doanh nghiệp tỉnh"), so only lower-case words stop them.
 */
const UNKNOWN_NAME_STOP =
  /^(?:xây dựng|tổ chức|triển khai|thực hiện|tham mưu|tuyên truyền|vận động|hướng dẫn|rà soát|đề xuất|nghiên cứu|hỗ trợ|ban hành|chỉ đạo|kiểm tra|theo dõi|đẩy mạnh|phát triển|nâng cao|bố trí|đánh giá|tổng hợp|cung cấp|đào tạo|bồi dưỡng|quản lý|giám sát|thẩm định|lựa chọn|phổ biến|khảo sát|tăng cường|huy động|kết nối|thu hút|đôn đốc|chuẩn bị|xử lý|hoàn thiện|cập nhật|tập huấn|trình|để|nhằm|trong|tại|về|theo|khi|cho|và|cùng|với|đối với)(?![\p{L}\d])/u;
/** An unknown name longer than this is a sentence. */
const MAX_UNKNOWN_NAME_WORDS = 12;

/**
 * A name the registry does not know, at the start of `text`, kept as cleaned
 * text: only when it starts with an organisation word, and up to a comma, a
 * joining word, a verb or the end of the clause.
 */
export function unknownNameAt(text: string, registry: AgencyRegistry): FoundName | null {
  const key = compareKey(text.slice(0, 80));
  if (!ORGANISATION_START.test(key) || NOT_ORGANISATION.test(key)) return null;
  const words = [...text.matchAll(/\S+/g)];
  let end = -1;
  for (let i = 0; i < words.length && i <= MAX_UNKNOWN_NAME_WORDS; i++) {
    const w = words[i];
    const at = w.index ?? 0;
    // Two words at least before a verb may end it: "Các tổ chức …" is a name, not "Các" + a verb.
    if (i >= 2 && UNKNOWN_NAME_STOP.test(text.slice(at))) break;
    end = at + w[0].length;
    if (/[,;:.!?()]$/u.test(w[0])) break;
    if (i === MAX_UNKNOWN_NAME_WORDS) return null;
  }
  if (end < 0) return null;
  const raw = trimEndOf(text.slice(0, end), ',;:.!?()');
  if (raw.split(/\s+/).length < 2) return null;
  const candidate = upperFirst(cleanText(raw));
  return { text: candidate, canonical: candidate, match: registry.resolve(candidate), length: raw.length };
}

/**
 * Names one after another, joined by ",", ";", "và", "cùng": "các sở, ngành
 * và UBND các xã, phường". With `unknown`, names the registry does not know
 * are taken too, as written (see `unknownNameAt`).
 */
export function namesAt(
  text: string,
  registry: AgencyRegistry,
  opts: { unknown?: boolean } = {},
): { names: FoundName[]; length: number } {
  const at = (s: string) => nameAt(s, registry) ?? (opts.unknown ? unknownNameAt(s, registry) : null);
  const names: FoundName[] = [];
  let used = 0;
  for (;;) {
    const found = at(text.slice(used));
    if (!found) break;
    names.push(found);
    used += found.length;
    // "- Sở A - Sở B -": a list of bullets run together on one line (a PDF copy) is separated by dashes.
    const sep = /^(?:\s+[-–+•]\s+|[\s,;]*(?:(?:và|cùng|với)\s+)?)/u.exec(text.slice(used));
    // A separator belongs to the list only when another name follows it.
    if (!sep || !/[,;\-–+•]|và|cùng|với/u.test(sep[0]) || !at(text.slice(used + sep[0].length))) break;
    used += sep[0].length;
  }
  return { names, length: used };
}

/** "phối hợp với …", and as a list is announced: "phối hợp với: - Sở A - Sở B". */
const PARTNER_CUE = /phối\s+hợp(?:\s+chặt\s+chẽ)?\s+(?:với|cùng)(?:\s*:\s*(?:[-–+•]\s+)?|\s+)/giu;
const SEND_CUE = /(?<![\p{L}])gửi(?:\s+(?:về|cho|đến))?\s+/giu;

/**
 * Names as the table reader will read them back from a cell: a name the list
 * splitter cuts into known parts ("Các sở, ban, ngành, UBND các xã, phường")
 * becomes those parts, each canonical, so the drafted cell reads back as written.
 */
export function canonicalNames(names: readonly string[], registry: AgencyRegistry): string[] {
  const out = names.flatMap((name) => {
    const parts = splitAgencyList(name, registry).map((p) => registry.resolve(upperFirst(p)));
    return parts.length > 1 && parts.every(known) ? parts.map((p) => p.canonical as string) : [name];
  });
  return [...new Set(out)];
}

function afterCues(text: string, cue: RegExp, registry: AgencyRegistry, unknown = false): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(cue)) {
    const rest = text.slice((m.index ?? 0) + m[0].length);
    for (const f of namesAt(rest, registry, { unknown }).names) out.push(f.canonical);
  }
  return canonicalNames(out, registry);
}

/**
 * Partners named in a sentence: "phối hợp với …", in order, canonical, without
 * repeats; a name the registry does not know is kept as written (cleaned).
 */
export function partnersIn(text: string, registry: AgencyRegistry): string[] {
  return afterCues(text, PARTNER_CUE, registry, true);
}

/** Where a report is sent: "gửi Sở Khoa học và Công nghệ". */
export function recipientsIn(text: string, registry: AgencyRegistry): string[] {
  return afterCues(text, SEND_CUE, registry);
}

/** The agency a sentence starts with, as its subject ("Sở Nội vụ chủ trì, …"). */
export function subjectOf(text: string, registry: AgencyRegistry): string[] {
  return namesAt(text, registry).names.map((f) => f.canonical);
}

export interface HeadingAgencies {
  lead: string[];
  /** What else the heading names beside the lead ("… và các tổ chức thành viên"). */
  partners: string[];
}

/** What may follow the names in a heading: "có liên quan", "trong tỉnh", "trên địa bàn tỉnh Lạng Sơn", "thuộc UBND tỉnh". */
const QUALIFIER =
  /^(?:(?:có\s+)?liên\s+quan|(?:trong|trên\s+địa\s+bàn|thuộc(?:\s+UBND)?)(?:\s+(?:tỉnh|thành\s+phố))?(?:\s+\p{Lu}\p{L}*){0,3})$/u;
/** An agency-shaped heading the registry does not know is a name only while it is short. */
const MAX_UNKNOWN_HEADING_WORDS = 12;

/** What a heading may say after the names: "3. Sở Tư pháp có trách nhiệm:", "… thực hiện các nhiệm vụ sau:". */
const DUTY_WORDS =
  /\s*[,–—-]?\s+(?:(?:có|chịu)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|thực\s+hiện\s+(?:các\s+)?nhiệm\s+vụ)(?:\s+(?:như\s+sau|sau(?:\s+đây)?|cụ\s+thể|chính))?\s*$/iu;

/** "Đề nghị …": the province can only invite bodies it does not direct. */
const INVITE = /^(?:đề\s+nghị|kính\s+đề\s+nghị)\s+/iu;

/**
 * The agencies a heading of the implementation section names, or null when
 * the heading names none ("Về công tác tuyên truyền").
 */
export function headingAgencies(heading: string, registry: AgencyRegistry): HeadingAgencies | null {
  const text = cleanText(
    heading
      .replace(INVITE, '')
      .replace(/[:.]+$/u, '')
      .replace(DUTY_WORDS, ''),
  );
  if (text === '' || text.length > MAX_HEADING_LENGTH) return null;
  // Cut as the list splitter will cut the cell when it is read back; otherwise a heading is
  // a name, not a sentence, and a collective by shape is taken whole.
  const parts = splitAgencyList(text, registry).map((p) => registry.resolve(upperFirst(p)));
  if (parts.length > 1 && parts.every(known)) return accountableFirst(parts);
  const whole = registry.resolve(upperFirst(text));
  // A collective known only by its shape is taken whole unless it joins two names ("Các sở, ban,
  // ngành và Ủy ban nhân dân xã, phường"): those are read one by one below, each canonical.
  const joined = whole.pattern === true && SECOND_NAME.test(text.slice(1));
  if (known(whole) && parts.length <= 1 && !joined)
    return { lead: [whole.canonical as string], partners: [] };

  const { names, length } = namesAt(text, registry);
  if (names.length > 0) {
    // A heading is names, perhaps qualified ("… trong tỉnh"); anything more is a sentence that assigns work.
    const rest = cleanText(text.slice(length));
    return rest === '' || QUALIFIER.test(rest) ? accountableFirst(names.map((f) => f.match)) : null;
  }
  // Not in the registry but shaped like an agency ("Các trường Đại học trên địa bàn tỉnh"): kept as written.
  const short = !/[.;]/u.test(text) && text.split(' ').length <= MAX_UNKNOWN_HEADING_WORDS;
  return short && startsWithAgencyWord(foldWords(text)) ? { lead: [upperFirst(text)], partners: [] } : null;
}

/**
 * Several names in one heading: the accountable bodies lead and the
 * collectives beside them join as partners ("Ủy ban MTTQ Việt Nam tỉnh và các
 * tổ chức thành viên"); collectives alone lead together.
 */
function accountableFirst(matches: AgencyMatch[]): HeadingAgencies {
  const accountable = matches.filter((m) => !m.collective);
  const lead = accountable.length ? accountable : matches;
  const members = matches.filter((m) => !lead.includes(m)).map((m) => m.canonical as string);
  return { lead: [...new Set(lead.map((m) => m.canonical as string))], partners: [...new Set(members)] };
}
