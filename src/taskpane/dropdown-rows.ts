/** The rows "Danh sách chọn" covers: a table's task rows and spare rows for tasks added later. */
import { columnIndex } from '../core/model/sheet';
import type { TaskTable } from '../core/model/task';

/** Spare rows below the last task, for the tasks staff add. */
export const DROPDOWN_EXTRA_ROWS = 20;

/** The 0-based first and last column a table's fields occupy. */
function columnSpan(table: TaskTable): { left: number; right: number } | null {
  const cols = Object.values(table.columns)
    .filter((c): c is string => !!c)
    .map(columnIndex);
  return cols.length ? { left: Math.min(...cols), right: Math.max(...cols) } : null;
}

/** Whether two tables share a column: a table beside another (side by side) never limits its rows. */
function sameColumns(a: TaskTable, b: TaskTable): boolean {
  const x = columnSpan(a);
  const y = columnSpan(b);
  return !x || !y || (x.left <= y.right && y.left <= x.right);
}

/**
 * 1-based rows from the table's first task row to its last plus the spare
 * rows, stopping short of a second table below it on the same sheet, in the
 * same columns (whose header may span two rows): its cells are not this
 * table's columns. A table beside this one, in other columns, is no limit.
 */
export function dropdownRows(
  tables: readonly TaskTable[],
  table: TaskTable,
): { firstRow: number; lastRow: number } {
  const last = Math.max(table.lastDataRow, table.firstDataRow);
  const next = tables
    .filter((t) => t !== table && t.sheet === table.sheet && t.headerRow > last && sameColumns(t, table))
    .reduce<TaskTable | null>((a, t) => (a === null || t.headerRow < a.headerRow ? t : a), null);
  const limit = next ? next.headerRow - 2 : Number.POSITIVE_INFINITY;
  return {
    firstRow: table.firstDataRow,
    lastRow: Math.max(last, Math.min(last + DROPDOWN_EXTRA_ROWS, limit)),
  };
}

/** Where one table's lists go: its rows and its lead, partner and status columns (those it has). */
export interface DropdownTarget {
  sheet: string;
  /** 1-based rows the lists apply to. */
  firstRow: number;
  lastRow: number;
  /** Column letters; a column missing from the table is left out. */
  lead?: string;
  partners?: string;
  status?: string;
}

/**
 * One target per table of `sheet` that has a lead, partner or status column,
 * left to right, then top to bottom: as the user reads the sheet.
 */
export function dropdownTargets(tables: readonly TaskTable[], sheet: string): DropdownTarget[] {
  const left = (t: TaskTable) => columnSpan(t)?.left ?? 0;
  return tables
    .filter((t) => t.sheet === sheet && (t.columns.lead || t.columns.partners || t.columns.status))
    .sort((a, b) => left(a) - left(b) || a.headerRow - b.headerRow)
    .map((t) => ({
      sheet: t.sheet,
      ...dropdownRows(tables, t),
      lead: t.columns.lead,
      partners: t.columns.partners,
      status: t.columns.status,
    }));
}
