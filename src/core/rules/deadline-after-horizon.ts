import { formatDateVi } from '../deadline';
import { defineRule } from './define-rule';

export default defineRule({
  meta: { code: 'W_DEADLINE_AFTER_HORIZON', severity: 'warning', field: 'deadline' },
  checkRow(row, rc) {
    const d = row.deadline;
    const horizon = rc.ctx.horizon;
    if (!d || horizon === null || d.kind === 'recurring' || d.kind === 'continuous' || !d.due) return;
    if (d.due > `${horizon}-12-31`) {
      rc.report({ row, data: { text: d.text, due: formatDateVi(d.due), horizon } });
    }
  },
});
