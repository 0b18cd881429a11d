/**
 * What a plan says about itself in its first lines: its number ("Số:
 * 548/KH-UBND"), place and date ("Cao Bằng, ngày 04 tháng 3 năm 2026"), the
 * body that issues it, the decision it implements and the last year it runs
 * to. Read from paragraphs and from table cells, since Word plans set the
 * header in a borderless table.
 */
import { PROVINCES } from '../agency/provinces';
import { isValidDate, toIso } from '../deadline/dates';
import { compareKey } from '../text/compare-key';
import { cleanText } from '../text/normalize';
import { shownText, type PlanDocument } from './document';
import { labelKind } from './inline';

export interface PlanHeader {
  /** "548/KH-UBND"; null while the number is left blank ("Số: /KH-UBND"). */
  number: string | null;
  /** The document symbol after the number: "KH-UBND". */
  symbol: string | null;
  /** ISO date of signing; null while the day or month is left blank. */
  date: string | null;
  /** Day, month and year as written in the date line, each null when left blank ("ngày    tháng 3 năm 2026"). */
  dateParts: { day: number | null; month: number | null; year: number | null };
  province: string | null;
  /** "UBND tỉnh Cao Bằng". */
  issuer: string | null;
  /** "Quyết định số 2711/QĐ-TTg ngày 12/12/2025". */
  implements: string | null;
  /** The last year of the plan's period ("đến năm 2030", "giai đoạn 2026-2030"). */
  horizon: number | null;
}

/** Lines of text in document order, paragraphs and table cells alike, up to the first section heading of the body. */
function headerLines(doc: PlanDocument): string[] {
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows) for (const cell of row) lines.push(...cell.split('\n'));
      continue;
    }
    if (b.footnote) continue;
    if (labelKind(b.label)?.kind === 'roman') break;
    lines.push(shownText(b));
  }
  return lines.map((l) => cleanText(l)).filter(Boolean);
}

const NUMBER_LINE = /^Số\s*:?\s*(\d+)?\s*\/\s*([\p{L}\d.-]+(?:\/[\p{L}\d.-]+)*)/iu;
const PLACE_DATE = /^(.{2,40}?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu;
const IMPLEMENTS =
  /\b(Quyết định|Nghị quyết|Chỉ thị|Kết luận|Kế hoạch|Chương trình|Thông báo)\s+số\s+([\p{L}\d./-]+)\s+ngày\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u;
const ISSUER_LINE = /^(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\s+(TỈNH|THÀNH\s+PHỐ)\s+(.+)$/iu;
const HORIZON =
  /(?<![\p{L}\d])(?:đến|tới)\s+năm\s+(\d{4})(?!\d)|(?<![\p{L}\d])giai\s+đoạn\s+\d{4}\s*[-–—]\s*(\d{4})(?!\d)/iu;

/** The province a text names, written as the registry of provinces writes it. */
export function provinceIn(text: string): string | null {
  const key = ` ${compareKey(text)} `;
  let best: string | null = null;
  for (const name of PROVINCES) {
    const k = compareKey(name);
    if (key.includes(` ${k} `) && (!best || k.length > compareKey(best).length)) best = name;
  }
  return best;
}

function provinceAfterTinh(lines: string[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const m of line.matchAll(/\btỉnh\s+((?:\p{Lu}[\p{L}]*\s*){1,4})/gu)) {
      const name = provinceIn(m[1]);
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

export function readPlanHeader(doc: PlanDocument): PlanHeader {
  const lines = headerLines(doc);
  const header: PlanHeader = {
    number: null,
    symbol: null,
    date: null,
    dateParts: { day: null, month: null, year: null },
    province: null,
    issuer: null,
    implements: null,
    horizon: null,
  };
  let issuerKind: string | null = null;
  const fromImplements: string[] = [];
  for (const line of lines) {
    const num = NUMBER_LINE.exec(line);
    if (num && header.symbol === null) {
      header.symbol = num[2].toUpperCase();
      header.number = num[1] ? `${Number(num[1])}/${header.symbol}` : null;
    }
    const pd = PLACE_DATE.exec(line);
    if (pd && header.dateParts.year === null) {
      const [d, m, y] = [pd[2] ? Number(pd[2]) : null, pd[3] ? Number(pd[3]) : null, Number(pd[4])];
      header.dateParts = { day: d, month: m, year: y };
      header.province ??= provinceIn(pd[1]);
      if (d !== null && m !== null && isValidDate(y, m, d)) header.date = toIso(y, m, d);
    }
    const iss = ISSUER_LINE.exec(line);
    if (iss && !issuerKind) {
      issuerKind = compareKey(iss[1]) === 'tinh' ? 'tỉnh' : 'thành phố';
      header.province ??= provinceIn(iss[2]);
    }
    const impl = IMPLEMENTS.exec(line);
    if (impl && header.implements === null && /^(?:\p{L}+\s+){0,3}(?:thực hiện|triển khai)\b/iu.test(line)) {
      header.implements = `${impl[1]} số ${impl[2]} ngày ${impl[3].replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ')}`;
    }
    if (header.implements !== null) fromImplements.push(line);
  }
  // Joined, because a PDF copy can break "đến năm" and "2030" into two paragraphs.
  const hz = HORIZON.exec(fromImplements.join(' '));
  if (hz) header.horizon = Number(hz[1] ?? hz[2]);
  header.province ??= provinceAfterTinh(allText(doc));
  const signedByCommittee =
    issuerKind !== null ||
    /UBND$/.test(header.symbol ?? '') ||
    allText(doc).some((l) => /^TM\.\s*(?:ỦY|UỶ) BAN NHÂN DÂN/iu.test(l));
  if (header.province && signedByCommittee) header.issuer = `UBND ${issuerKind ?? 'tỉnh'} ${header.province}`;
  return header;
}

function allText(doc: PlanDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [shownText(b)] : b.rows.flat()));
}
