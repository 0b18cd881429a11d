import { formatDateVi } from '../deadline';
import { defineRule } from './define-rule';

export default defineRule({
  meta: { code: 'W_DEADLINE_BEFORE_PLAN', severity: 'warning', field: 'deadline' },
  checkRow(row, rc) {
    const d = row.deadline;
    const planDate = rc.ctx.planDate;
    if (!d || !planDate || d.kind === 'recurring' || d.kind === 'continuous' || !d.due) return;
    // A month ("2026-03") sorts before each of its days: due before it is due before the month began.
    if (d.due < planDate) {
      const month = planDate.length === 7;
      rc.report({
        row,
        ...(month ? { variant: 'month' } : {}),
        data: {
          text: d.text,
          due: formatDateVi(d.due),
          planDate: month ? `${Number(planDate.slice(5))}/${planDate.slice(0, 4)}` : formatDateVi(planDate),
        },
      });
    }
  },
});
