/**
 * The one entry both faces call: the command line (`phuluc validate`) and the
 * task pane give the same findings because they both come through here.
 */
import type { Context } from './model/context';
import type { Finding } from './model/finding';
import type { WorkbookModel } from './model/sheet';
import type { TaskTable } from './model/task';
import { runRules } from './rules/run';
import { readWorkbookTables } from './table/read-table';

export interface CheckResult {
  tables: TaskTable[];
  findings: Finding[];
}

export function checkWorkbook(wb: WorkbookModel, ctx: Context): CheckResult {
  const { tables, findings } = readWorkbookTables(wb, ctx.registry);
  const ruleFindings = tables.flatMap((table) => runRules(table, ctx));
  return { tables, findings: sortFindings([...findings, ...ruleFindings]) };
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** Stable order: sheet, then row, then column, then severity, then code — so both faces list findings alike. */
export function sortFindings(findings: Finding[]): Finding[] {
  const colOf = (cell: string | null) => (cell ? cell.replace(/\d+$/, '').padStart(3, ' ') : '');
  return [...findings].sort(
    (a, b) =>
      (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      colOf(a.cell).localeCompare(colOf(b.cell)) ||
      severityRank[a.severity] - severityRank[b.severity] ||
      a.code.localeCompare(b.code),
  );
}
