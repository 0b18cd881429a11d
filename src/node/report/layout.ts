/**
 * How every sheet of the provincial report is laid out for printing (Decree
 * 30/2020 style): Times New Roman, A4 landscape fitted to the page width,
 * title lines, a bordered table whose header row is frozen, filtered and
 * repeated on every printed page, wrapped text, widths that fit the content.
 *
 * Every value is written as a plain string, number or date: never a formula,
 * and strings are stored as strings whatever they begin with ("=", "+", "-",
 * "@"), so nothing an agency typed can become a formula.
 */
import type { Cell, PrintSetup, SheetWriter } from '../write/sheet-writer';
import type { CellStyle } from '../write/style-table';
import { excelText } from '../write/excel-text';

export const FONT = 'Times New Roman';
export const SIZE = 12;
const A4 = 9;
/** Times New Roman at 12 pt is wider than the Calibri 11 that column width units count in. */
const WIDTH_PER_CHAR = 1.15;
const MIN_WIDTH = 8;
const HEADER_FILL = 'FFD9E1F2';
const BAR_COLOUR = 'FF638EC6';

export type Value = string | number | Date | null;

export interface Column {
  header: string;
  /** Widest the column may grow (characters); narrower when its content is. */
  width: number;
  kind?: 'text' | 'center' | 'number' | 'percent' | 'date';
}

export interface Table {
  columns: Column[];
  rows: Value[][];
  /** Rows (indices into `rows`) that are group headings, merged across and bold. */
  headings?: ReadonlySet<number>;
  /** Rows written bold (totals). */
  bold?: ReadonlySet<number>;
  /** The last row totals the others: outside the filter, so sorting never moves it into the data. */
  totalRow?: boolean;
}

export function plain(value: Value): Value {
  return typeof value === 'string' ? excelText(value) : value;
}

const cell = (value: Value, style: CellStyle): Cell => ({ value: plain(value), style });

/** One cell alone in its row (a title, a section heading). */
export function writeLine(ws: SheetWriter, row: number, value: Value, style: CellStyle): void {
  ws.row(row, [cell(value, style)]);
}

function cellStyle(kind: Column['kind'], bold = false): CellStyle {
  const horizontal =
    kind === 'center' || kind === 'date'
      ? 'center'
      : kind === 'number' || kind === 'percent'
        ? 'right'
        : 'left';
  const style: CellStyle = { bold, vertical: 'top', horizontal, wrap: true, border: true };
  if (kind === 'percent') style.numFmt = '0.0%';
  if (kind === 'date') style.numFmt = 'dd/mm/yyyy';
  return style;
}

const HEADER_STYLE: CellStyle = {
  bold: true,
  vertical: 'center',
  horizontal: 'center',
  wrap: true,
  border: true,
  fill: HEADER_FILL,
};
const TITLE_STYLE: CellStyle = {
  size: SIZE + 2,
  bold: true,
  horizontal: 'center',
  vertical: 'center',
  wrap: true,
};
const SUBTITLE_STYLE: CellStyle = { italic: true, horizontal: 'center', vertical: 'center', wrap: true };

/** Title lines above a table: the first bold and centred across the table, the others centred, italic. */
export function writeTitles(ws: SheetWriter, lines: readonly string[], width: number, from = 1): number {
  lines.forEach((line, i) => {
    const row = from + i;
    writeLine(ws, row, line, i === 0 ? TITLE_STYLE : SUBTITLE_STYLE);
    if (width > 1) ws.merge(row, 1, row, width);
  });
  return from + lines.length;
}

/**
 * `f` of each line's length in `text`, summed or maxed by `add`: a task every commune reports on fills cells
 * with hundreds of lines, which splitting would copy out once for the widths and once for the heights.
 */
function overLines(
  text: string,
  f: (length: number) => number,
  add: (a: number, b: number) => number,
): number {
  let out = 0;
  for (let start = 0; ;) {
    const end = text.indexOf('\n', start);
    out = add(out, f((end < 0 ? text.length : end) - start));
    if (end < 0) return out;
    start = end + 1;
  }
}

/** The display length of a value: its longest line. */
function textLength(value: Value): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return String(Math.round(value * 1000) / 1000).length;
  return overLines(value, (n) => n, Math.max);
}

/** Widths that fit: the longest content or header word, within the column's maximum. */
export function fitWidths(table: Table): number[] {
  return table.columns.map((col, c) => {
    const headerWord = col.header.split(/\s+/).reduce((m, w) => Math.max(m, w.length), 0);
    let content = 0;
    table.rows.forEach((row, r) => {
      if (!table.headings?.has(r)) content = Math.max(content, textLength(row[c] ?? null));
    });
    // Narrow columns still get room for a figure and a header that wraps on whole words.
    const chars = Math.min(col.width, Math.max(headerWord, content, MIN_WIDTH) + 1);
    return Math.ceil(chars * WIDTH_PER_CHAR);
  });
}

/** Points a line of Times New Roman 12 takes in a row (Excel's own row height for that font). */
const LINE_POINTS = 15.75;
/** Excel's tallest row. */
const MAX_ROW_POINTS = 409;
/** Word wrapping leaves the end of most lines short: count a tenth more characters than the text has. */
const WRAP_SLACK = 1.1;

/**
 * Characters of Times New Roman 12 a width unit holds (one Calibri 11 digit, 7 pixels): its letters, marks
 * and spaces average about 6 pixels. `WIDTH_PER_CHAR` above counts the other way and generously, so that a
 * column sized for its longest text holds it; this counts as text actually wraps, so rows are not too tall.
 */
const CHARS_PER_UNIT = 1.15;

/** Lines a value wraps to in a column `width` units wide. */
function linesOf(value: Value, width: number): number {
  if (value === null || value instanceof Date || typeof value === 'number') return 1;
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_UNIT) - 1);
  return overLines(
    value,
    (n) => Math.max(1, Math.ceil((n * WRAP_SLACK) / perLine)),
    (a, b) => a + b,
  );
}

/**
 * A row tall enough for its wrapped text, written into the file: Excel fits a
 * row without a height when it opens it, but LibreOffice and others print it
 * one line high, its text running over the rows below.
 */
function fitHeight(cells: { value: Value; width: number }[]): number | undefined {
  const lines = cells.reduce((n, c) => Math.max(n, linesOf(c.value, c.width)), 1);
  return lines > 1 ? Math.min(MAX_ROW_POINTS, Math.ceil(lines * LINE_POINTS) + 2) : undefined;
}

/**
 * Writes a table at `headerRow`; returns the row after it. Rows are written
 * out as they come: the sheet's column widths are set before (`fitWidths`).
 */
export function writeTable(ws: SheetWriter, table: Table, headerRow: number): number {
  const widthOf = table.columns.map((_, c) => ws.width(c + 1) ?? MIN_WIDTH);
  const across = widthOf.slice(1).reduce((a, b) => a + b, 0);
  ws.row(
    headerRow,
    table.columns.map((col) => cell(col.header, HEADER_STYLE)),
    fitHeight(table.columns.map((col, c) => ({ value: col.header, width: widthOf[c] }))),
  );
  const styles = table.columns.map((col) => cellStyle(col.kind));
  const boldStyles = table.columns.map((col) => cellStyle(col.kind, true));
  const headingStyle: CellStyle = { bold: true, vertical: 'center', wrap: true, border: true };
  table.rows.forEach((values, r) => {
    const row = headerRow + 1 + r;
    if (table.headings?.has(r)) {
      const cells = table.columns.map((_, c) => cell(c < 2 ? (values[c] ?? null) : null, headingStyle));
      ws.row(row, cells, fitHeight([{ value: values[1] ?? null, width: across }]));
      if (table.columns.length > 2) ws.merge(row, 2, row, table.columns.length);
    } else {
      const style = table.bold?.has(r) ? boldStyles : styles;
      ws.row(
        row,
        values.map((v, c) => cell(v, style[c])),
        fitHeight(values.map((v, c) => ({ value: v, width: widthOf[c] }))),
      );
    }
  });
  return headerRow + 1 + table.rows.length;
}

/** Every sheet's page: A4 landscape, fitted to one page wide, centred. */
export const PRINT: PrintSetup = {
  paperSize: A4,
  orientation: 'landscape',
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** Page numbers in the footer, the table header repeated on every page and filtered. */
export function preparePrint(
  ws: SheetWriter,
  at: { headerRow: number; lastRow: number; columns: number; footer: string; filter?: boolean },
): void {
  ws.titleRows = { from: at.headerRow, to: at.headerRow };
  ws.setFooter(`&C&"${FONT},Regular"&10${at.footer}`);
  if (at.filter !== false) ws.autoFilter(at.headerRow, 1, Math.max(at.lastRow, at.headerRow), at.columns);
}

/** Data bars in a percentage column, 0 % to 100 %. */
export function dataBars(ws: SheetWriter, ref: string): void {
  ws.dataBar(ref, BAR_COLOUR);
}
