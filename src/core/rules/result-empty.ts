import { defineRule } from './define-rule';

/**
 * Plans name an expected result for each task; an empty cell is a gap to fill before signing. A task whose
 * text is a formula phuluc could not compute is still a task.
 */
export default defineRule({
  meta: { code: 'W_RESULT_EMPTY', severity: 'warning', field: 'result' },
  checkRow(row, rc) {
    const task = row.task.trim() !== '' || row.noValue?.task !== undefined;
    if (rc.table.columns.result && row.result.trim() === '' && task) rc.report({ row });
  },
});
