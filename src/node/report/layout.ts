/**
 * How every sheet of the provincial report is laid out for printing (Decree
 * 30/2020 style): Times New Roman, A4 landscape fitted to the page width,
 * title lines, a bordered table whose header row is frozen, filtered and
 * repeated on every printed page, wrapped text, widths that fit the content.
 *
 * Every value is written as a plain string, number or date: never a formula
 * object, and strings are stored as strings whatever they begin with
 * ("=", "+", "-", "@"), so nothing an agency typed can become a formula.
 */
import type ExcelJS from 'exceljs';
import { excelText } from '../write/excel-text';

export const FONT = 'Times New Roman';
const SIZE = 12;
const A4 = 9;
/** Times New Roman at 12 pt is wider than the Calibri 11 that column width units count in. */
const WIDTH_PER_CHAR = 1.15;
const MIN_WIDTH = 8;
const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

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

export function setCell(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  value: Value,
  style: Partial<ExcelJS.Style>,
): ExcelJS.Cell {
  // Through the row: the worksheet's getCell spells the address out and parses it back for every cell.
  const cell = ws.getRow(row).getCell(col);
  cell.value = plain(value);
  cell.style = style;
  return cell;
}

function cellStyle(kind: Column['kind'], bold = false): Partial<ExcelJS.Style> {
  const horizontal =
    kind === 'center' || kind === 'date'
      ? 'center'
      : kind === 'number' || kind === 'percent'
        ? 'right'
        : 'left';
  const style: Partial<ExcelJS.Style> = {
    font: { name: FONT, size: SIZE, bold },
    alignment: { vertical: 'top', horizontal, wrapText: true },
    border: BORDER,
  };
  if (kind === 'percent') style.numFmt = '0.0%';
  if (kind === 'date') style.numFmt = 'dd/mm/yyyy';
  return style;
}

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: SIZE, bold: true },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  border: BORDER,
  fill: HEADER_FILL,
};

/** Title lines above a table: the first bold and centred across the table, the others centred, italic. */
export function writeTitles(
  ws: ExcelJS.Worksheet,
  lines: readonly string[],
  width: number,
  from = 1,
): number {
  lines.forEach((line, i) => {
    const row = from + i;
    setCell(ws, row, 1, line, {
      font: { name: FONT, size: i === 0 ? SIZE + 2 : SIZE, bold: i === 0, italic: i > 0 },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    });
    if (width > 1) ws.mergeCells(row, 1, row, width);
  });
  return from + lines.length;
}

/** The display length of a value: its longest line. */
function textLength(value: Value): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return String(Math.round(value * 1000) / 1000).length;
  return value.split('\n').reduce((m, line) => Math.max(m, line.length), 0);
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
  return value
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil((line.length * WRAP_SLACK) / perLine)), 0);
}

/**
 * A row tall enough for its wrapped text, written into the file: Excel fits a
 * row without a height when it opens it, but LibreOffice and others print it
 * one line high, its text running over the rows below.
 */
function fitHeight(ws: ExcelJS.Worksheet, row: number, cells: { value: Value; width: number }[]): void {
  const lines = cells.reduce((n, c) => Math.max(n, linesOf(c.value, c.width)), 1);
  if (lines > 1) ws.getRow(row).height = Math.min(MAX_ROW_POINTS, Math.ceil(lines * LINE_POINTS) + 2);
}

/**
 * Writes a table at `headerRow`; returns the row after it. Each row is
 * committed once written: a streaming writer then writes it out and lets it
 * go (every row above it too, so the sheet's column widths must be set
 * before: `widths` sets this table's first).
 */
export function writeTable(ws: ExcelJS.Worksheet, table: Table, headerRow: number, widths = true): number {
  if (widths) fitWidths(table).forEach((w, c) => (ws.getColumn(c + 1).width = w));
  table.columns.forEach((col, c) => setCell(ws, headerRow, c + 1, col.header, HEADER_STYLE));
  const widthOf = table.columns.map((_, c) => ws.getColumn(c + 1).width ?? MIN_WIDTH);
  const across = widthOf.slice(1).reduce((a, b) => a + b, 0);
  fitHeight(
    ws,
    headerRow,
    table.columns.map((col, c) => ({ value: col.header, width: widthOf[c] })),
  );
  ws.getRow(headerRow).commit();
  const styles = table.columns.map((col) => cellStyle(col.kind));
  const boldStyles = table.columns.map((col) => cellStyle(col.kind, true));
  const headingStyle: Partial<ExcelJS.Style> = {
    ...cellStyle('text', true),
    alignment: { vertical: 'middle', wrapText: true },
  };
  table.rows.forEach((values, r) => {
    const row = headerRow + 1 + r;
    if (table.headings?.has(r)) {
      setCell(ws, row, 1, values[0] ?? null, headingStyle);
      setCell(ws, row, 2, values[1] ?? null, headingStyle);
      for (let c = 3; c <= table.columns.length; c++) setCell(ws, row, c, null, headingStyle);
      if (table.columns.length > 2) ws.mergeCells(row, 2, row, table.columns.length);
      fitHeight(ws, row, [{ value: values[1] ?? null, width: across }]);
    } else {
      const bold = table.bold?.has(r) ?? false;
      values.forEach((v, c) => setCell(ws, row, c + 1, v, (bold ? boldStyles : styles)[c]));
      fitHeight(
        ws,
        row,
        values.map((v, c) => ({ value: v, width: widthOf[c] })),
      );
    }
    ws.getRow(row).commit();
  });
  return headerRow + 1 + table.rows.length;
}

/**
 * What a sheet is created with, because a streaming writer writes it first:
 * A4 landscape fitted to one page wide, and the view (the rows above
 * `frozenRows` frozen, or none).
 */
export function sheetOptions(frozenRows: number | null): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: frozenRows === null ? [{ state: 'normal' }] : [{ state: 'frozen', xSplit: 0, ySplit: frozenRows }],
  };
}

/** Page numbers in the footer, the table header repeated on every page and filtered (the sheet made with `sheetOptions`). */
export function preparePrint(
  ws: ExcelJS.Worksheet,
  at: { headerRow: number; lastRow: number; columns: number; footer: string; filter?: boolean },
): void {
  ws.pageSetup.printTitlesRow = `${at.headerRow}:${at.headerRow}`;
  ws.headerFooter = { oddFooter: `&C&"${FONT},Regular"&10${at.footer}` };
  if (at.filter !== false) {
    ws.autoFilter = {
      from: { row: at.headerRow, column: 1 },
      to: { row: Math.max(at.lastRow, at.headerRow), column: at.columns },
    };
  }
}

/** Data bars in a percentage column, 0 % to 100 %. */
export function dataBars(ws: ExcelJS.Worksheet, ref: string): void {
  const rule = {
    type: 'dataBar' as const,
    priority: 1,
    cfvo: [
      { type: 'num' as const, value: 0 },
      { type: 'num' as const, value: 1 },
    ],
    // exceljs writes the bar colour from `color`, which its typings leave out.
    color: { argb: 'FF638EC6' },
  };
  ws.addConditionalFormatting({ ref, rules: [rule] });
}
