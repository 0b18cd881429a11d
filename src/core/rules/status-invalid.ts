import { defineRule } from './define-rule';

export default defineRule({
  meta: { code: 'E_STATUS_INVALID', severity: 'error', field: 'status' },
  checkRow(row, rc) {
    const text = row.raw.status?.trim();
    if (rc.table.kind === 'report' && text && row.status === null) rc.report({ row, data: { text } });
  },
});
