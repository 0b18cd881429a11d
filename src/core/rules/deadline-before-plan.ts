import { formatDateVi } from '../deadline';
import { defineRule } from './define-rule';

export default defineRule({
  meta: { code: 'W_DEADLINE_BEFORE_PLAN', severity: 'warning', field: 'deadline' },
  checkRow(row, rc) {
    const d = row.deadline;
    const planDate = rc.ctx.planDate;
    if (!d || !planDate || d.kind === 'recurring' || d.kind === 'continuous' || !d.due) return;
    if (d.due < planDate) {
      rc.report({ row, data: { text: d.text, due: formatDateVi(d.due), planDate: formatDateVi(planDate) } });
    }
  },
});
