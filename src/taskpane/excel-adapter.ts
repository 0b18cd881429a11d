/**
 * The Excel adapter: the only module that calls Excel.run. It reads the active
 * sheet into the engine's SheetModel and writes back only when the user asks,
 * each write in one batch up to the size of any realistic appendix, and in
 * batches under the host's payload limits beyond (syncRuns). Everything it
 * decides without Excel lives in range-data.ts, marks.ts and
 * template-sheet.ts, where it is tested alone.
 *
 * Requirement sets: ExcelApi 1.9 (getCellProperties, getRowProperties,
 * getColumnProperties, RangeFill.pattern, suspendScreenUpdatingUntilNextSync,
 * pageLayout) is the manifest's minimum; merged areas need 1.13 and are
 * checked with isSetSupported.
 */
import type { AppendixKind } from '../core/appendix-layout';
import type { CellEdit } from '../core/fix/compose';
import { parseAddress, type SheetCell, type SheetModel, type WorkbookModel } from '../core/model/sheet';
import {
  addMarks,
  markKey,
  MARKS_SETTING,
  parseMarks,
  savedFill,
  stillMarked,
  type Mark,
  type MarkTarget,
  type SavedFill,
} from './marks';
import {
  batchLength,
  BLOCK_ROWS,
  CALL_BYTES,
  cellInput,
  columnRuns,
  FILL_BYTES,
  isPayloadError,
  officeCell,
  parseMergedAddress,
  planBlocks,
  RANGE_BYTES,
  runAddress,
  smallerBlock,
  splitRuns,
  trimRow,
  utf8Bytes,
  WRITE_BYTES,
  WRITE_CELLS,
  type BatchLimit,
  type Block,
  type Run,
  type RunCell,
} from './range-data';
import type { DropdownTarget } from './dropdown-rows';
import { freeSheetName, templateSheet } from './template-sheet';
import { readCell } from '../core/table/sheet-reader';

export interface SheetRead {
  workbook: WorkbookModel;
  sheet: string;
  /**
   * Whether merged areas could be read: 'unsupported' without ExcelApi 1.13; 'failed' only when even one
   * row holds more areas than Excel returns at once (512) — past 512 on the sheet they are read by bands.
   */
  merges: 'read' | 'unsupported' | 'failed';
}

export type Progress = (rowsDone: number, rowsTotal: number) => void;

function mergesSupported(): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
}

/** Sync 1: the sheet's name and extent from A1, and its merged areas when the host has them. */
async function readExtent(context: Excel.RequestContext, withMerges: boolean, sheetName?: string) {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheetName);
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

/**
 * Merged areas band by band, for a sheet with more than Excel returns at once
 * (512): each band lists the areas whose top-left cell is in it, so the bands
 * together list each area once. A band the host refuses is halved; one sync
 * per band tried. Null when even a single row is refused.
 */
async function readMergesByBands(
  context: Excel.RequestContext,
  sheetName: string,
  rows: number,
  cols: number,
): Promise<string | null> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const found: string[] = [];
  let band = Math.max(1, Math.ceil(rows / 2));
  for (let top = 0; top < rows;) {
    const count = Math.min(band, rows - top);
    const merged = sheet.getRangeByIndexes(top, 0, count, cols).getMergedAreasOrNullObject();
    merged.load('address');
    try {
      await context.sync();
    } catch {
      if (count === 1) return null;
      band = Math.ceil(count / 2);
      continue;
    }
    if (!merged.isNullObject && merged.address) found.push(merged.address);
    top += count;
  }
  return found.join(',');
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
 * `sheetName` reads that sheet instead of the active one (the sheet just
 * fixed, checked again while the user looks at another).
 */
export async function readActiveSheet(onProgress?: Progress, sheetName?: string): Promise<SheetRead> {
  return Excel.run(async (context) => {
    let merges: SheetRead['merges'] = mergesSupported() ? 'read' : 'unsupported';
    let extent;
    try {
      extent = await readExtent(context, merges === 'read', sheetName);
    } catch (e) {
      if (merges !== 'read') throw e;
      // Excel refuses the merged-area read past 512 areas: read by bands below; the sheet itself still reads.
      merges = 'failed';
      extent = await readExtent(context, false, sheetName);
    }
    const { rows, cols } = extent;
    let mergedAddress = extent.mergedAddress;
    if (merges === 'failed') {
      mergedAddress = await readMergesByBands(context, extent.name, rows, cols);
      if (mergedAddress !== null) merges = 'read';
    }
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
        const fewer = smallerBlock(count, cols);
        if (!isPayloadError(e) || fewer === null) throw e;
        maxRows = fewer;
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
      merges: parseMergedAddress(mergedAddress),
      hiddenRows,
      hiddenCols,
      colCount: Math.max(0, ...cells.map((r) => r.length)),
    };
    if (extent.hidden) sheet.hidden = true;
    return { workbook: { format: 'xlsx', sheets: [sheet] }, sheet: extent.name, merges };
  });
}

/**
 * Writes refused before any was made because a sheet is protected (Review ›
 * Unprotect Sheet): Excel would refuse them one batch at a time, leaving the
 * batches before the refused one written.
 */
export class SheetProtectedError extends Error {
  readonly code = 'SheetProtected';
  constructor(readonly sheet: string) {
    super(`The sheet "${sheet}" is protected`);
  }
}

/**
 * Queues, for the next sync, whether each sheet is protected (ExcelApi 1.2);
 * the check it returns, called after that sync, throws SheetProtectedError
 * for the first protected one. A host without sheet protection (the
 * preview's simulated Excel) counts as unprotected.
 */
function protectionGuard(sheets: readonly { sheet: Excel.Worksheet; name: () => string }[]): () => void {
  const watched = sheets.map(({ sheet, name }) => {
    const protection = (sheet as { protection?: Excel.WorksheetProtection }).protection;
    protection?.load('protected');
    return { protection, name };
  });
  return () => {
    for (const { protection, name } of watched)
      if (protection?.protected === true) throw new SheetProtectedError(name());
  };
}

/** protectionGuard for sheets known by name. */
function namedGuard(context: Excel.RequestContext, names: readonly string[]): () => void {
  return protectionGuard(
    [...new Set(names)].map((name) => ({
      sheet: context.workbook.worksheets.getItem(name),
      name: () => name,
    })),
  );
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

interface RunJob<T> {
  runs: Run<T>[];
  /** Estimated request (or response) bytes of one run. */
  bytesOf: (run: Run<T>) => number;
  /** Queues one run's calls. */
  queue: (run: Run<T>) => void;
  /** Queued with the first batch, and again if that batch is sent again. */
  first?: { queue: () => void; bytes: number };
  /** Queued with the last batch. */
  last?: () => void;
  /** After each sync that went through, with the runs it carried. */
  done?: (runs: Run<T>[]) => void;
}

/**
 * Sends runs a batch per sync, each batch within WRITE_CELLS cells and
 * WRITE_BYTES estimated bytes: one sync for anything up to that, which covers
 * the writes of any realistic appendix. A batch the host refuses as too
 * large (5 MB on the web) is halved and sent again. A batch of multi-cell
 * runs that fails for another reason is sent again one cell a range: whether
 * Excel takes a 2-D write over part of a merged area is unconfirmed.
 */
async function syncRuns<T>(context: Excel.RequestContext, job: RunJob<T>): Promise<void> {
  let limit: BatchLimit = { cells: WRITE_CELLS, bytes: WRITE_BYTES };
  let todo = job.runs;
  let first = true;
  if (!todo.length && !job.first && !job.last) return;
  do {
    todo = splitRuns(todo, limit.cells);
    const reserved = first && job.first ? job.first.bytes : 0;
    const n = batchLength(todo, job.bytesOf, limit, reserved);
    const batch = todo.slice(0, n);
    if (first) job.first?.queue();
    batch.forEach(job.queue);
    if (n === todo.length) job.last?.();
    try {
      await context.sync();
    } catch (e) {
      const cells = batch.reduce((k, r) => k + r.items.length, 0);
      if (isPayloadError(e) && cells > 1) {
        const bytes = batch.reduce((k, r) => k + job.bytesOf(r), reserved);
        limit = { cells: Math.max(1, Math.floor(cells / 2)), bytes: Math.max(1, Math.floor(bytes / 2)) };
        continue;
      }
      if (!isPayloadError(e) && batch.some((r) => r.items.length > 1)) {
        todo = [...splitRuns(batch, 1), ...todo.slice(n)];
        continue;
      }
      throw e;
    }
    job.done?.(batch);
    first = false;
    todo = todo.slice(n);
  } while (todo.length);
}

/** The cells of `items` at their addresses ("C8"), one run per column stretch with the same key. */
function runsOf<T>(
  items: readonly T[],
  at: (item: T) => { sheet: string; cell: string; key?: string },
): Run<T>[] {
  return columnRuns(
    items.map((item) => {
      const { sheet, cell, key = '' } = at(item);
      return { sheet, ...parseAddress(cell), key, item };
    }),
  );
}

/** A run's range; callers untrack it once its calls are queued (OFFICEJS.md §2). */
function runRange(context: Excel.RequestContext, run: Run<unknown>): Excel.Range {
  return context.workbook.worksheets.getItem(run.sheet).getRange(runAddress(run));
}

/**
 * Reads the fills of `items`' cells, a run per range, a batch of runs per
 * sync (one sync up to WRITE_CELLS cells). `first` goes with the first batch.
 */
async function readFills<T>(
  context: Excel.RequestContext,
  runs: Run<T>[],
  got: (item: T, fill: SavedFill) => void,
  first?: RunJob<T>['first'],
): Promise<void> {
  const results = new Map<Run<T>, OfficeExtension.ClientResult<Excel.CellProperties[][]>>();
  await syncRuns(context, {
    runs,
    bytesOf: (run) => RANGE_BYTES + CALL_BYTES + run.items.length * FILL_BYTES,
    queue: (run) => {
      const range = runRange(context, run);
      results.set(run, range.getCellProperties({ format: { fill: FILL_PROPS } }));
      range.untrack();
    },
    first,
    done: (batch) =>
      batch.forEach((run) => {
        const value = results.get(run)?.value ?? [];
        run.items.forEach((item, i) => got(item, savedFill(value[i]?.[0]?.format?.fill)));
        results.delete(run);
      }),
  });
}

/**
 * Paints the target cells, remembering each one's previous fill in the
 * workbook settings. Two syncs up to WRITE_CELLS cells (the fills, then the
 * list with the paint); beyond that one more per batch of each. The list is
 * saved with the first paint batch, before the rest: a cell it names but that
 * was not painted is left alone by clearMarks.
 */
export async function markCells(targets: readonly MarkTarget[]): Promise<number> {
  if (!targets.length) return 0;
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
    const befores = new Map<string, SavedFill>();
    const sheets = [...new Set(targets.map((t) => t.sheet))];
    let guard = () => undefined as void;
    await readFills(
      context,
      runsOf(targets, (t) => t),
      (t, fill) => befores.set(markKey(t), fill),
      {
        queue: () => {
          setting.load('value');
          guard = namedGuard(context, sheets);
        },
        bytes: RANGE_BYTES * (1 + sheets.length),
      },
    );
    guard();
    const existing = setting.isNullObject ? [] : parseMarks(setting.value);
    // A gradient cannot be set back through the API: such a cell is not marked rather than lose its fill.
    const added: Mark[] = targets.flatMap((t) => {
      const before = befores.get(markKey(t)) ?? savedFill(undefined);
      return /Gradient$/.test(before.pattern) ? [] : [{ ...t, before }];
    });
    const list = JSON.stringify(addMarks(existing, added));
    await syncRuns(context, {
      runs: runsOf(added, (m) => ({ ...m, key: m.color })),
      bytesOf: (run) => RANGE_BYTES + 2 * CALL_BYTES + run.key.length,
      queue: (run) => {
        const range = runRange(context, run);
        // Solid named outright: setting only the colour may keep a patterned cell's pattern.
        range.format.fill.pattern = 'Solid';
        range.format.fill.color = run.key;
        range.untrack();
      },
      first: {
        queue: () => context.workbook.settings.add(MARKS_SETTING, list),
        bytes: CALL_BYTES + utf8Bytes(list),
      },
    });
    return added.length;
  });
}

/**
 * Restores the fills remembered by markCells, in four syncs up to WRITE_CELLS
 * marked cells (the list, the sheets, the cells' current fills, the restore
 * with the list's removal), one more per further batch of fills read or
 * restored. A cell the user repainted since, or on a sheet deleted since, is
 * left as it is; on a protected sheet nothing is restored and the list is
 * kept (SheetProtectedError). The list goes only with the last restore batch: if a batch
 * fails, clearing again restores the rest.
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
    const restore: Mark[] = [];
    const liveSheets = [...new Set(live.map((m) => m.sheet))];
    let guard = () => undefined as void;
    await readFills(
      context,
      runsOf(live, (m) => m),
      (m, current) => {
        if (stillMarked(m, current)) restore.push(m);
      },
      { queue: () => (guard = namedGuard(context, liveSheets)), bytes: liveSheets.length * RANGE_BYTES },
    );
    guard();
    await syncRuns(context, {
      runs: runsOf(restore, (m) => ({ ...m, key: JSON.stringify(m.before) })),
      bytesOf: (run) => RANGE_BYTES + 3 * CALL_BYTES + run.key.length,
      queue: (run) => {
        const before = run.items[0].before;
        const range = runRange(context, run);
        const fill = range.format.fill;
        if (before.pattern === 'None') fill.clear();
        else {
          fill.color = before.color;
          if (before.pattern !== 'Solid') fill.pattern = before.pattern as Excel.FillPattern;
          if (before.patternColor) fill.patternColor = before.patternColor;
        }
        range.untrack();
      },
      last: () => setting.delete(),
    });
    return restore.length;
  });
}

/** A text to write and the font to give its cell, if any. */
interface CellText {
  text: string;
  font?: string;
}

/** Queues runs of texts (each with its font, when one is set): one 2-D array range per run. */
async function writeTexts(context: Excel.RequestContext, runs: Run<CellText>[]): Promise<void> {
  await syncRuns(context, {
    runs,
    bytesOf: (run) =>
      RANGE_BYTES +
      run.items.reduce((n, c) => n + utf8Bytes(c.text) + 8, 0) +
      (run.key ? CALL_BYTES + utf8Bytes(run.key) : 0),
    queue: (run) => {
      const range = runRange(context, run);
      range.values = run.items.map((c) => [cellInput(c.text)]);
      if (run.key) range.format.font.name = run.key;
      range.untrack();
    },
  });
}

/** A cell as it is now: its text as the checker read it, and whether it holds a formula. */
interface CurrentCell {
  text: string;
  formula: boolean;
}

/** A cell's value as a fix's `before` holds it: the engine's own reading (stored text, or a number as shown). */
function storedText(value: unknown): string {
  const v =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
  const reading = readCell({ value: v });
  return reading.stored ?? reading.lines;
}

/** The edited cells as they are now, read a batch of runs per sync like the fills. */
async function readCurrent(
  context: Excel.RequestContext,
  runs: Run<CellEdit>[],
  first?: RunJob<CellEdit>['first'],
): Promise<Map<CellEdit, CurrentCell>> {
  const ranges = new Map<Run<CellEdit>, Excel.Range>();
  const current = new Map<CellEdit, CurrentCell>();
  await syncRuns(context, {
    runs,
    bytesOf: (run) =>
      RANGE_BYTES + CALL_BYTES + run.items.reduce((n, e) => n + 2 * utf8Bytes(e.before) + 16, 0),
    queue: (run) => {
      const range = runRange(context, run);
      range.load('values, formulas');
      ranges.set(run, range);
    },
    first,
    done: (batch) =>
      batch.forEach((run) => {
        const range = ranges.get(run);
        if (!range) return;
        run.items.forEach((edit, i) => {
          const value = range.values[i]?.[0];
          const formula = range.formulas[i]?.[0];
          current.set(edit, {
            text: storedText(value),
            formula: typeof formula === 'string' && formula.startsWith('='),
          });
        });
        range.untrack();
        ranges.delete(run);
      }),
  });
  return current;
}

/** A fix left unwritten: its cell holds a formula, or its text changed since the check. */
export interface EditSkipped {
  sheet: string;
  cell: string;
  reason: 'formula' | 'changed';
}

export interface EditOutcome {
  /** Cells written. */
  written: number;
  /** Cells left as they are, in the order given. */
  skipped: EditSkipped[];
}

/**
 * Writes the chosen fixes and the font of converted text, as `phuluc fix`
 * does: never over a formula, nor over a cell whose text changed since it was
 * checked (the preview stays open while the user edits). Cells next to each
 * other down a column with the same font change go as one range. Two syncs up
 * to WRITE_CELLS cells and WRITE_BYTES (about 2 MB) of text — the cells as
 * they are now, then the writes — which covers any realistic set of fixes;
 * beyond that one sync per batch of each (a 10,000-row TCVN3 sheet, 60,000
 * cells, takes a few), and one more each time the host refuses a batch as too
 * large and it is halved. Returns how many cells were written and which were
 * left, and why. Nothing is written on a protected sheet (SheetProtectedError).
 */
export async function applyEdits(edits: readonly CellEdit[]): Promise<EditOutcome> {
  if (!edits.length) return { written: 0, skipped: [] };
  return Excel.run(async (context) => {
    context.application.suspendScreenUpdatingUntilNextSync();
    const sheets = [...new Set(edits.map((e) => e.sheet))];
    let guard = () => undefined as void;
    const current = await readCurrent(
      context,
      runsOf(edits, (e) => ({ sheet: e.sheet, cell: e.cell })),
      { queue: () => (guard = namedGuard(context, sheets)), bytes: sheets.length * RANGE_BYTES },
    );
    guard();
    const skipped: EditSkipped[] = [];
    const safe = edits.filter((e) => {
      const now = current.get(e);
      const ok = now !== undefined && !now.formula && now.text === e.before;
      if (!ok) skipped.push({ sheet: e.sheet, cell: e.cell, reason: now?.formula ? 'formula' : 'changed' });
      return ok;
    });
    if (!safe.length) return { written: 0, skipped };
    const runs = runsOf(safe, (e) => ({ sheet: e.sheet, cell: e.cell, key: e.setFont ?? '' }));
    await writeTexts(
      context,
      runs.map((run) => ({ ...run, items: run.items.map((e) => ({ text: e.after, font: e.setFont })) })),
    );
    return { written: safe.length, skipped };
  });
}

/** Turns one cell's text and font into Unicode text, or null when it is not legacy text. */
export type CellConverter = (text: string, font: string | undefined) => string | null;

/** One sync: a block of the selection's values, formulas and fonts. */
async function readConvertBlock(context: Excel.RequestContext, sheet: Excel.Worksheet, area: Block & Cols) {
  const range = sheet.getRangeByIndexes(area.start, area.left, area.count, area.width);
  range.load('values, formulas');
  const fonts = range.getCellProperties({ format: { font: { name: true } } });
  await context.sync();
  const read = { values: range.values, formulas: range.formulas, fonts: fonts.value };
  range.untrack();
  return read;
}

interface Cols {
  left: number;
  width: number;
}

/**
 * Converts the selected cells (within the used range, so whole columns cost
 * only the rows in use; formulas left alone) and gives them `font`. The cells
 * are read in row blocks like readActiveSheet, and each block's converted
 * cells are written in batches like applyEdits: three syncs for a selection
 * up to one block (the extents, the cells, the write), then one read and one
 * write per further block, one more per block halved because the host
 * refused it as too large.
 */
export async function convertSelection(convert: CellConverter, font: string): Promise<{ converted: number }> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load('rowIndex, columnIndex, rowCount, columnCount');
    const sheet = selected.worksheet;
    sheet.load('name');
    const used = sheet.getUsedRange(true);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    const guard = protectionGuard([{ sheet, name: () => sheet.name }]);
    await context.sync();
    guard();
    // Whole columns selected: keep to the cells in use.
    const top = Math.max(selected.rowIndex, used.rowIndex);
    const left = Math.max(selected.columnIndex, used.columnIndex);
    const bottom = Math.min(selected.rowIndex + selected.rowCount, used.rowIndex + used.rowCount);
    const right = Math.min(selected.columnIndex + selected.columnCount, used.columnIndex + used.columnCount);
    if (bottom <= top || right <= left) return { converted: 0 };
    const cols: Cols = { left, width: right - left };
    let converted = 0;
    let maxRows = BLOCK_ROWS;
    for (let start = top; start < bottom;) {
      const { count } = planBlocks(bottom - start, cols.width, maxRows)[0];
      let block;
      try {
        block = await readConvertBlock(context, sheet, { start, count, ...cols });
      } catch (e) {
        const fewer = smallerBlock(count, cols.width);
        if (!isPayloadError(e) || fewer === null) throw e;
        maxRows = fewer;
        continue;
      }
      const cells: RunCell<CellText>[] = [];
      block.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const formula = block.formulas[r][c];
          if (typeof v !== 'string' || (typeof formula === 'string' && formula.startsWith('='))) return;
          const out = convert(v, block.fonts[r][c]?.format?.font?.name);
          if (out === null || out === v) return;
          cells.push({
            sheet: sheet.name,
            row: start + r,
            col: left + c,
            key: font,
            item: { text: out, font },
          });
        }),
      );
      converted += cells.length;
      await writeTexts(context, columnRuns(cells));
      start += count;
    }
    return { converted };
  });
}

export const LIST_SHEET = 'PhuLuc_DanhSach';

export interface DropdownSpec {
  /** Every table to give lists to: two tables side by side on one sheet are two targets. */
  targets: readonly DropdownTarget[];
  agencies: readonly string[];
  statuses: readonly string[];
  /** Shown when a typed value is not in the list (a warning: staff may still keep it). */
  alert: { title: string; message: string };
}

/**
 * Drop-down lists for the lead, partner and status columns of every target
 * table. The items go to a hidden sheet and each list's source is that range:
 * a list typed inline is refused by Excel past 255 characters, which a
 * province's agencies exceed. Two syncs, however many tables; nothing is
 * written when a target sheet is protected (SheetProtectedError).
 */
export async function addDropdowns(spec: DropdownSpec): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const existing = sheets.getItemOrNullObject(LIST_SHEET);
    const guard = namedGuard(
      context,
      spec.targets.map((t) => t.sheet),
    );
    await context.sync();
    guard();
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
    for (const t of spec.targets) {
      const target = sheets.getItem(t.sheet);
      const apply = (col: string | undefined, source: string | null, alert: boolean) => {
        if (!col || !source) return;
        const dv = target.getRange(`${col}${t.firstRow}:${col}${t.lastRow}`).dataValidation;
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
      apply(t.lead, agencies, true);
      // A partners cell lists several agencies: the list helps to pick one, any text stays allowed.
      apply(t.partners, agencies, false);
      apply(t.status, statuses, true);
    }
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
