/**
 * The plan the reports are merged against: the task rows of the plan
 * workbook's tables, each with its stable id.
 */
import type { Finding } from '../model/finding';
import { cellOf, type TaskTable } from '../model/task';
import { planFingerprint, taskIdOf } from './task-id';
import type { Plan, PlanTask } from './types';
import { planFields } from '../table/plan-fields';

export function planFromTables(path: string, tables: readonly TaskTable[], findings: Finding[] = []): Plan {
  const tasks: PlanTask[] = [];
  for (const table of tables) {
    for (const row of table.tasks) {
      // A row without task text is the plan's own error (E_TASK_EMPTY), not a task to report on.
      if (row.task.trim() === '') continue;
      tasks.push({
        id: taskIdOf(row),
        ...planFields(row),
        sheet: table.sheet,
        row: row.row,
        deadlineCell: cellOf(table, row, 'deadline'),
      });
    }
  }
  return { path, tasks, fingerprint: planFingerprint(tasks.map((t) => t.id)), findings };
}
