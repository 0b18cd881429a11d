import { defineRule } from './define-rule';
import { isFormulaError } from '../model/formula-error';

/** A data row that has content (lead, deadline …) but no task text, or only a formula's error value. */
export default defineRule({
  meta: { code: 'E_TASK_EMPTY', severity: 'error', field: 'task' },
  checkRow(row, rc) {
    if (row.task.trim() === '') rc.report({ row, data: { row: row.row } });
    else if (isFormulaError(row.task))
      rc.report({ row, variant: 'formulaError', data: { error: row.task.trim() } });
  },
});
