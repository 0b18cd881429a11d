import type { MergeRange, SheetCell, SheetModel } from '../../core/model/sheet';
import { ReadError, type ReadLimits, type ReadNote } from './outcome';

/** Shared by every sheet of one workbook: the cell cap is per workbook. */
export class ReadBudget {
  cells = 0;
  readonly notes: ReadNote[] = [];
  constructor(readonly limits: ReadLimits) {}
}

/**
 * Collects one sheet's cells from any adapter and enforces Excel's limits in
 * one place, so exceljs, SheetJS and CSV refuse the same files for the same reasons.
 */
export class SheetBuilder {
  private readonly cells: (SheetCell | undefined)[][] = [];
  private readonly merges: MergeRange[] = [];
  private readonly hiddenRows = new Set<number>();
  private readonly hiddenCols = new Set<number>();
  private colCount = 0;

  constructor(
    private readonly name: string,
    private readonly budget: ReadBudget,
    private readonly hidden = false,
  ) {}

  /** Row and column 0-based. */
  set(row: number, col: number, cell: SheetCell): void {
    this.checkBounds(row, col);
    const { limits } = this.budget;
    if (++this.budget.cells > limits.maxCells) {
      throw new ReadError('too-large', `more than ${limits.maxCells} cells`);
    }
    if (typeof cell.value === 'string' && cell.value.length > limits.maxTextLength) {
      this.budget.notes.push({
        kind: 'text-truncated',
        sheet: this.name,
        row,
        col,
        length: cell.value.length,
      });
      cell = truncateCell(cell, limits.maxTextLength);
    }
    const line = (this.cells[row] ??= []);
    line[col] = cell;
    if (col + 1 > this.colCount) this.colCount = col + 1;
  }

  hideRow(row: number): void {
    if (row < this.budget.limits.maxRows) this.hiddenRows.add(row);
  }

  hideCol(col: number): void {
    if (col < this.budget.limits.maxCols) this.hiddenCols.add(col);
  }

  merge(range: MergeRange): void {
    if (range.bottom === range.top && range.right === range.left) return;
    this.checkBounds(range.bottom, range.right);
    this.merges.push(range);
  }

  build(): SheetModel {
    // Fill holes so `cells` is a plain array of arrays (no sparse slots) for consumers that iterate.
    const cells: (SheetCell | undefined)[][] = Array.from(this.cells, (line) => Array.from(line ?? []));
    const byPosition = (a: number, b: number) => a - b;
    return sheetModel({
      name: this.name,
      cells,
      merges: [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      hiddenRows: [...this.hiddenRows].sort(byPosition),
      hiddenCols: [...this.hiddenCols].sort(byPosition),
      hidden: this.hidden,
      colCount: this.colCount,
    });
  }

  private checkBounds(row: number, col: number): void {
    const { maxRows, maxCols } = this.budget.limits;
    if (row >= maxRows)
      throw new ReadError('too-large', `sheet "${this.name}" has more than ${maxRows} rows`);
    if (col >= maxCols)
      throw new ReadError('too-large', `sheet "${this.name}" has more than ${maxCols} columns`);
  }
}

/** Cuts text to `max` UTF-16 units without splitting a surrogate pair, runs included. */
function truncateCell(cell: SheetCell, max: number): SheetCell {
  const cut = (s: string, n: number) => {
    const code = s.charCodeAt(n - 1);
    return s.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
  };
  const value = cut(cell.value as string, max);
  if (!cell.runs) return { ...cell, value };
  const runs = [];
  let left = value.length;
  for (const run of cell.runs) {
    if (left <= 0) break;
    const text = run.text.length > left ? run.text.slice(0, left) : run.text;
    runs.push({ ...run, text });
    left -= text.length;
  }
  return { ...cell, value, runs };
}

/**
 * A sheet's model as every reader of .xlsx hands it over, its keys always in this order: a workbook read in
 * another thread is rebuilt with it (fast/packed-workbook.ts), so that the engine's optimized code meets one
 * shape of sheet whichever thread read the file (a second shape cost it a recompile of its largest functions).
 */
export function sheetModel(parts: Omit<SheetModel, 'hidden'> & { hidden?: boolean }): SheetModel {
  return {
    name: parts.name,
    cells: parts.cells,
    merges: parts.merges,
    hiddenRows: parts.hiddenRows,
    hiddenCols: parts.hiddenCols,
    ...(parts.hidden ? { hidden: true } : {}),
    colCount: parts.colCount,
  };
}
