import { defineRule } from './define-rule';

/** Understood, but without a clear date: "Đầu năm 2027", "Định kỳ" with no frequency. */
export default defineRule({
  meta: { code: 'W_DEADLINE_AMBIGUOUS', severity: 'warning', field: 'deadline' },
  checkRow(row, rc) {
    const d = row.deadline;
    if (d && d.kind !== 'unparsed' && (d.doubt === 'ambiguous' || d.doubt === 'frequency-unknown')) {
      rc.report({ row, data: { text: d.text } });
    }
  },
});
