import { defineRule } from './define-rule';

export default defineRule({
  meta: { code: 'E_LEAD_EMPTY', severity: 'error', field: 'lead' },
  checkRow(row, rc) {
    if (rc.table.columns.lead && row.lead.length === 0) rc.report({ row });
  },
});
