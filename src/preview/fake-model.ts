/**
 * The simulated Excel host's data: sheets of cells with the formats the add-in
 * reads and writes, addresses, and Excel's way of reading typed input. Built
 * from the engine's WorkbookModel, so any file the Node reader opens can be
 * shown and checked in the preview.
 */
import { dateFormatParts, isDateFormat, serialToIso } from '../core/deadline/dates';
import { cellAddress, columnIndex, type MergeRange, type WorkbookModel } from '../core/model/sheet';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface FakeFill {
  pattern: string;
  color: string;
  patternColor?: string;
}

export interface FakeCell {
  value: string | number | boolean | null;
  error?: string;
  formula?: string;
  format?: string;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fill?: FakeFill;
  align?: string;
  vertical?: string;
  wrap?: boolean;
  border?: boolean;
}

/** 0-based, inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeValidation extends Area {
  source: string;
  showAlert: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: MergeRange[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  validations: FakeValidation[];
  /** Column widths in points, where set. */
  widths: Map<number, number>;
  frozenRows: number;
  page: { orientation?: string; paperSize?: string; titleRows?: string };
}

export interface FakeBook {
  sheets: FakeSheet[];
  active: string;
  selection: Area & { sheet: string };
  /** workbook.settings (ExcelApi 1.4). */
  settings: Map<string, unknown>;
}

export const cellKey = (r: number, c: number): string => `${r},${c}`;

export function emptySheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    merges: [],
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    visibility: 'Visible',
    validations: [],
    widths: new Map(),
    frozenRows: 0,
    page: {},
  };
}

export function bookFromModel(wb: WorkbookModel): FakeBook {
  const sheets = wb.sheets.map((s) => {
    const sheet = emptySheet(s.name);
    s.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c) return;
        const cell: FakeCell = { value: c.value };
        if (c.error) cell.error = c.error;
        if (c.formula) cell.formula = c.formula;
        if (c.format) cell.format = c.format;
        if (c.font ?? c.runs?.[0]?.font) cell.font = c.font ?? c.runs?.[0]?.font;
        sheet.cells.set(cellKey(r, col), cell);
      }),
    );
    sheet.merges = s.merges.map((m) => ({ ...m }));
    s.hiddenRows.forEach((r) => sheet.hiddenRows.add(r));
    s.hiddenCols.forEach((c) => sheet.hiddenCols.add(c));
    if (s.hidden) sheet.visibility = 'Hidden';
    return sheet;
  });
  if (!sheets.length) sheets.push(emptySheet('Sheet1'));
  const active = (sheets.find((s) => s.visibility === 'Visible') ?? sheets[0]).name;
  return {
    sheets,
    active,
    selection: { sheet: active, top: 0, left: 0, bottom: 0, right: 0 },
    settings: new Map(),
  };
}

/** "C7", "A1:F1", "$A$1:$A$20", "A:C", "3:5", optionally after "Sheet!" or "'Phụ lục'!". */
export function parseArea(address: string): Area {
  const ref = address
    .slice(address.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .trim()
    .toUpperCase();
  const [a, b = a] = ref.split(':');
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw fakeError('InvalidArgument', `Bad address: ${address}`);
    return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b);
  return {
    top: p.row ?? 0,
    left: p.col ?? 0,
    bottom: q.row ?? MAX_ROWS - 1,
    right: q.col ?? MAX_COLS - 1,
  };
}

export function areaAddress(a: Area): string {
  const tl = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellAddress(a.bottom, a.right)}`;
}

/** Sheet names are quoted in addresses unless they are plain words. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The bounding area of the cells holding values (or any format, when not valuesOnly); null for an empty sheet. */
export function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null && !cell.error) continue;
    const [r, c] = key.split(',').map(Number);
    area = area
      ? {
          top: Math.min(area.top, r),
          left: Math.min(area.left, c),
          bottom: Math.max(area.bottom, r),
          right: Math.max(area.right, c),
        }
      : { top: r, left: c, bottom: r, right: c };
  }
  return area;
}

/** What Excel shows in a cell: dates as dd/mm/yyyy (the Vietnamese order), errors as themselves. */
export function displayText(cell: FakeCell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number' && isDateFormat(cell.format)) {
    const iso = serialToIso(v);
    if (iso) {
      const [y, m, d] = iso.split('-');
      const parts = dateFormatParts(cell.format);
      return [parts.day ? d : null, parts.month ? m : null, parts.year ? y : null].filter(Boolean).join('/');
    }
  }
  return String(v);
}

/**
 * A value written through `values`, read the way Excel reads typing: a
 * leading apostrophe marks text (and is dropped), a number is a number, and
 * anything starting like a formula that is not one fails as #NAME?.
 */
export function typedInput(v: string | number | boolean): Pick<FakeCell, 'value' | 'error' | 'formula'> {
  if (typeof v !== 'string') return { value: v };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v === '') return { value: null };
  const number = /^\(?-?\d+(\.\d+)?\)?$/.exec(v.trim());
  if (number) {
    const n = Number(v.trim().replace(/[()]/g, ''));
    return { value: v.trim().startsWith('(') ? -Math.abs(n) : n };
  }
  if (/^[=+\-@]/.test(v)) return { value: null, error: '#NAME?', formula: v.replace(/^=/, '') };
  return { value: v };
}

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export function fakeError(code: string, message: string): FakeError {
  return new FakeError(code, message);
}
