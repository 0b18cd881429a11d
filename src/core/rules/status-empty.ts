import { defineRule } from './define-rule';

export default defineRule({
  meta: { code: 'E_STATUS_EMPTY', severity: 'error', field: 'status' },
  checkRow(row, rc) {
    if (rc.table.kind === 'report' && !row.raw.status?.trim() && row.task.trim()) rc.report({ row });
  },
});
