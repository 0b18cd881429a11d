/**
 * The Excel adapter: the only module that calls Excel.run. It reads the active
 * sheet into the engine's SheetModel and writes back only when the user asks,
 * each write in one batch. Everything it decides without Excel lives in
 * range-data.ts, marks.ts and template-sheet.ts, where it is tested alone.
 *
 * Requirement sets: ExcelApi 1.9 (getCellProperties, getRowProperties,
 * getColumnProperties, RangeFill.pattern, suspendScreenUpdatingUntilNextSync,
 * pageLayout) is the manifest's minimum; merged areas need 1.13 and are
 * checked with isSetSupported.
 */
import type { AppendixKind } from '../core/appendix-layout';
import type { CellEdit } from '../core/fix/compose';
import type { SheetCell, SheetModel, WorkbookModel } from '../core/model/sheet';
import {
  addMarks,
  MARKS_SETTING,
  parseMarks,
  savedFill,
  stillMarked,
  type Mark,
  type MarkTarget,
} from './marks';
import {
  cellInput,
  isPayloadError,
  MIN_BLOCK_ROWS,
  officeCell,
  parseMergedAddress,
  planBlocks,
  trimRow,
  BLOCK_ROWS,
} from './range-data';
import { freeSheetName, templateSheet } from './template-sheet';

export interface SheetRead {
  workbook: WorkbookModel;
  sheet: string;
  /** Whether merged areas could be read: ExcelApi 1.13 missing, or more areas than Excel returns (512). */
  merges: 'read' | 'unsupported' | 'failed';
}

export type Progress = (rowsDone: number, rowsTotal: number) => void;

function mergesSupported(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
}

/** Sync 1: the sheet's name and extent from A1, and its merged areas when the host has them. */
async function readExtent(context: Excel.RequestContext, withMerges: boolean) {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name, visibility');
  // valuesOnly: a column formatted to the bottom must not make the sheet a million rows long.
  const used = sheet.getUsedRange(true);
  used.load('rowIndex, columnIndex, rowCount, columnCount');
  // Merged areas are listed only when their top-left cell is inside the range: start at A1.
  const merged = withMerges ? sheet.getRange('A1').getBoundingRect(used).getMergedAreasOrNullObject() : null;
  merged?.load('address');
  await context.sync();
  return {
    name: sheet.name,
    hidden: sheet.visibility !== 'Visible',
    rows: used.rowIndex + used.rowCount,
    cols: used.columnIndex + used.columnCount,
    mergedAddress: merged && !merged.isNullObject ? merged.address : null,
  };
}

/** One sync per block: values, displayed text, number formats, fonts and hidden rows (and columns, once). */
async function readBlock(
  context: Excel.RequestContext,
  sheetName: string,
  start: number,
  count: number,
  cols: number,
  withColumns: boolean,
) {
  const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(start, 0, count, cols);
  range.load('values, text, numberFormat');
  const fonts = range.getCellProperties({ format: { font: { name: true } } });
  const rows = range.getRowProperties({ rowHidden: true });
  const columns = withColumns ? range.getColumnProperties({ columnHidden: true }) : null;
  await context.sync();
  return { range, fonts: fonts.value, rows: rows.value, columns: columns?.value ?? [] };
}

/**
 * Reads the active sheet's used range, from A1, in 1 + B syncs where B is the
 * number of row blocks (range-data.ts): 2 syncs for any sheet up to 10,000
 * rows of up to 16 columns, whatever its size below that. A block the host
 * refuses as too large (5 MB on the web) is halved and read again.
 */
export async function readActiveSheet(onProgress?: Progress): Promise<SheetRead> {
  return Excel.run(async (context) => {
    let merges: SheetRead['merges'] = mergesSupported() ? 'read' : 'unsupported';
    let extent;
    try {
      extent = await readExtent(context, merges === 'read');
    } catch (e) {
      if (merges !== 'read') throw e;
      // Excel refuses the merged-area read past 512 areas; the sheet itself still reads.
      merges = 'failed';
      extent = await readExtent(context, false);
    }
    const { rows, cols } = extent;
    const cells: (SheetCell | undefined)[][] = [];
    const hiddenRows: number[] = [];
    const hiddenCols: number[] = [];
    let maxRows = BLOCK_ROWS;
    onProgress?.(0, rows);
    for (let start = 0; start < rows;) {
      const { count } = planBlocks(rows - start, cols, maxRows)[0];
      let block;
      try {
        block = await readBlock(context, extent.name, start, count, cols, start === 0);
      } catch (e) {
        if (!isPayloadError(e) || count <= MIN_BLOCK_ROWS) throw e;
        maxRows = Math.max(MIN_BLOCK_ROWS, Math.floor(count / 2));
        continue;
      }
      const { range, fonts } = block;
      for (let r = 0; r < count; r++) {
        const row: (SheetCell | undefined)[] = [];
        for (let c = 0; c < cols; c++) {
          row.push(
            officeCell(
              range.values[r][c],
              range.text[r][c],
              range.numberFormat[r][c],
              fonts[r][c]?.format?.font?.name,
            ),
          );
        }
        cells.push(trimRow(row));
      }
      block.rows.forEach((p, i) => p.rowHidden && hiddenRows.push(start + i));
      block.columns.forEach((p, i) => p.columnHidden && hiddenCols.push(i));
      start += count;
      onProgress?.(start, rows);
    }
    const sheet: SheetModel = {
      name: extent.name,
      cells,
      merges: parseMergedAddress(extent.mergedAddress),
      hiddenRows,
      hiddenCols,
      colCount: Math.max(0, ...cells.map((r) => r.length)),
    };
    if (extent.hidden) sheet.hidden = true;
    return { workbook: { format: 'xlsx', sheets: [sheet] }, sheet: extent.name, merges };
  });
}

/** Shows a finding's cell: its sheet first (selecting on an inactive sheet is unreliable), then the cell. One sync. */
export async function selectCell(sheetName: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}

const FILL_PROPS = { color: true, pattern: true, patternColor: true } as const;

/** Paints the target cells, remembering each one's previous fill in the workbook settings. Two syncs. */
export async function markCells(targets: readonly MarkTarget[]): Promise<number> {
  if (!targets.length) return 0;
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
    setting.load('value');
    const ranges = targets.map((t) => context.workbook.worksheets.getItem(t.sheet).getRange(t.cell));
    const fills = ranges.map((r) => r.getCellProperties({ format: { fill: FILL_PROPS } }));
    await context.sync();
    const existing = setting.isNullObject ? [] : parseMarks(setting.value);
    const befores = fills.map((f) => savedFill(f.value[0][0].format?.fill));
    // A gradient cannot be set back through the API: such a cell is not marked rather than lose its fill.
    const markable = targets.map((_, i) => !/Gradient$/.test(befores[i].pattern));
    const added: Mark[] = targets.flatMap((t, i) => (markable[i] ? [{ ...t, before: befores[i] }] : []));
    ranges.forEach((r, i) => {
      if (!markable[i]) return;
      // Solid named outright: setting only the colour may keep a patterned cell's pattern.
      r.format.fill.pattern = 'Solid';
      r.format.fill.color = targets[i].color;
    });
    context.workbook.settings.add(MARKS_SETTING, JSON.stringify(addMarks(existing, added)));
    await context.sync();
    return added.length;
  });
}

/**
 * Restores the fills remembered by markCells, in four syncs (the list, the
 * sheets, the cells' current fills, the restore). A cell the user repainted since, or on
 * a sheet deleted since, is left as it is.
 */
export async function clearMarks(): Promise<number> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
    setting.load('value');
    await context.sync();
    if (setting.isNullObject) return 0;
    const marks = parseMarks(setting.value);
    const sheets = new Map(
      marks.map((m) => [m.sheet, context.workbook.worksheets.getItemOrNullObject(m.sheet)] as const),
    );
    await context.sync();
    const live = marks.filter((m) => !sheets.get(m.sheet)?.isNullObject);
    const ranges = live.map((m) => (sheets.get(m.sheet) as Excel.Worksheet).getRange(m.cell));
    const fills = ranges.map((r) => r.getCellProperties({ format: { fill: FILL_PROPS } }));
    await context.sync();
    let restored = 0;
    live.forEach((m, i) => {
      if (!stillMarked(m, savedFill(fills[i].value[0][0].format?.fill))) return;
      const fill = ranges[i].format.fill;
      if (m.before.pattern === 'None') fill.clear();
      else {
        fill.color = m.before.color;
        if (m.before.pattern !== 'Solid') fill.pattern = m.before.pattern as Excel.FillPattern;
        if (m.before.patternColor) fill.patternColor = m.before.patternColor;
      }
      restored++;
    });
    setting.delete();
    await context.sync();
    return restored;
  });
}

/** Writes the chosen fixes, every cell and font, in one sync. */
export async function applyEdits(edits: readonly CellEdit[]): Promise<number> {
  if (!edits.length) return 0;
  await Excel.run(async (context) => {
    context.application.suspendScreenUpdatingUntilNextSync();
    for (const e of edits) {
      const range = context.workbook.worksheets.getItem(e.sheet).getRange(e.cell);
      range.values = [[cellInput(e.after)]];
      if (e.setFont) range.format.font.name = e.setFont;
    }
    await context.sync();
  });
  return edits.length;
}

/** Turns one cell's text and font into Unicode text, or null when it is not legacy text. */
export type CellConverter = (text: string, font: string | undefined) => string | null;

/**
 * Converts the selected cells (within the used range; formulas left alone)
 * and gives them `font`. Three syncs: the extents, the cells, the write.
 */
export async function convertSelection(convert: CellConverter, font: string): Promise<{ converted: number }> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load('rowIndex, columnIndex, rowCount, columnCount');
    const sheet = selected.worksheet;
    sheet.load('name');
    const used = sheet.getUsedRange(true);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    await context.sync();
    // Whole columns selected: keep to the cells in use.
    const top = Math.max(selected.rowIndex, used.rowIndex);
    const left = Math.max(selected.columnIndex, used.columnIndex);
    const bottom = Math.min(selected.rowIndex + selected.rowCount, used.rowIndex + used.rowCount);
    const right = Math.min(selected.columnIndex + selected.columnCount, used.columnIndex + used.columnCount);
    if (bottom <= top || right <= left) return { converted: 0 };
    const range = sheet.getRangeByIndexes(top, left, bottom - top, right - left);
    range.load('values, formulas');
    const fonts = range.getCellProperties({ format: { font: { name: true } } });
    await context.sync();
    let converted = 0;
    // null leaves a cell as it is; {} leaves its format as it is.
    const values = range.values.map((row, r) =>
      row.map((v, c) => {
        const formula = range.formulas[r][c];
        if (typeof v !== 'string' || (typeof formula === 'string' && formula.startsWith('='))) return null;
        const out = convert(v, fonts.value[r][c]?.format?.font?.name);
        if (out === null || out === v) return null;
        converted++;
        return cellInput(out);
      }),
    );
    if (!converted) return { converted };
    range.values = values;
    range.setCellProperties(
      values.map((row) => row.map((v) => (v === null ? {} : { format: { font: { name: font } } }))),
    );
    await context.sync();
    return { converted };
  });
}

export const LIST_SHEET = 'PhuLuc_DanhSach';

export interface DropdownSpec {
  sheet: string;
  /** 1-based rows the lists apply to. */
  firstRow: number;
  lastRow: number;
  /** Column letters; a column missing from the table is left out. */
  lead?: string;
  partners?: string;
  status?: string;
  agencies: readonly string[];
  statuses: readonly string[];
  /** Shown when a typed value is not in the list (a warning: staff may still keep it). */
  alert: { title: string; message: string };
}

/**
 * Drop-down lists for the lead, partner and status columns. The items go to a
 * hidden sheet and each list's source is that range: a list typed inline is
 * refused by Excel past 255 characters, which a province's agencies exceed.
 * Two syncs.
 */
export async function addDropdowns(spec: DropdownSpec): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(LIST_SHEET);
    await context.sync();
    const lists = existing.isNullObject ? sheets.add(LIST_SHEET) : existing;
    lists.getRange().clear();
    const column = (letter: string, items: readonly string[]) => {
      if (!items.length) return null;
      lists.getRange(`${letter}1:${letter}${items.length}`).values = items.map((s) => [cellInput(s)]);
      return `='${LIST_SHEET}'!$${letter}$1:$${letter}$${items.length}`;
    };
    const agencies = column('A', spec.agencies);
    const statuses = column('B', spec.statuses);
    lists.visibility = 'Hidden';
    const target = sheets.getItem(spec.sheet);
    const apply = (col: string | undefined, source: string | null, alert: boolean) => {
      if (!col || !source) return;
      const dv = target.getRange(`${col}${spec.firstRow}:${col}${spec.lastRow}`).dataValidation;
      // A rule over cells that already hold different rules is refused: clear first.
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source } };
      dv.errorAlert = {
        showAlert: alert,
        style: 'Warning',
        title: spec.alert.title,
        message: spec.alert.message,
      };
    };
    apply(spec.lead, agencies, true);
    // A partners cell lists several agencies: the list helps to pick one, any text stays allowed.
    apply(spec.partners, agencies, false);
    apply(spec.status, statuses, true);
    await context.sync();
  });
}

/** Adds a sheet holding an empty, formatted appendix table and shows it. Two syncs. */
export async function insertAppendixSheet(kind: AppendixKind): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const plan = templateSheet(kind);
    const name = freeSheetName(
      plan.name,
      sheets.items.map((s) => s.name),
    );
    const ws = sheets.add(name);
    const all = ws.getRange(plan.area);
    all.format.font.name = plan.font;
    all.format.font.size = plan.bodySize;
    for (const w of plan.writes) {
      const range = ws.getRange(w.address);
      if (w.merge) range.merge(false);
      if (w.values) range.values = w.values.map((row) => row.map(cellInput));
      const f = range.format;
      if (w.bold) f.font.bold = true;
      if (w.italic) f.font.italic = true;
      if (w.size) f.font.size = w.size;
      if (w.align) f.horizontalAlignment = w.align;
      if (w.vertical) f.verticalAlignment = w.vertical;
      if (w.wrap) f.wrapText = true;
      if (w.borders) for (const edge of BORDER_EDGES) f.borders.getItem(edge).style = 'Continuous';
    }
    for (const c of plan.widths) ws.getRange(`${c.column}:${c.column}`).format.columnWidth = c.points;
    ws.freezePanes.freezeRows(plan.freezeRows);
    ws.pageLayout.orientation = 'Landscape';
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.setPrintTitleRows(plan.printTitleRows);
    ws.activate();
    await context.sync();
    return name;
  });
}

const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;
