import { defineRule } from './define-rule';

export default defineRule({
  meta: { code: 'E_DEADLINE_EMPTY', severity: 'error', field: 'deadline' },
  checkRow(row, rc) {
    if (rc.table.columns.deadline && row.deadline === null) rc.report({ row });
  },
});
