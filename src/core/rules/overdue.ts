import { dueAsOf, formatDateVi, isOverdue } from '../deadline';
import { defineRule } from './define-rule';
import { judgeOptions } from './judge-options';

/** In an agency's report: due before the as-of date and not done. */
export default defineRule({
  meta: { code: 'W_OVERDUE', severity: 'warning', field: 'deadline' },
  checkRow(row, rc) {
    if (rc.table.kind !== 'report' || !row.deadline) return;
    const opts = judgeOptions(rc.ctx);
    if (!isOverdue(row.deadline, rc.ctx.asOf, row.status, opts)) return;
    const due = dueAsOf(row.deadline, rc.ctx.asOf, opts);
    rc.report({
      row,
      data: { due: due ? formatDateVi(due) : row.deadline.text, asOf: formatDateVi(rc.ctx.asOf) },
    });
  },
});
