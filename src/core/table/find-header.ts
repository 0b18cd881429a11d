/**
 * Finding the header of a task table: one row, or two where a parent cell is
 * merged over sub-headers ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp")
 * or where the header text is split over two rows. A header names at least
 * the task, the lead and the deadline or the result (or, in a report, the task
 * and its status); title rows above it never do, so they are passed over.
 */
import type { Field } from '../model/task';
import { matchHeader, MAX_HEADER_LENGTH, type HeaderMatch } from './header-aliases';
import { isBlankCell, isNumberCell, type SheetReader } from './sheet-reader';

export interface HeaderColumn extends HeaderMatch {
  col: number;
  /** The header text as read (both rows joined when the header has two). */
  text: string;
}

export interface HeaderLayout {
  /** 0-based first and last header rows. */
  top: number;
  bottom: number;
  /** 0-based column span of the header. */
  left: number;
  right: number;
  /** Recognised columns, left to right; a field may appear twice (a duplicate). */
  columns: HeaderColumn[];
}

const MIN_FIELDS = 3;

/** The plan's columns besides the task and its number, the lead among them. */
const PLAN_FIELDS_BESIDE_TASK: readonly Field[] = ['lead', 'partners', 'result', 'deadline'];

function qualifies(columns: HeaderColumn[]): boolean {
  const fields = new Set<Field>(columns.map((c) => c.field));
  // "Tiến độ (thực hiện)" may be the status of a report: the cells decide later (columns.ts).
  if (columns.some((c) => c.maybeStatus && c.field === 'deadline')) fields.add('status');
  if (fields.has('task') && fields.has('lead') && (fields.has('deadline') || fields.has('result')))
    return true;
  // A plan's table whose lead column is missing (or named past recognition) still has the task and two more
  // of its columns: it is found, and the missing column reported (E_COLUMN_MISSING), not the whole table.
  if (fields.has('task') && PLAN_FIELDS_BESIDE_TASK.filter((f) => fields.has(f)).length >= 2) return true;
  // An agency's report may keep only the task and what it says about it: STT / task / status / outcome,
  // or no status at all (STT / task / outcome): what was done is a report's column, never a plan's.
  if (!fields.has('task')) return false;
  if (fields.has('status') && (fields.has('outcome') || fields.has('stt'))) return true;
  return fields.has('outcome') && fields.has('stt');
}

/** Header rows hold only short text: a number anywhere means data (or a column-number row). */
function mayBeHeader(reader: SheetReader, row: number): boolean {
  const cells = reader.sheet.cells[row];
  if (!cells) return false;
  let texts = 0;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    if (isNumberCell(cell)) return false;
    if (typeof cell?.value === 'string') texts++;
  }
  return texts >= MIN_FIELDS;
}

function singleRow(
  reader: SheetReader,
  row: number,
): { columns: HeaderColumn[]; left: number; right: number } {
  const columns: HeaderColumn[] = [];
  let left = -1;
  let right = -1;
  const width = reader.width(row);
  for (let c = 0; c < width; c++) {
    const cell = reader.cell(row, c);
    if (isBlankCell(cell)) continue;
    if (left < 0) left = c;
    right = c;
    // A long text is data, never a header: not worth cleaning.
    if (typeof cell?.value === 'string' && cell.value.length > 2 * MAX_HEADER_LENGTH) continue;
    const text = reader.text(row, c);
    const m = matchHeader(text);
    if (m) columns.push({ ...m, col: c, text });
  }
  return { columns, left, right };
}

// "(1)", "1", "(A)": the numbering Vietnamese tables print under the header.
const COLUMN_NUMBER = /^(?:\(?(?:\d{1,2}|[A-Z])\)?[\s,;]*)+$/;

/** A row numbering the columns: "(1) (2) (3) …" or "1 2 3 …", one per cell. */
export function isColumnNumberRow(
  reader: SheetReader,
  row: number,
  left = 0,
  right = reader.width(row) - 1,
): boolean {
  const filled = reader.filledColumns(row, left, right);
  if (filled.length < 2) return false;
  let digits = false;
  for (const c of filled) {
    const cell = reader.cell(row, c)!;
    if (typeof cell.value === 'number') {
      if (!Number.isInteger(cell.value) || cell.value < 0 || cell.value > 99) return false;
      digits = true;
      continue;
    }
    const text = reader.text(row, c);
    if (!COLUMN_NUMBER.test(text)) return false;
    if (/\d/.test(text)) digits = true;
  }
  return digits;
}

interface TopCell {
  text: string;
  /** Spread from a cell merged across several columns: a parent over sub-headers. */
  parent: boolean;
  /** The cell is merged down over the next row. */
  spansDown: boolean;
}

function topCell(reader: SheetReader, row: number, col: number): TopCell {
  const m = reader.merge(row, col);
  if (m && m.top === row) {
    const text = reader.text(row, m.left);
    return { text, parent: m.right > m.left && text !== '', spansDown: m.bottom > row };
  }
  return { text: reader.text(row, col), parent: false, spansDown: false };
}

const QUALITY = (m: HeaderMatch | null): number => (m ? (m.exact ? 2 : 1) : 0);

/** The best reading of a two-row header column: joined text, the sub-header, then the top text. */
function twoRowColumn(top: TopCell, bottom: string, col: number): HeaderColumn | null {
  if (!bottom) {
    // A parent's text names only its own column when nothing stands under it.
    if (top.parent && !top.spansDown) return null;
    const m = matchHeader(top.text);
    return m ? { ...m, col, text: top.text } : null;
  }
  if (!top.text) {
    const m = matchHeader(bottom);
    return m ? { ...m, col, text: bottom } : null;
  }
  const joined = `${top.text} ${bottom}`;
  const options: [HeaderMatch | null, string][] = [
    [matchHeader(joined), joined],
    [matchHeader(bottom), bottom],
    [top.parent ? null : matchHeader(top.text), top.text],
  ];
  let best: [HeaderMatch | null, string] = [null, ''];
  for (const o of options) if (QUALITY(o[0]) > QUALITY(best[0])) best = o;
  return best[0] ? { ...best[0], col, text: best[1] } : null;
}

/**
 * Whether `row + 1` continues the header of `row`: each of its cells is a
 * sub-header under a parent, names a field itself, or completes the text above
 * into a known header ("Thời gian" / "hoàn thành"). Data rows fail: they hold
 * numbers or text that names nothing.
 */
function continues(reader: SheetReader, row: number, left: number, right: number): boolean {
  const next = row + 1;
  if (next >= reader.rowCount) return false;
  let spansDown = false;
  for (let c = left; c <= right; c++) if (topCell(reader, row, c).spansDown) spansDown = true;
  const width = reader.width(next);
  let filled = 0;
  for (let c = 0; c < width; c++) {
    const cell = reader.cell(next, c);
    if (isBlankCell(cell)) continue;
    if (isNumberCell(cell)) return false;
    // A line merged across most of the table is a group heading under the header ("NHIỆM VỤ CHUNG"), however worded.
    const m = reader.merge(next, c);
    if (m && m.top === next && (m.right - m.left + 1) * 2 > right - left + 1) return false;
    filled++;
    const bottom = reader.text(next, c);
    const top = topCell(reader, row, c);
    if (top.parent || matchHeader(bottom)) continue;
    if (top.text && matchHeader(`${top.text} ${bottom}`)?.exact) continue;
    return false;
  }
  if (filled > 0 && isColumnNumberRow(reader, next)) return false;
  return filled > 0 || spansDown;
}

function twoRows(reader: SheetReader, row: number, left: number, right: number): HeaderLayout {
  const columns: HeaderColumn[] = [];
  let l = left;
  let r = right;
  const width = Math.max(reader.width(row), reader.width(row + 1));
  for (let c = 0; c < width; c++) {
    const top = topCell(reader, row, c);
    const below = reader.merge(row + 1, c);
    const bottom = below && below.top <= row ? '' : reader.text(row + 1, c);
    if (top.text || bottom) {
      l = l < 0 ? c : Math.min(l, c);
      r = Math.max(r, c);
    }
    const col = twoRowColumn(top, bottom, c);
    if (col) columns.push(col);
  }
  return { top: row, bottom: row + 1, left: l, right: r, columns };
}

// The title lines and the table search both ask about the top rows of a sheet: answer those once per reader.
const seen = new WeakMap<SheetReader, Map<number, HeaderLayout | null>>();
const TOP_ROWS = 40;

/** The header starting at `row`, or null. */
export function headerAt(reader: SheetReader, row: number): HeaderLayout | null {
  if (row >= TOP_ROWS) return findHeaderAt(reader, row);
  let known = seen.get(reader);
  if (!known) seen.set(reader, (known = new Map()));
  let header = known.get(row);
  if (header === undefined) known.set(row, (header = findHeaderAt(reader, row)));
  return header;
}

function findHeaderAt(reader: SheetReader, row: number): HeaderLayout | null {
  if (!mayBeHeader(reader, row)) return null;
  const single = singleRow(reader, row);
  if (single.columns.length < 2) return null;
  if (continues(reader, row, single.left, single.right)) {
    const layout = twoRows(reader, row, single.left, single.right);
    if (qualifies(layout.columns)) return layout;
  }
  if (single.columns.length < MIN_FIELDS || !qualifies(single.columns)) return null;
  return { top: row, bottom: row, left: single.left, right: single.right, columns: single.columns };
}
