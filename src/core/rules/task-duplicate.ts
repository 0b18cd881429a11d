import { defineRule } from './define-rule';

/**
 * Task text as compared here: case ignored. The text is already NFC with its
 * spacing cleaned; the full folding key (marks, punctuation, tone placement)
 * costs too much on every long task description of a large table.
 */
function taskKey(task: string): string {
  return task.toLowerCase();
}

/** The same task text twice in one table (compared without case or spacing). */
export default defineRule({
  meta: { code: 'W_TASK_DUPLICATE', severity: 'warning', field: 'task' },
  checkTable(table, rc) {
    const seen = new Map<string, number>();
    for (const row of table.tasks) {
      if (!row.task.trim()) continue;
      const key = taskKey(row.task);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.row);
      else rc.report({ row, data: { otherRow: first } });
    }
  },
});
