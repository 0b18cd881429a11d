/**
 * Which table of the sheet a finding's cell is in, when a sheet holds several
 * (two agencies' tables side by side): the pane labels each finding with its
 * table, numbered as the sheet reads, left to right then top to bottom.
 */
import type { Finding } from '../core/model/finding';
import { columnIndex, parseAddress } from '../core/model/sheet';
import type { TaskTable } from '../core/model/task';

interface Box {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A table's cells, 0-based: from its (first) header row to its last task row, across its columns. */
function boxOf(t: TaskTable): Box | null {
  const cols = Object.values(t.columns)
    .filter((c): c is string => !!c)
    .map(columnIndex);
  if (!cols.length) return null;
  // headerRow is the last header row: a two-row header starts one row above.
  return {
    sheet: t.sheet,
    top: t.headerRow - 2,
    bottom: Math.max(t.lastDataRow, t.headerRow) - 1,
    left: Math.min(...cols),
    right: Math.max(...cols),
  };
}

/**
 * A function giving a finding's table number (1-based), or null when the
 * sheet holds one table or the cell is outside every table (a title line).
 */
export function tableNumbers(tables: readonly TaskTable[]): (f: Finding) => number | null {
  const boxes = tables
    .map(boxOf)
    .filter((b): b is Box => b !== null)
    .sort((a, b) => a.sheet.localeCompare(b.sheet) || a.left - b.left || a.top - b.top);
  const perSheet = new Map<string, Box[]>();
  for (const b of boxes) perSheet.set(b.sheet, [...(perSheet.get(b.sheet) ?? []), b]);
  return (f) => {
    const own = f.sheet ? perSheet.get(f.sheet) : undefined;
    if (!f.cell || !own || own.length < 2) return null;
    const { row, col } = parseAddress(f.cell);
    const i = own.findIndex((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right);
    return i < 0 ? null : i + 1;
  };
}
