import { cellOf } from '../model/task';
import { DONE } from '../status/parse';
import { defineRule } from './define-rule';

/** Reported done, but nothing says what was done. */
export default defineRule({
  meta: { code: 'W_OUTCOME_EMPTY', severity: 'warning', field: 'outcome' },
  checkRow(row, rc) {
    if (rc.table.kind !== 'report' || !row.status || !DONE.has(row.status)) return;
    if (!row.outcome?.trim())
      rc.report({ row, cell: cellOf(rc.table, row, 'outcome') ?? cellOf(rc.table, row, 'status') });
  },
});
