/**
 * What an appendix says about its plan, above the table: the line
 * "(Kèm theo Kế hoạch số 548/KH-UBND ngày 04 tháng 3 năm 2026 của UBND tỉnh …)"
 * and the title ("… ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045"). Validation uses
 * them as the default plan date and horizon. A draft's blanks
 * ("số    /KH-UBND ngày    tháng 3 năm 2026") give nulls, never a guess; its
 * month is kept as such (a deadline before March 2026 is before the plan).
 */
import { isValidDate, toIso } from '../deadline/dates';
import type { SheetModel } from '../model/sheet';
import { compareKey } from '../text/compare-key';
import { cleanText } from '../text/normalize';
import { headersIn } from './find-header';
import { SheetReader } from './sheet-reader';

export interface PlanInfo {
  /** "548/KH-UBND"; null while the number is left blank. */
  number: string | null;
  /** ISO date, only when day, month and year are all written. */
  date: string | null;
  /** "2026-03" when only the day is left blank ("ngày    tháng 3 năm 2026"): a draft's month. */
  month?: string;
  /** The province named in the line ("Ninh Bình"), or null. */
  province: string | null;
  /** The last year of the plan's period ("ĐẾN NĂM 2030" → 2030). */
  horizon: number | null;
  /**
   * The one year a plan for a single year names in its title ("KẾ HOẠCH …
   * NĂM 2026"); absent for a plan over a period, or when no title says.
   */
  year?: number;
}

/** Rows read above a table, or from the top when no table is found. */
export const MAX_TITLE_ROWS = 30;

const NUMBER_AFTER_PLAN = /kế\s*hoạch\s+số\s*:?\s*(\d[^\s,;()]*)/iu;
const NUMBER = /(?:^|\s)số\s*:?\s*(\d[^\s,;()]*)/iu;
const DATE =
  /(?:^|\s)ngày\s+(\d{1,2})\s*(?:tháng\s*(\d{1,2})\s*(?:năm\s*)?(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))/iu;
// Not case-insensitive: the name must start with a capital (`\p{Lu}` would match any letter under /i).
const PROVINCE =
  /(?:^|\s)(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|THÀNH PHỐ|TP\.?)\s+(\p{Lu}[^()\n,;]*?)\s*\)?\s*$/u;
// Cheap tests before folding a line: "kèm theo" in any case or spelling has "theo"; a horizon has a year.
const THEO = /theo/i;
const YEAR = /\d{4}/;
const UNTIL_YEAR = /(?<!tam nhin )den nam (\d{4})\b/;
const PERIOD = /giai doan (\d{4}) (\d{4})\b/;

/** The rows above the sheet's first header, whole. */
function sheetTitleArea(reader: SheetReader): TitleArea {
  // Title lines are at the top: a sheet with no header there (a list, the template's metadata) is not searched further.
  let end = Math.min(reader.rowCount, MAX_TITLE_ROWS);
  for (let r = 0; r < end; r++) {
    if (headersIn(reader, r).length) {
      end = r;
      break;
    }
  }
  return { top: 0, bottom: end - 1, left: 0, right: Infinity };
}

/** Rows and columns (0-based, inclusive) holding title lines. */
export interface TitleArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The text of each row of an area with any, its cells joined by spaces. */
function linesIn(reader: SheetReader, area: TitleArea): string[] {
  const lines: string[] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const cols = reader.filledColumns(r, area.left, Math.min(area.right, reader.width(r) - 1));
    if (cols.length) lines.push(cols.map((c) => reader.text(r, c)).join(' '));
  }
  return lines;
}

// The sheet's title lines are those of its first table too: read once for both.
const readAreas = new WeakMap<SheetReader, Map<string, PlanInfo>>();

/** What the title lines in an area above a table say (table-area.ts: titleArea). */
export function readTitleInfo(reader: SheetReader, area: TitleArea): PlanInfo {
  let known = readAreas.get(reader);
  if (!known) readAreas.set(reader, (known = new Map()));
  const key = `${area.top}:${area.bottom}:${area.left}:${area.right}`;
  let info = known.get(key);
  if (!info) known.set(key, (info = readPlanInfo(linesIn(reader, area))));
  return info;
}

function planDate(line: string): string | null {
  const m = DATE.exec(line);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2] ?? m[4]);
  const y = Number(m[3] ?? m[5]);
  return isValidDate(y, mo, d) ? toIso(y, mo, d) : null;
}

// A draft leaves the day blank: "ngày    tháng 3 năm 2026", "ngày …/3/2026".
const MONTH_OF_DRAFT =
  /(?:^|\s)ngày[\s.…_]*(?:tháng\s*(\d{1,2})\s*(?:năm\s*)?(\d{4})|\/\s*(\d{1,2})\s*\/\s*(\d{4}))/iu;

function planMonth(line: string): string | null {
  const m = MONTH_OF_DRAFT.exec(line);
  if (!m) return null;
  const mo = Number(m[1] ?? m[3]);
  const y = Number(m[2] ?? m[4]);
  return mo >= 1 && mo <= 12 && y >= 2000 && y <= 2100 ? `${y}-${String(mo).padStart(2, '0')}` : null;
}

function province(line: string): string | null {
  const at = line.toLowerCase().lastIndexOf('của ');
  const m = PROVINCE.exec(at >= 0 ? line.slice(at + 3) : line);
  return m ? m[1].trim() : null;
}

function horizon(lines: string[]): number | null {
  for (const line of lines) {
    if (!YEAR.test(line)) continue;
    const key = compareKey(line);
    const until = UNTIL_YEAR.exec(key);
    const period = PERIOD.exec(key);
    const year = until && (!period || until.index < period.index) ? until[1] : period?.[2];
    const n = Number(year);
    if (year && n >= 2000 && n <= 2100) return n;
  }
  return null;
}

/** "năm 2026" in a title; a date's "ngày 5 tháng 1 năm 2026" is not a plan's year. */
const TITLE_YEAR = /\bnam (\d{4})\b/;
const YEARS = /\b(?:19|20|21)\d\d\b/g;

/** The single year of a one-year plan's title: the only year its title lines name, after "năm", outside dates. */
function singleYear(lines: string[]): number | null {
  const years = new Set<string>();
  let named: number | null = null;
  for (const line of lines) {
    if (!YEAR.test(line)) continue;
    const key = compareKey(line);
    if (/\b(ngay|giai doan|den nam|tam nhin)\b/.test(key)) return null;
    for (const y of key.match(YEARS) ?? []) years.add(y);
    const m = TITLE_YEAR.exec(key);
    if (m) named = Number(m[1]);
  }
  return years.size === 1 && named !== null && named >= 2000 && named <= 2100 ? named : null;
}

/** Plan number, date, province, horizon and single year from the lines above a table (or given lines of text). */
export function readPlanInfo(source: SheetModel | SheetReader | readonly string[]): PlanInfo {
  if (!Array.isArray(source)) {
    const reader = source instanceof SheetReader ? source : new SheetReader(source as SheetModel);
    return readTitleInfo(reader, sheetTitleArea(reader));
  }
  const lines = (source as readonly string[]).map((l) => cleanText(l)).filter((l) => l !== '');
  const attached = lines.find((l) => THEO.test(l) && compareKey(l).includes('kem theo'));
  const titles = lines.filter((l) => l !== attached);
  const until = horizon(titles);
  const year = until === null ? singleYear(titles) : null;
  const one = year === null ? {} : { year };
  if (!attached) return { number: null, date: null, province: null, horizon: until, ...one };
  const number = NUMBER_AFTER_PLAN.exec(attached) ?? NUMBER.exec(attached);
  const date = planDate(attached);
  const month = date === null ? planMonth(attached) : null;
  return {
    number: number ? number[1] : null,
    date,
    ...(month ? { month } : {}),
    province: province(attached),
    horizon: until,
    ...one,
  };
}
