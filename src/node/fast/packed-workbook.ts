/**
 * A workbook model as the reading thread posts it to the main thread, its
 * cells packed into a few flat arrays. Cloned as it is, every cell is an
 * object copied on its own, with its own copy of its font name (the same
 * "Times New Roman" once per cell, a third of the bytes of a report's
 * message): packed, the copy is two typed arrays, one array of values and
 * the distinct font and format names, and the main thread builds the cells
 * again in a loop. A cell with more than a value, a font and a format (rich
 * text, a formula, an error, a displayed text) travels as it is.
 */
import type { SheetCell, SheetModel, WorkbookModel } from '../../core/model/sheet';
import { sheetModel } from '../read/sheet-builder';

type Value = SheetCell['value'];

export interface PackedSheet {
  /** The sheet without its cells. */
  sheet: Omit<SheetModel, 'cells'>;
  /** Each row's length (its cells are `undefined` where empty); −1 for a row that is not there at all. */
  rowLengths: Int32Array;
  /** Per packed cell: its row, its column, its format and its font (index in `names` + 1; 0: none). */
  at: Int32Array;
  values: Value[];
  names: string[];
  /** The cells that travel as they are, with their row and column. */
  others: { row: number; col: number; cell: SheetCell }[];
}

export interface PackedWorkbook {
  /** The workbook without its sheets. */
  book: Omit<WorkbookModel, 'sheets'>;
  sheets: PackedSheet[];
}

const FIELDS = 4;

const plain = (cell: SheetCell): boolean =>
  cell.text === undefined &&
  cell.runs === undefined &&
  cell.error === undefined &&
  cell.formula === undefined;

function packSheet({ cells, ...sheet }: SheetModel): PackedSheet {
  const rowLengths = new Int32Array(cells.length);
  let count = 0;
  for (let r = 0; r < cells.length; r++) {
    const line = cells[r] as (SheetCell | undefined)[] | undefined;
    rowLengths[r] = line ? line.length : -1;
    if (line) for (const cell of line) if (cell) count++;
  }
  const at = new Int32Array(count * FIELDS);
  const values: Value[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();
  const nameId = (name: string | undefined): number => {
    if (name === undefined) return 0;
    let id = index.get(name);
    if (id === undefined) {
      id = names.push(name);
      index.set(name, id);
    }
    return id;
  };
  const others: PackedSheet['others'] = [];
  let k = 0;
  for (let row = 0; row < cells.length; row++) {
    const line = cells[row] ?? [];
    for (let col = 0; col < line.length; col++) {
      const cell = line[col];
      if (!cell) continue;
      if (!plain(cell)) {
        others.push({ row, col, cell });
        continue;
      }
      at[k++] = row;
      at[k++] = col;
      at[k++] = nameId(cell.format);
      at[k++] = nameId(cell.font);
      values.push(cell.value);
    }
  }
  return { sheet, rowLengths, at: at.subarray(0, k), values, names, others };
}

function unpackSheet(packed: PackedSheet): SheetModel {
  const { rowLengths, at, values, names } = packed;
  // Rows as the sheet builder makes them: arrays without holes, grown from empty. An array made at its length
  // has holes, which V8 tells apart from one without: the engine's code met both and was compiled again.
  // A row that is not there stays missing (never from the sheet builder, which fills them in).
  const cells: (SheetCell | undefined)[][] = [];
  for (let r = 0; r < rowLengths.length; r++) {
    if (rowLengths[r] < 0) {
      cells.length = r + 1;
      continue;
    }
    const line: (SheetCell | undefined)[] = [];
    for (let c = 0; c < rowLengths[r]; c++) line.push(undefined);
    cells.push(line);
  }
  for (let i = 0, k = 0; k < at.length; i++, k += FIELDS) {
    const value = values[i];
    const format = at[k + 2];
    const font = at[k + 3];
    // The keys in the lean reader's order (value, format, font), so that cells keep its shapes.
    cells[at[k]][at[k + 1]] =
      format === 0
        ? font === 0
          ? { value }
          : { value, font: names[font - 1] }
        : font === 0
          ? { value, format: names[format - 1] }
          : { value, format: names[format - 1], font: names[font - 1] };
  }
  for (const { row, col, cell } of packed.others) cells[row][col] = cell;
  return sheetModel({ ...packed.sheet, cells });
}

export function packWorkbook({ sheets, ...book }: WorkbookModel): PackedWorkbook {
  return { book, sheets: sheets.map(packSheet) };
}

export function unpackWorkbook(packed: PackedWorkbook): WorkbookModel {
  return { ...packed.book, sheets: packed.sheets.map(unpackSheet) };
}
