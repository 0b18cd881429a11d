/**
 * Pure helpers that turn what Office.js returns for a range into the engine's
 * SheetModel pieces, and that plan the row blocks of a read. No Office calls
 * here, so the conversion is tested without a host.
 */
import { cellAddress, columnIndex, columnLetter, type MergeRange, type SheetCell } from '../core/model/sheet';

/**
 * Rows per read block. One block covers an appendix of any realistic size
 * (the seeds have 7-13 tasks; a province-wide report a few hundred rows) and
 * 10,000 task rows under their title and header, so a read costs the same
 * number of syncs from 10 to 10,000 tasks.
 */
export const BLOCK_ROWS = 12_000;
/**
 * Cells per block, for wide sheets: 10,000 task rows of the widest layout the
 * add-in writes (a report, 10 columns), and of sheets with a few extra
 * columns (16 in all, with title rows above), are one block. Excel desktop
 * has no response cap; Excel on the web refuses responses over 5 MB, which
 * 10,000 rows of long Vietnamese text read as values + text + number format
 * + font exceed: there a block that comes back too large is halved and read
 * again (one sync more per halving).
 */
export const BLOCK_CELLS = 192_000;
/** Below this a block is not halved again: the error is real, not size. */
export const MIN_BLOCK_ROWS = 50;
/**
 * ...unless its rows are so wide that even these few are too many cells: a
 * stray value in the last column (XFD) makes every row 16,384 cells, and 50
 * of them come back from Excel on the web over 5 MB. Such a block is halved
 * down to one row.
 */
export const MIN_BLOCK_CELLS = MIN_BLOCK_ROWS * 16;

/**
 * The rows to try after a block of `count` rows, `cols` wide, came back too
 * large: half, but not under MIN_BLOCK_ROWS (fewer for rows wider than 16
 * cells, down to one); null when the block is already that small, and the
 * error is not its size.
 */
export function smallerBlock(count: number, cols: number): number | null {
  const floor = Math.max(1, Math.min(MIN_BLOCK_ROWS, Math.floor(MIN_BLOCK_CELLS / Math.max(1, cols))));
  return count <= floor ? null : Math.max(floor, Math.floor(count / 2));
}

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
    // "####" is Excel saying a number or date is too wide for its column, not what the cell says: the
    // engine then shows the value itself, as the file readers do.
    if (typeof value !== 'string' && text !== undefined && text !== '' && !/^#+$/.test(text))
      cell.text = text;
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

/*
 * Writing in batches. Excel on the web refuses a request over 5 MB, and
 * every cell written through its own range costs a range path and a call on
 * top of its value (OFFICEJS.md §2). Writes are therefore grouped into runs
 * (contiguous cells of one column that take the same format, one 2-D array
 * range each) and the runs are sent a batch per sync, each batch bounded by
 * a cell count and an estimate of its request in bytes.
 */

/** Cells written (or their fills read) per sync: setCellProperties on ~90k cells failed on the web. */
export const WRITE_CELLS = 20_000;
/** Estimated request (or response) bytes per sync: well under the 5 MB limit, since it is an estimate. */
export const WRITE_BYTES = 2_000_000;
/** Estimated bytes of one range in a request: its object path, its creation and one call on it. */
export const RANGE_BYTES = 300;
/** Estimated bytes of one more call or property set on a range, besides its arguments. */
export const CALL_BYTES = 150;
/** Estimated bytes of one cell's fill as getCellProperties returns it. */
export const FILL_BYTES = 120;

/** UTF-8 length of a string: what it weighs in the JSON Office.js sends. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return n;
}

/** One cell to write (or read): where, what groups it with its neighbours, and its own data. */
export interface RunCell<T> {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  /** Cells join a run only with the same key: the same font to set, the same fill to paint. */
  key: string;
  item: T;
}

/** Contiguous cells of one column with one key: one range, written with one 2-D array. */
export interface Run<T> {
  sheet: string;
  row: number;
  col: number;
  key: string;
  items: T[];
}

/** The address of a run on its sheet: "C8", or "C8:C12". */
export function runAddress(run: Run<unknown>): string {
  const first = cellAddress(run.row, run.col);
  return run.items.length === 1 ? first : `${first}:${columnLetter(run.col)}${run.row + run.items.length}`;
}

/**
 * Groups cells into runs down each column: same sheet, same column, same key,
 * consecutive rows. Runs come in the order their group first appears, so a
 * handful of scattered cells are written in the order given. A cell listed
 * twice is written once, with its last item.
 */
export function columnRuns<T>(cells: readonly RunCell<T>[]): Run<T>[] {
  const groups = new Map<string, Map<number, RunCell<T>>>();
  for (const c of cells) {
    const id = JSON.stringify([c.sheet, c.col, c.key]);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = new Map()));
    group.delete(c.row);
    group.set(c.row, c);
  }
  const runs: Run<T>[] = [];
  for (const group of groups.values()) {
    const sorted = [...group.values()].sort((a, b) => a.row - b.row);
    let run: Run<T> | null = null;
    for (const c of sorted) {
      if (run && c.row === run.row + run.items.length) run.items.push(c.item);
      else runs.push((run = { sheet: c.sheet, row: c.row, col: c.col, key: c.key, items: [c.item] }));
    }
  }
  return runs;
}

/** Runs cut to at most `cells` cells each. */
export function splitRuns<T>(runs: readonly Run<T>[], cells: number): Run<T>[] {
  const size = Math.max(1, cells);
  return runs.flatMap((run) => {
    if (run.items.length <= size) return [run];
    const parts: Run<T>[] = [];
    for (let i = 0; i < run.items.length; i += size)
      parts.push({ ...run, row: run.row + i, items: run.items.slice(i, i + size) });
    return parts;
  });
}

export interface BatchLimit {
  cells: number;
  bytes: number;
}

/**
 * How many of the leading runs fit one sync: their cells and estimated bytes
 * within the limit, and at least one run, whatever its size.
 */
export function batchLength<T>(
  runs: readonly Run<T>[],
  bytesOf: (run: Run<T>) => number,
  limit: BatchLimit,
  reserved = 0,
): number {
  let cells = 0;
  let bytes = reserved;
  let n = 0;
  for (const run of runs) {
    cells += run.items.length;
    bytes += bytesOf(run);
    if (n > 0 && (cells > limit.cells || bytes > limit.bytes)) break;
    n++;
  }
  return n;
}
