import type { Context } from '../model/context';
import type { Finding } from '../model/finding';
import type { TaskTable } from '../model/task';
import { toFinding, type RuleContext } from './define-rule';
import { rules as allRules } from './index';
import type { Rule } from './define-rule';

/**
 * Runs the rules over one table and collects their reports as findings: the rules on the whole table, then
 * row by row the rules on a row, so that what several rules ask of a row (its agencies) is at hand.
 * The findings' order here is of no account: the engine sorts them.
 */
export function runRules(table: TaskTable, ctx: Context, rules: readonly Rule[] = allRules): Finding[] {
  const findings: Finding[] = [];
  // Lists grown from empty: `map` and `filter` hand back arrays V8 shapes otherwise once their caller is
  // compiled, which threw this function's compiled code away in a merge.
  const rowRules: { rule: Rule; rc: RuleContext }[] = [];
  for (const rule of rules) {
    const rc: RuleContext = { ctx, table, report: (r) => findings.push(toFinding(rule.meta, table, r)) };
    rule.checkTable?.(table, rc);
    if (rule.checkRow) rowRules.push({ rule, rc });
  }
  for (const row of table.tasks) for (const { rule, rc } of rowRules) rule.checkRow!(row, rc);
  return withoutFalseEmpties(table, findings);
}

/** The messages that call a field's cell empty (or a task unnumbered). */
const EMPTY_MESSAGES: ReadonlySet<string> = new Set([
  'finding.E_TASK_EMPTY',
  'finding.E_LEAD_EMPTY',
  'finding.E_DEADLINE_EMPTY',
  'finding.W_RESULT_EMPTY',
  'finding.W_STT_SEQUENCE.empty',
  'finding.E_STATUS_EMPTY',
  'finding.W_OUTCOME_EMPTY',
]);

/**
 * A cell holding a formula phuluc could not compute is not known to be empty: W_FORMULA_NO_VALUE says so,
 * and the findings that would call it empty are dropped.
 */
function withoutFalseEmpties(table: TaskTable, findings: Finding[]): Finding[] {
  let unknown: Set<string> | null = null;
  for (const row of table.tasks)
    if (row.noValue)
      for (const field of Object.keys(row.noValue)) (unknown ??= new Set()).add(`${row.row}|${field}`);
  if (!unknown) return findings;
  const known = unknown;
  return findings.filter((f) => !(EMPTY_MESSAGES.has(f.messageId) && known.has(`${f.row}|${f.field}`)));
}
