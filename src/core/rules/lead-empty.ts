import { defineRule } from './define-rule';
import { isFormulaError } from '../model/formula-error';

export default defineRule({
  meta: { code: 'E_LEAD_EMPTY', severity: 'error', field: 'lead' },
  checkRow(row, rc) {
    if (!rc.table.columns.lead) return;
    if (row.lead.length === 0) rc.report({ row });
    else if (row.lead.every(isFormulaError))
      rc.report({ row, variant: 'formulaError', data: { error: row.lead.join(', ') } });
  },
});
