/**
 * SheetModel objects built in code for the table reader's tests: a 2-D array
 * of cells (strings, numbers, null, or full SheetCell objects) plus merges in
 * Excel notation. As the model requires, the non-anchor cells of a merge are
 * emptied.
 */
import type { SheetCell, SheetModel, WorkbookModel } from '../../../src/core/model/sheet';
import { parseAddress } from '../../../src/core/model/sheet';
import { createRegistry } from '../../../src/core/agency';

export type CellInput = string | number | null | undefined | SheetCell;

export interface SheetOptions {
  name?: string;
  /** "A1:F1" … */
  merges?: string[];
  /** Excel (1-based) row numbers. */
  hiddenRows?: number[];
  hidden?: boolean;
  /** Font given to every text cell (".VnTime" for TCVN3 sheets). */
  font?: string;
}

function toCell(input: CellInput, font?: string): SheetCell | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'object') return input;
  if (typeof input === 'string' && font) return { value: input, font };
  return { value: input };
}

export function sheetFrom(rows: CellInput[][], opts: SheetOptions = {}): SheetModel {
  const cells = rows.map((row) => row.map((c) => toCell(c, opts.font)));
  const merges = (opts.merges ?? []).map((range) => {
    const [a, b] = range.split(':');
    const from = parseAddress(a);
    const to = parseAddress(b ?? a);
    return { top: from.row, left: from.col, bottom: to.row, right: to.col };
  });
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && cells[r]) cells[r][c] = undefined;
      }
    }
  }
  return {
    name: opts.name ?? 'Phụ lục',
    cells,
    merges,
    hiddenRows: (opts.hiddenRows ?? []).map((r) => r - 1),
    hiddenCols: [],
    hidden: opts.hidden,
    colCount: Math.max(0, ...cells.map((r) => r.length)),
  };
}

export function workbookOf(...sheets: SheetModel[]): WorkbookModel {
  return { format: 'xlsx', sheets };
}

export const registry = createRegistry();
