/**
 * Finding the header of a task table: one row, or two where a parent cell is
 * merged over sub-headers ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp")
 * or where the header text is split over two rows. A header names at least
 * the task, the lead and the deadline or the result (or, in a report, the task
 * and its status); title rows above it never do, so they are passed over.
 */
import { copyWith } from '../copy-with';
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

/**
 * A stretch of filled cells in a row, between empty columns (a cell merged
 * over its neighbours fills them): `texts` counts its text cells, `number`
 * says whether one holds a number (data, or a column-number row).
 */
interface Stretch {
  left: number;
  right: number;
  texts: number;
  number: boolean;
}

function stretches(reader: SheetReader, row: number, from: number, to: number): Stretch[] {
  const cells = reader.sheet.cells[row];
  const out: Stretch[] = [];
  if (!cells) return out;
  const end = Math.min(to, cells.length - 1);
  let current: Stretch | null = null;
  let mergedTo = -1;
  for (let c = from; c <= end; c++) {
    const cell = cells[c];
    if (isBlankCell(cell)) {
      if (c > mergedTo) mergedTo = reader.merge(row, c)?.right ?? -1;
      if (c > mergedTo) current = null;
      continue;
    }
    if (!current) out.push((current = { left: c, right: c, texts: 0, number: false }));
    current.right = c;
    if (isNumberCell(cell)) current.number = true;
    else if (typeof cell?.value === 'string') current.texts++;
  }
  return out;
}

/** Header rows hold only short text: a number anywhere in the columns means data (or a column-number row). */
function mayBeHeader(reader: SheetReader, row: number, from: number, to: number): boolean {
  const cells = reader.sheet.cells[row];
  if (!cells) return false;
  const end = Math.min(to, cells.length - 1);
  let texts = 0;
  for (let c = from; c <= end; c++) {
    const cell = cells[c];
    if (isBlankCell(cell)) continue;
    if (isNumberCell(cell)) return false;
    if (typeof cell?.value === 'string') texts++;
  }
  return texts >= MIN_FIELDS;
}

function singleRow(
  reader: SheetReader,
  row: number,
  from: number,
  to: number,
): { columns: HeaderColumn[]; left: number; right: number } {
  const columns: HeaderColumn[] = [];
  let left = -1;
  let right = -1;
  const end = Math.min(to, reader.width(row) - 1);
  for (let c = from; c <= end; c++) {
    const cell = reader.cell(row, c);
    if (isBlankCell(cell)) continue;
    if (left < 0) left = c;
    right = c;
    // A long text is data, never a header: not worth cleaning.
    if (typeof cell?.value === 'string' && cell.value.length > 2 * MAX_HEADER_LENGTH) continue;
    const text = reader.text(row, c);
    const m = matchHeader(text);
    if (m) columns.push(copyWith(m, { col: c, text }));
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
    return m ? copyWith(m, { col, text: top.text }) : null;
  }
  if (!top.text) {
    const m = matchHeader(bottom);
    return m ? copyWith(m, { col, text: bottom }) : null;
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

const YEAR = /^\s*(19|20)\d\d\s*$/;

/**
 * Whether `row + 1` continues the header of `row`: each of its cells is a
 * sub-header under a parent, names a field itself, or completes the text above
 * into a known header ("Thời gian" / "hoàn thành"). Data rows fail: they hold
 * numbers or text that names nothing.
 */
function continues(
  reader: SheetReader,
  row: number,
  left: number,
  right: number,
  from: number,
  to: number,
): boolean {
  const next = row + 1;
  if (next >= reader.rowCount) return false;
  let spansDown = false;
  for (let c = left; c <= right; c++) if (topCell(reader, row, c).spansDown) spansDown = true;
  const end = Math.min(to, reader.width(next) - 1);
  let filled = 0;
  for (let c = from; c <= end; c++) {
    const cell = reader.cell(next, c);
    if (isBlankCell(cell)) continue;
    // Years under a parent ("Chỉ tiêu" over 2025 | 2026) are sub-headers; any other number is data.
    if (isNumberCell(cell) && !(topCell(reader, row, c).parent && YEAR.test(reader.text(next, c))))
      return false;
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
  if (filled > 0 && isColumnNumberRow(reader, next, from, Math.min(to, reader.width(next) - 1))) return false;
  return filled > 0 || spansDown;
}

function twoRows(
  reader: SheetReader,
  row: number,
  left: number,
  right: number,
  from: number,
  to: number,
): HeaderLayout {
  const columns: HeaderColumn[] = [];
  let l = left;
  let r = right;
  const end = Math.min(to, Math.max(reader.width(row), reader.width(row + 1)) - 1);
  for (let c = from; c <= end; c++) {
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

/** Columns strictly inside the header's span left empty in every header row, under no merged cell. */
function gapColumns(reader: SheetReader, h: HeaderLayout): number[] {
  const gaps: number[] = [];
  for (let c = h.left + 1; c < h.right; c++) {
    let empty = true;
    for (let r = h.top; r <= h.bottom && empty; r++)
      empty = isBlankCell(reader.cell(r, c)) && reader.merge(r, c) === undefined;
    if (empty) gaps.push(c);
  }
  return gaps;
}

/** A table's own full header: its task, and its lead or its deadline (or, in a report, its status). */
const REPORT_FIELDS: ReadonlySet<Field> = new Set(['status', 'outcome', 'issues', 'proposals']);
const PLAN_ONLY_FIELDS: ReadonlySet<Field> = new Set(['lead', 'partners', 'result', 'deadline']);

/**
 * A plan's columns, then past a spacer only what an agency says about them
 * ("Nội dung thực hiện" | "Mức độ hoàn thành"): one report table, its
 * "Nội dung …" the outcome, not a second table's task.
 */
function reportPartOf(before: HeaderColumn[], after: HeaderColumn[]): boolean {
  return (
    !before.some((c) => REPORT_FIELDS.has(c.field)) &&
    after.some((c) => REPORT_FIELDS.has(c.field)) &&
    !after.some((c) => PLAN_ONLY_FIELDS.has(c.field))
  );
}

function fullHeader(columns: HeaderColumn[]): boolean {
  return (
    columns.some((c) => c.field === 'task') &&
    columns.some((c) => c.field === 'lead' || c.field === 'deadline' || c.field === 'status')
  );
}

/**
 * The tables a header row holds side by side, left to right. Tables stand
 * apart by at least one empty column; a part past an empty column starts a
 * table of its own only with a full header of its own (its task, and its lead,
 * deadline or a report's status) and where the part before it is a header
 * too, so that one wide table with an empty spacer column stays one. Parts
 * naming no column at the edges (the title of a table beside, set at this
 * header's height) are left out.
 */
function sideBySide(reader: SheetReader, h: HeaderLayout): HeaderLayout[] {
  const gaps = gapColumns(reader, h);
  if (gaps.length === 0) return [h];
  const parts: { left: number; right: number; columns: HeaderColumn[] }[] = [];
  let left = h.left;
  for (const g of [...gaps, h.right + 1]) {
    if (g > left) {
      const right = g - 1;
      parts.push({ left, right, columns: h.columns.filter((c) => c.col >= left && c.col <= right) });
    }
    left = g + 1;
  }
  let first = 0;
  let last = parts.length - 1;
  while (first < last && parts[first].columns.length === 0) first++;
  while (last > first && parts[last].columns.length === 0) last--;
  // A part holding a task column after the first one's may start another table.
  const groups: { left: number; right: number; columns: HeaderColumn[] }[] = [];
  let current = { ...parts[first] };
  let taskSeen = current.columns.some((c) => c.field === 'task');
  for (let p = first + 1; p <= last; p++) {
    const part = parts[p];
    const hasTask = part.columns.some((c) => c.field === 'task');
    let end = p;
    if (hasTask && taskSeen) {
      while (end < last && !parts[end + 1].columns.some((c) => c.field === 'task')) end++;
      const next = parts.slice(p, end + 1).flatMap((q) => q.columns);
      if (
        fullHeader(next) &&
        qualifies(next) &&
        qualifies(current.columns) &&
        !reportPartOf(current.columns, next)
      ) {
        groups.push(current);
        current = { left: part.left, right: part.right, columns: [...part.columns] };
        continue;
      }
    }
    taskSeen ||= hasTask;
    current.right = part.right;
    current.columns = [...current.columns, ...part.columns];
  }
  groups.push(current);
  if (groups.length === 1 && groups[0].left === h.left && groups[0].right === h.right) return [h];
  // Each table's header read again within its own columns: one may have two header rows where the other has one.
  return groups.map(
    (g) =>
      findHeaderAt(reader, h.top, g.left, g.right) ?? {
        top: h.top,
        bottom: h.bottom,
        left: g.left,
        right: g.right,
        columns: g.columns,
      },
  );
}
// The title lines and the table search both ask about the top rows of a sheet: answer those once per reader.
const seen = new WeakMap<SheetReader, Map<number, HeaderLayout[]>>();
const TOP_ROWS = 40;

/**
 * The headers in `row` between columns `from` and `to`, left to right: tables
 * side by side, and a header beside other content (the data of a table whose
 * header stands higher, a note) in the stretches of the row holding no number.
 */
export function headersIn(reader: SheetReader, row: number, from = 0, to = Infinity): HeaderLayout[] {
  // Only whole rows are asked about twice: a window beside a table is searched once.
  if (row >= TOP_ROWS || from !== 0 || to !== Infinity) return findHeadersIn(reader, row, from, to);
  let known = seen.get(reader);
  if (!known) seen.set(reader, (known = new Map()));
  let headers = known.get(row);
  if (headers === undefined) known.set(row, (headers = findHeadersIn(reader, row, from, to)));
  return headers;
}

function findHeadersIn(reader: SheetReader, row: number, from: number, to: number): HeaderLayout[] {
  const out: HeaderLayout[] = [];
  let window: Stretch | null = null;
  const search = () => {
    if (window && window.texts >= MIN_FIELDS) {
      const h = findHeaderAt(reader, row, window.left, window.right);
      if (h) out.push(...sideBySide(reader, h));
    }
    window = null;
  };
  for (const s of stretches(reader, row, from, to)) {
    if (s.number) {
      search();
      continue;
    }
    if (window) {
      window.right = s.right;
      window.texts += s.texts;
    } else window = { ...s };
  }
  search();
  return out;
}

/**
 * The header starting at `row` within columns `from`…`to` (a table's own
 * columns), or null: the leftmost when tables stand side by side there.
 */
export function headerAt(reader: SheetReader, row: number, from: number, to: number): HeaderLayout | null {
  if (!mayBeHeader(reader, row, from, to)) return null;
  const h = findHeaderAt(reader, row, from, to);
  return h && sideBySide(reader, h)[0];
}

function findHeaderAt(reader: SheetReader, row: number, from: number, to: number): HeaderLayout | null {
  const single = singleRow(reader, row, from, to);
  if (single.columns.length < 2) return null;
  if (continues(reader, row, single.left, single.right, from, to)) {
    const layout = twoRows(reader, row, single.left, single.right, from, to);
    if (qualifies(layout.columns)) return layout;
  }
  if (single.columns.length < MIN_FIELDS || !qualifies(single.columns)) return null;
  return { top: row, bottom: row, left: single.left, right: single.right, columns: single.columns };
}
