import { deniesDueDate, dueAsOf, expectedStatus, formatDateVi } from '../deadline';
import { STATUS_LABELS } from '../status';
import { defineRule } from './define-rule';
import { judgeOptions } from './judge-options';

/**
 * "Đang thực hiện trong hạn" on a task already past due, and the like: the suggestion is the corrected status.
 * "Chưa đến hạn" (not yet due) on a task past due is said in words of its own (`notYetDue`): the status code
 * is right (not started), the reason the agency gives is not.
 */
export default defineRule({
  meta: { code: 'W_STATUS_INCONSISTENT', severity: 'warning', field: 'status' },
  checkRow(row, rc) {
    if (rc.table.kind !== 'report' || !row.status || !row.deadline) return;
    const opts = judgeOptions(rc.ctx);
    const expected = expectedStatus(row.status, row.deadline, rc.ctx.asOf, undefined, opts);
    const notYetDue =
      expected === row.status && deniesDueDate(row.raw.status, row.status, row.deadline, rc.ctx.asOf, opts);
    if (expected === row.status && !notYetDue) return;
    const due = dueAsOf(row.deadline, rc.ctx.asOf, opts);
    rc.report({
      row,
      ...(notYetDue ? { variant: 'notYetDue' } : {}),
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
