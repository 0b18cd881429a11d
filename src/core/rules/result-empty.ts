import { defineRule } from './define-rule';

/** Plans name an expected result for each task; an empty cell is a gap to fill before signing. */
export default defineRule({
  meta: { code: 'W_RESULT_EMPTY', severity: 'warning', field: 'result' },
  checkRow(row, rc) {
    if (rc.table.columns.result && row.result.trim() === '' && row.task.trim() !== '') rc.report({ row });
  },
});
