import { compareKey } from '../text';
import { defineRule } from './define-rule';

/** The same task text twice in one table (compared without case, marks or punctuation). */
export default defineRule({
  meta: { code: 'W_TASK_DUPLICATE', severity: 'warning', field: 'task' },
  checkTable(table, rc) {
    const seen = new Map<string, number>();
    for (const row of table.tasks) {
      if (!row.task.trim()) continue;
      const key = compareKey(row.task);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row.row);
      else rc.report({ row, data: { otherRow: first } });
    }
  },
});
