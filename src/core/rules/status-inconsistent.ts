import { dueAsOf, expectedStatus, formatDateVi } from '../deadline';
import { STATUS_LABELS } from '../status';
import { defineRule } from './define-rule';

/** "Đang thực hiện trong hạn" on a task already past due, and the like: the suggestion is the corrected status. */
export default defineRule({
  meta: { code: 'W_STATUS_INCONSISTENT', severity: 'warning', field: 'status' },
  checkRow(row, rc) {
    if (rc.table.kind !== 'report' || !row.status || !row.deadline) return;
    const expected = expectedStatus(row.status, row.deadline, rc.ctx.asOf, undefined, {
      beforeDateInclusive: rc.ctx.beforeDateInclusive,
    });
    if (expected === row.status) return;
    const due = dueAsOf(row.deadline, rc.ctx.asOf);
    rc.report({
      row,
      data: {
        status: row.raw.status ?? STATUS_LABELS[row.status].vi,
        expected: STATUS_LABELS[expected].vi,
        due: due ? formatDateVi(due) : row.deadline.text,
        asOf: formatDateVi(rc.ctx.asOf),
      },
      suggestion: STATUS_LABELS[expected].vi,
    });
  },
});
