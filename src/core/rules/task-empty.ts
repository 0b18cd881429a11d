import { defineRule } from './define-rule';

/** A data row that has content (lead, deadline …) but no task text. */
export default defineRule({
  meta: { code: 'E_TASK_EMPTY', severity: 'error', field: 'task' },
  checkRow(row, rc) {
    if (row.task.trim() === '') rc.report({ row, data: { row: row.row } });
  },
});
