import type { Context } from '../model/context';
import type { Finding } from '../model/finding';
import type { TaskTable } from '../model/task';
import { toFinding, type RuleContext } from './define-rule';
import { rules as allRules } from './index';
import type { Rule } from './define-rule';

/** Runs the rules over one table and collects their reports as findings. */
export function runRules(table: TaskTable, ctx: Context, rules: readonly Rule[] = allRules): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const rc: RuleContext = { ctx, table, report: (r) => findings.push(toFinding(rule.meta, table, r)) };
    if (rule.checkTable) rule.checkTable(table, rc);
    if (rule.checkRow) for (const row of table.tasks) rule.checkRow(row, rc);
  }
  return findings;
}
