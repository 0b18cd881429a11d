/**
 * What the merge keeps of an agency's report once its file is checked. The
 * rules have run; the consolidation reads each row's texts and status, and
 * lists only some of the file's findings. Keeping the rest for every file
 * until all are read made each file's outcome about twice as large. The
 * plan's columns (task, agencies, result, deadline) are the same texts in
 * every agency's report, and agencies write their own columns much alike:
 * the merge keeps one copy of each text for all files.
 */
import { memoize } from '../memo';
import type { Finding } from '../model/finding';
import { NO_SOURCE, type Field, type TaskRow, type TaskTable } from '../model/task';
import { reportFields, type Rule } from '../rules/define-rule';
import { rules } from '../rules';
import { keptWithPlan, NOT_FOR_REPORTS } from './findings';

/** The first string seen equal to a text: the one copy every later file's rows share. */
const shared = memoize((text: string) => text);

/**
 * Every text of a row as read: the plan's columns each report repeats, its task id, the status words, and
 * what agencies write most alike in their own columns ("Đang triển khai", "Không có", "Kinh phí bố trí
 * chậm"): at 1,000 reports those held half the merge's text, one copy per file.
 */
function shareTexts(row: TaskRow): void {
  for (const key in row.raw) {
    const field = key as Field;
    const text = row.raw[field];
    if (text !== undefined) row.raw[field] = shared(text);
  }
  row.task = shared(row.task);
  row.result = shared(row.result);
  if (row.outcome !== null) row.outcome = shared(row.outcome);
  if (row.stt !== null) row.stt = shared(row.stt);
  if (row.group !== null) row.group = shared(row.group);
  if (row.taskId) row.taskId = shared(row.taskId);
}

/** Whether the merge lists a report's own finding: with a plan, those about the report's part; without, all but NOT_FOR_REPORTS. */
export function listedFromReport(f: Pick<Finding, 'code' | 'field'>, withPlan: boolean): boolean {
  return withPlan ? keptWithPlan(f) : !NOT_FOR_REPORTS.has(f.code);
}

/** The rules with a finding the merge lists, with a plan and without. */
const listedRules = new Map<boolean, readonly Rule[]>();

/**
 * The rules whose findings the merge may list: a rule all of whose findings it drops (a report's plan
 * columns against a plan, its numbering) is not run on every report. Judged by `listedFromReport` itself,
 * on the codes and fields each rule can report.
 */
export function rulesListed(withPlan: boolean): readonly Rule[] {
  let listed = listedRules.get(withPlan);
  if (!listed) {
    listed = rules.filter(({ meta }) =>
      (reportFields(meta) ?? [null]).some((field) => listedFromReport({ code: meta.code, field }, withPlan)),
    );
    listedRules.set(withPlan, listed);
  }
  return listed;
}

/** Drops from a checked report what the merge never reads (in place: the tables are the caller's own); returns the findings it lists. */
export function keepForMerge(
  tables: readonly TaskTable[],
  findings: readonly Finding[],
  withPlan: boolean,
): Finding[] {
  for (const table of tables) {
    // Its sheet's name goes with every row the merge keeps (where each came from).
    table.sheet = shared(table.sheet);
    for (const row of table.tasks) {
      // Each cell as stored is for the text rules.
      row.source = NO_SOURCE;
      shareTexts(row);
    }
  }
  return findings.filter((f) => listedFromReport(f, withPlan));
}
