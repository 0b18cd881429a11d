/** The rows "Danh sách chọn" covers: a table's task rows and spare rows for tasks added later. */
import type { TaskTable } from '../core/model/task';

/** Spare rows below the last task, for the tasks staff add. */
export const DROPDOWN_EXTRA_ROWS = 20;

/**
 * 1-based rows from the table's first task row to its last plus the spare
 * rows, stopping short of a second table below on the same sheet (whose
 * header may span two rows): its cells are not this table's columns.
 */
export function dropdownRows(
  tables: readonly TaskTable[],
  table: TaskTable,
): { firstRow: number; lastRow: number } {
  const last = Math.max(table.lastDataRow, table.firstDataRow);
  const next = tables
    .filter((t) => t.sheet === table.sheet && t.headerRow > last)
    .reduce<TaskTable | null>((a, t) => (a === null || t.headerRow < a.headerRow ? t : a), null);
  const limit = next ? next.headerRow - 2 : Number.POSITIVE_INFINITY;
  return {
    firstRow: table.firstDataRow,
    lastRow: Math.max(last, Math.min(last + DROPDOWN_EXTRA_ROWS, limit)),
  };
}
