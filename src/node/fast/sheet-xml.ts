/**
 * One worksheet's XML to the engine's SheetModel, cell by cell as exceljs'
 * full reader maps them (src/node/read/xlsx-exceljs.ts): shared and inline
 * strings with their runs, formula results with the formula text (shared
 * formulas slid to their cell), booleans, errors, date serials shifted for
 * 1904 workbooks, number formats and fonts from the cell style, merges
 * (their other cells emptied), hidden rows and columns.
 */
import type { MergeRange, SheetCell, SheetModel, TextRun } from '../../core/model/sheet';
import { parseAddress } from '../../core/model/sheet';
import { ReadError } from '../read/outcome';
import { type ReadBudget, SheetBuilder } from '../read/sheet-builder';
import { scanSheetData, type SheetDataSink } from './sheet-data';
import { slideFormula } from './shared-formula';
import { type CellStyle, StringCollector, type StringValue, unescapeValue } from './xlsx-parts';
import { fastOrGeneral, parseXml } from './xml';

export interface SheetContext {
  name: string;
  hidden: boolean;
  strings: readonly StringValue[];
  styles: readonly CellStyle[];
  /** Days added to date serials: the 1904 system as the file states it. */
  date1904: boolean;
  /** exceljs' own reading of the flag, which its Date objects carry (see parseWorkbook). */
  date1904ExcelJS: boolean;
  budget: ReadBudget;
}

/** A number cell with a non-General format: its displayed text is filled in afterwards (SheetJS' formatter loads on demand). */
export interface FormattedNumber {
  cell: SheetCell;
  format: string;
}

/** The elements whose attributes `open` below reads (and every element of an inline string). */
const READ_ATTRIBUTES = new Set(['row', 'c', 'f', 'col', 'mergeCell']);

const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;

/** exceljs' test for a date format (utils.isDateFmt), which decides when it builds a Date. */
function isDateFmtExcelJS(fmt: string): boolean {
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The serial the full reader ends with: exceljs' Date (rounded to the millisecond), back to a serial, 1904 shift corrected. */
function dateSerial(v: number, ctx: SheetContext): number {
  const exceljsShift = ctx.date1904ExcelJS ? DAYS_1904 : 0;
  const ms = Math.round((v - 25_569 + exceljsShift) * MS_PER_DAY);
  return ms / MS_PER_DAY + 25_569 + ((ctx.date1904 ? DAYS_1904 : 0) - exceljsShift);
}

/** A `t="d"` cell: exceljs makes a Date of the ISO text; the full reader then applies its 1904 correction. */
function isoDateSerial(iso: string, ctx: SheetContext): number | null {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return null;
  return (
    time / MS_PER_DAY + 25_569 + ((ctx.date1904 ? DAYS_1904 : 0) - (ctx.date1904ExcelJS ? DAYS_1904 : 0))
  );
}

function stringCell(value: StringValue, cellFont: string | undefined): SheetCell {
  if (typeof value === 'string') return { value: unescapeValue(value) };
  // A run without its own font uses the cell's, which is what Excel draws.
  const runs: TextRun[] = value.runs.map((r) => {
    const font = r.font ?? cellFont;
    const text = unescapeValue(r.text);
    return font ? { text, font } : { text };
  });
  const cell: SheetCell = { value: runs.map((r) => r.text).join(''), runs };
  const fonts = new Set(runs.map((r) => r.font));
  if (fonts.size === 1 && runs[0]?.font) cell.font = runs[0].font;
  return cell;
}

export function parseSheet(
  part: string,
  xml: Uint8Array,
  ctx: SheetContext,
): { sheet: SheetModel; formatted: FormattedNumber[] } {
  return fastOrGeneral((fast) => readSheet(part, xml, ctx, fast));
}

/** The sheet read with its <sheetData> through ./sheet-data.ts (`fast`) or all through the general scanner. */
export function readSheet(
  part: string,
  xml: Uint8Array,
  ctx: SheetContext,
  fast: boolean,
): { sheet: SheetModel; formatted: FormattedNumber[] } {
  const cells: { row: number; col: number; cell: SheetCell }[] = [];
  const formatted: FormattedNumber[] = [];
  const merges: MergeRange[] = [];
  const hiddenRows: { row: number; used: boolean }[] = [];
  const hiddenCols: number[] = [];
  const masters = new Map<string, { formula: string; address: string }>();
  const inline = new StringCollector();

  let row = -1;
  let rowHidden = false;
  let rowHasValue = false;
  let col = -1;
  let type = '';
  let style = 0;
  let address = '';
  let v: string | null = null;
  let f: string | null = null;
  let shared: { si: string; master: boolean } | null = null;
  let inline_: StringValue | null = null;
  let collecting: 'v' | 'f' | 'is' | null = null;

  const endRow = () => {
    if (rowHidden) hiddenRows.push({ row, used: rowHasValue });
  };

  const endCell = () => {
    const cellStyle = style ? ctx.styles[style] : undefined;
    const font = cellStyle?.font;
    let out: SheetCell | null = null;
    let formula: string | undefined;
    if (f !== null || shared) {
      formula = f ?? '';
      if (shared?.master && f) masters.set(shared.si, { formula: f, address });
      else if (shared && !f) {
        const master = masters.get(shared.si);
        formula = master ? slideFormula(master.formula, master.address, address) : '';
      }
    }
    if (type === 's') {
      const s = v === null ? undefined : ctx.strings[Number(v)];
      if (s !== undefined) out = stringCell(s, font);
    } else if (type === 'inlineStr') {
      if (inline_ !== null) out = stringCell(inline_, font);
    } else if (type === 'str') {
      // An empty result (<v></v>) is no value at all to exceljs.
      if (v !== null || formula !== undefined) out = { value: v ? unescapeValue(v) : null };
    } else if (type === 'b') {
      if (v !== null) out = { value: v === '1' || v === 'true' };
      else if (formula !== undefined) out = { value: null };
    } else if (type === 'e') {
      if (v !== null) out = { value: null, error: v };
      else if (formula !== undefined) out = { value: null };
    } else if (type === 'd') {
      if (v !== null) out = { value: isoDateSerial(v, ctx) };
    } else if (v !== null && v !== '') {
      let n = Number(v);
      if (cellStyle?.format && isDateFmtExcelJS(cellStyle.format)) n = dateSerial(n, ctx);
      out = { value: n };
    } else if (formula !== undefined) out = { value: null };
    if (!out) return;
    if (formula !== undefined) out.formula = formula;
    const format = cellStyle?.format;
    if (format && format !== 'General') {
      out.format = format;
      if (typeof out.value === 'number') formatted.push({ cell: out, format });
    }
    if (font && !out.font) out.font = font;
    cells.push({ row, col, cell: out });
    rowHasValue = true;
  };

  const startRow = (r: string | undefined, hidden: string | undefined) => {
    row = r ? Number(r) - 1 : row + 1;
    col = -1;
    rowHidden = hidden === '1' || hidden === 'true';
    rowHasValue = false;
  };
  const startCell = (r: string | undefined, t: string | undefined, s: string | undefined) => {
    if (r) {
      const at = parseAddress(r);
      row = at.row;
      col = at.col;
    } else col += 1;
    address = r ?? '';
    type = t ?? 'n';
    style = s ? Number(s) : 0;
    v = f = inline_ = null;
    shared = null;
  };
  const formulaKind = (t: string | undefined, si: string | undefined, ref: string | undefined) => {
    if (t === 'shared' && si !== undefined) shared = { si, master: ref !== undefined };
  };
  // What ./sheet-data.ts reads of <sheetData>, taken as the general scanner's events are below.
  const sink: SheetDataSink = {
    row: startRow,
    endRow,
    cell: startCell,
    formula(text, t, si, ref) {
      formulaKind(t, si, ref);
      f = text === '' ? null : text;
    },
    value(text) {
      v = text;
    },
    endCell,
  };

  let text = '';
  parseXml(part, xml, {
    open(name, attrs) {
      if (collecting === 'is') {
        inline.open(name, attrs);
        return;
      }
      switch (name) {
        case 'row':
          startRow(attrs.r, attrs.hidden);
          break;
        case 'c':
          startCell(attrs.r, attrs.t, attrs.s);
          break;
        case 'v':
        case 'f':
          collecting = name;
          text = '';
          if (name === 'f') formulaKind(attrs.t, attrs.si, attrs.ref);
          break;
        case 'is':
          collecting = 'is';
          inline.take();
          break;
        case 'col':
          if (attrs.hidden === '1' || attrs.hidden === 'true') {
            const max = Math.min(Number(attrs.max ?? attrs.min), ctx.budget.limits.maxCols);
            for (let c = Number(attrs.min) - 1; c < max; c++) hiddenCols.push(c);
          }
          break;
        case 'mergeCell':
          if (attrs.ref?.includes(':')) {
            const [a, b] = attrs.ref.split(':').map(parseAddress);
            merges.push({
              top: Math.min(a.row, b.row),
              left: Math.min(a.col, b.col),
              bottom: Math.max(a.row, b.row),
              right: Math.max(a.col, b.col),
            });
          }
          break;
      }
    },
    text(t) {
      if (collecting === 'is') inline.onText(t);
      else if (collecting) text += t;
    },
    close(name) {
      if (collecting === 'is') {
        if (name === 'is') {
          inline_ = inline.take();
          collecting = null;
        } else inline.close(name);
        return;
      }
      if (name === 'v' && collecting === 'v') {
        v = text;
        collecting = null;
      } else if (name === 'f' && collecting === 'f') {
        f = text === '' ? null : text;
        collecting = null;
      } else if (name === 'c') endCell();
      else if (name === 'row') endRow();
    },
    content: fast ? (name, s, from) => (name === 'sheetData' ? scanSheetData(s, from, sink) : -1) : undefined,
    attributesOf: (name) => collecting === 'is' || READ_ATTRIBUTES.has(name),
  });

  return { sheet: build(ctx, cells, merges, hiddenRows, hiddenCols), formatted };
}

function build(
  ctx: SheetContext,
  cells: { row: number; col: number; cell: SheetCell }[],
  merges: MergeRange[],
  hiddenRows: { row: number; used: boolean }[],
  hiddenCols: number[],
): SheetModel {
  const builder = new SheetBuilder(ctx.name, ctx.budget, ctx.hidden);
  const byRow = mergesByRow(merges, cells, hiddenRows, ctx.budget.limits.maxCells);
  // The other cells of a merge hold nothing (exceljs points them at the anchor), and make their rows count as used.
  const covered = (row: number, col: number) =>
    byRow.get(row)?.some((m) => col >= m.left && col <= m.right && (row !== m.top || col !== m.left)) ??
    false;
  for (const { row, col, cell } of cells) if (!covered(row, col)) builder.set(row, col, cell);
  // Only rows with something in them are hidden in the model, as the full reader visits only those.
  for (const { row, used } of hiddenRows) if (used || byRow.has(row)) builder.hideRow(row);
  for (const m of merges) builder.merge(m);
  for (const c of hiddenCols) builder.hideCol(c);
  return builder.build();
}

/**
 * The merges over each row that holds a cell or is hidden: only those rows are
 * asked about, so a merge over whole columns (down to row 1,048,576) is not
 * walked row by row. Overlapping merges (a damaged file) may still ask for
 * much: past `cap` row entries the sheet is too large.
 */
function mergesByRow(
  merges: readonly MergeRange[],
  cells: readonly { row: number }[],
  hiddenRows: readonly { row: number }[],
  cap: number,
): Map<number, MergeRange[]> {
  const byRow = new Map<number, MergeRange[]>();
  if (merges.length === 0) return byRow;
  const rows = [...new Set([...cells.map((c) => c.row), ...hiddenRows.map((h) => h.row)])].sort(
    (a, b) => a - b,
  );
  let entries = 0;
  for (const m of merges) {
    for (let i = firstAtLeast(rows, m.top); i < rows.length && rows[i] <= m.bottom; i++) {
      if (++entries > cap) throw new ReadError('too-large', `merged areas cover more than ${cap} cells`);
      const list = byRow.get(rows[i]);
      if (list) list.push(m);
      else byRow.set(rows[i], [m]);
    }
  }
  return byRow;
}

/** The index of the first of the sorted `rows` that is at least `row`. */
function firstAtLeast(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
