/**
 * Where a report row is, as the user looks for it: its file, sheet and row;
 * and its cell too when the row alone does not tell which table it is in
 * (two tables side by side in one sheet, their rows level).
 */
import { cellOf, type TaskRow, type TaskTable } from '../model/task';

/** The tables of one input whose data rows are level with another table's in the same sheet. */
export function tablesSideBySide(tables: readonly TaskTable[]): ReadonlySet<TaskTable> {
  const out = new Set<TaskTable>();
  for (let i = 0; i < tables.length; i++)
    for (let j = i + 1; j < tables.length; j++) {
      const a = tables[i];
      const b = tables[j];
      if (a.sheet !== b.sheet || a.tasks.length === 0 || b.tasks.length === 0) continue;
      if (a.firstDataRow <= b.lastDataRow && b.firstDataRow <= a.lastDataRow) out.add(a).add(b);
    }
  return out;
}

/** The cell that tells a row's table: its task cell (else its number's, else its status's). */
export function rowCell(
  table: Pick<TaskTable, 'columns'>,
  row: Pick<TaskRow, 'row' | 'cellRows'>,
): string | null {
  return cellOf(table, row, 'task') ?? cellOf(table, row, 'stt') ?? cellOf(table, row, 'status');
}
