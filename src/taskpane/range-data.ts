/**
 * Pure helpers that turn what Office.js returns for a range into the engine's
 * SheetModel pieces, and that plan the row blocks of a read. No Office calls
 * here, so the conversion is tested without a host.
 */
import { columnIndex, type MergeRange, type SheetCell } from '../core/model/sheet';

/**
 * Rows per read block. One block covers an appendix of any realistic size
 * (the seeds have 7-13 tasks; a province-wide report a few hundred rows) and
 * 10,000 task rows under their title and header, so a read costs the same
 * number of syncs from 10 to 10,000 tasks.
 */
export const BLOCK_ROWS = 12_000;
/**
 * Cells per block, for wide sheets: 10,000 task rows of the widest layout the
 * add-in writes (a report, 10 columns) and of sheets with a few extra
 * columns (16 in all, with title rows above) are one block. Excel desktop has no response cap; Excel on
 * the web refuses responses over 5 MB, which 10,000 rows of long Vietnamese
 * text read as values + text + number format + font exceed: there a block
 * that comes back too large is halved and read again (one sync more per halving).
 */
export const BLOCK_CELLS = 192_000;
/** Below this a block is not halved again: the error is real, not size. */
export const MIN_BLOCK_ROWS = 50;

export interface Block {
  /** 0-based first row and number of rows. */
  start: number;
  count: number;
}

/** Row blocks covering `rows` rows of a sheet `cols` columns wide. */
export function planBlocks(rows: number, cols: number, maxRows: number = BLOCK_ROWS): Block[] {
  const size = Math.max(1, Math.min(maxRows, Math.floor(BLOCK_CELLS / Math.max(1, cols))));
  const blocks: Block[] = [];
  for (let start = 0; start < rows; start += size)
    blocks.push({ start, count: Math.min(size, rows - start) });
  return blocks;
}

/** Office.js error codes of the 5 MB request/response limit (Excel on the web). */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** The error values Excel shows; `values` returns them as these strings. */
const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/**
 * One cell as the engine sees it. `text` is kept only where it differs in
 * kind from the value (numbers, dates, booleans): for text cells it repeats
 * the value.
 */
export function officeCell(
  value: unknown,
  text: string | undefined,
  format: string | undefined,
  font: string | undefined,
): SheetCell | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  const cell: SheetCell = { value: null };
  if (typeof value === 'string' && ERROR_VALUES.has(value) && (text === undefined || text === value)) {
    cell.error = value;
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    cell.value = value;
    if (typeof value !== 'string' && text !== undefined && text !== '') cell.text = text;
  } else {
    return undefined;
  }
  // "General" is every cell's default; like the file readers, keep only real formats.
  if (format && format !== 'General') cell.format = format;
  if (font) cell.font = font;
  return cell;
}

/** Splits "Sheet1!A1:F1,'Phụ lục, 2'!B3:B4" at the commas outside quotes. */
function splitAreas(list: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * The merged areas of a RangeAreas `address` ("Sheet1!A1:F1,Sheet1!A3:A5"), 0-based.
 * A one-cell area is not a merge and is dropped.
 */
export function parseMergedAddress(address: string | null | undefined): MergeRange[] {
  if (!address) return [];
  const merges: MergeRange[] = [];
  for (const area of splitAreas(address)) {
    const ref = area.slice(area.lastIndexOf('!') + 1).replace(/\$/g, '');
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref.trim());
    if (!m) continue;
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]);
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? columnIndex(m[3]) : left;
    if (bottom > top || right > left) merges.push({ top, left, bottom, right });
  }
  return merges;
}

/** Drops the empty tail of a row so rows hold only what is in use. */
export function trimRow(row: (SheetCell | undefined)[]): (SheetCell | undefined)[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === undefined) end--;
  return end === row.length ? row : row.slice(0, end);
}

/**
 * What to assign to `values` so Excel keeps a text as text. Excel parses what
 * is written like what is typed: "=…", "+…", "-…" and "@…" become formulas (a
 * "- Sở Nội vụ" bullet list turns into #NAME?), "(1)" becomes -1 and
 * "07/2026" a date. Those get Excel's own text marker, a leading apostrophe,
 * which is not part of the value. A bare whole number ("3" renumbering an STT
 * column, "2028") goes in as the number Excel would store when typed.
 */
export function cellInput(s: string): string | number {
  if (s === '') return s;
  if (/^(0|[1-9]\d{0,14})$/.test(s)) return Number(s);
  if (/^[=+\-@']/.test(s) || !/\p{L}/u.test(s)) return `'${s}`;
  return s;
}
