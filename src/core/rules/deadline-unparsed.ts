import { defineRule } from './define-rule';
import { isFormulaError } from '../model/formula-error';

/** A deadline nobody can turn into a date; a conditional one ("Sau khi … được phê duyệt") says so. */
export default defineRule({
  meta: { code: 'E_DEADLINE_UNPARSED', severity: 'error', field: 'deadline' },
  checkRow(row, rc) {
    const d = row.deadline;
    if (d?.kind !== 'unparsed') return;
    rc.report({
      row,
      variant: isFormulaError(d.text)
        ? 'formulaError'
        : d.doubt === 'conditional'
          ? 'conditional'
          : undefined,
      data: { text: d.text },
    });
  },
});
