/**
 * The engine's view of a worksheet: plain data, the same whether it came from
 * exceljs, SheetJS, a CSV file or an Office.js range. Rows and columns are
 * 0-based here; addresses shown to users are built with `cellAddress`.
 */

/** A rich-text run: legacy fonts can differ run by run inside one cell. */
export interface TextRun {
  text: string;
  font?: string;
}

export interface SheetCell {
  /**
   * The stored value. Dates are Excel serial numbers (1900 system, already
   * shifted when the workbook uses 1904) with a date `format`, so every
   * adapter agrees on one shape.
   */
  value: string | number | boolean | null;
  /** What Excel displays, when the adapter knows it (Office.js `text`). */
  text?: string;
  /** The number format code, e.g. "dd/mm/yyyy" or "General". */
  format?: string;
  /** The cell's font name (e.g. ".VnTime", "VNI-Times", "Times New Roman"). */
  font?: string;
  /** Rich-text runs when the cell mixes fonts. `value` holds the joined text. */
  runs?: TextRun[];
  /** An error value such as "#N/A"; `value` is null then. */
  error?: string;
  /** A formula's text without "=" (the value is its cached result). */
  formula?: string;
}

/** A merged range, 0-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetModel {
  name: string;
  /** Row-major cells; a missing row or cell is empty. Non-anchor cells of a merge are empty. */
  cells: (SheetCell | undefined)[][];
  merges: MergeRange[];
  hiddenRows: number[];
  hiddenCols: number[];
  /** The sheet itself is hidden or very hidden. */
  hidden?: boolean;
  /** Number of columns in use (max row length) — kept so readers need not recompute. */
  colCount: number;
}

export type WorkbookFormat = 'xlsx' | 'xlsm' | 'xls' | 'xlsb' | 'ods' | 'csv';

export interface WorkbookModel {
  format: WorkbookFormat;
  sheets: SheetModel[];
  /** Document properties or custom properties the template writer stores (agency, plan fingerprint). */
  properties?: Record<string, string>;
  /** Set by the CSV reader: which text encoding the bytes were in. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
}

/** The very hidden sheet `phuluc template` keeps its metadata in (core/merge/metadata.ts reads it). */
export const METADATA_SHEET = '_phuluc';

/** phuluc's own metadata sheet: never a table, never checked (a user cannot even show it in Excel). */
export const isMetadataSheet = (sheet: Pick<SheetModel, 'name'>): boolean =>
  sheet.name.trim().toLowerCase() === METADATA_SHEET;

/** 0-based column index → "A", "B", …, "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → "C7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "C7" → { row: 6, col: 2 }. */
export function parseAddress(addr: string): { row: number; col: number } {
  // A character loop rather than a pattern: readers call this for every cell of every file.
  const a = addr.trim();
  let col = 0;
  let i = 0;
  for (; i < a.length; i++) {
    const c = a.charCodeAt(i) | 0x20; // ASCII lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  let row = 0;
  const digits = i;
  for (; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    row = row * 10 + (c - 0x30);
  }
  if (digits === 0 || i === digits || i < a.length) throw new Error(`not a cell address: ${addr}`);
  return { row: row - 1, col: col - 1 };
}

export function getCell(sheet: SheetModel, row: number, col: number): SheetCell | undefined {
  return sheet.cells[row]?.[col];
}
