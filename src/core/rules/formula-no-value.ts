import type { Field } from '../model/task';
import { defineRule } from './define-rule';

/** Longer formulas are cut in the message: the cell shows the whole. */
const MAX_SHOWN = 80;

function shown(formula: string): string {
  const f = formula.trim().startsWith('=') ? formula.trim() : `=${formula.trim()}`;
  return f.length > MAX_SHOWN ? `${f.slice(0, MAX_SHOWN - 1)}…` : f;
}

/**
 * A field's cell holds a formula the file stores no result for (written by a
 * program, never opened in Excel) and that phuluc does not compute: its value
 * is unknown, not empty. The rules that would call the cell empty are silenced
 * for it (see run.ts); this says why the cell was not checked.
 */
export default defineRule({
  meta: { code: 'W_FORMULA_NO_VALUE', severity: 'warning' },
  checkRow(row, rc) {
    if (!row.noValue) return;
    for (const [field, formula] of Object.entries(row.noValue) as [Field, string][]) {
      if (field === 'taskId') continue;
      rc.report({ row, field, data: { formula: shown(formula) } });
    }
  },
});
