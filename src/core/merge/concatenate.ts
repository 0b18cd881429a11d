/**
 * Without a plan: every input's task rows one after another, each with its
 * reporting agency and source, its status judged against its own deadline,
 * and the same task sent from two files flagged as a duplicate. A row left
 * blank (a template's task the agency did not fill in) is no report: not a
 * task of the report, never overdue; it is accounted for among the rows
 * merged (rowsBlank) and listed as a task its agency did not report on.
 */
import { dueAsOf, isOverdue } from '../deadline/judge';
import { compareKey } from '../text/compare-key';
import type { MergeContext } from './consolidate';
import { mergeFinding, rejection, reporterConflict, withPath } from './findings';
import { listedFromReport } from './kept';
import { blankRowFinding, isBlankReportRow } from './blank-row';
import { cellBeside, RowReport, tablePlace } from './row-report';
import { tablesSideBySide } from './source';
import { correctStatus } from './status';
import { summarize } from './summaries';
import { taskIdOf } from './task-id';
import type {
  Consolidation,
  MergeFinding,
  MergeInput,
  MergedTask,
  RejectedRow,
  RowAccount,
  Unreported,
} from './types';
import { planFields } from '../table/plan-fields';

const collator = new Intl.Collator('vi');

export function concatenate(inputs: readonly MergeInput[], ctx: MergeContext): Consolidation {
  const opts = { beforeDateInclusive: ctx.beforeDateInclusive };
  const rejected: RejectedRow[] = [];
  const accounts: RowAccount[] = [];
  const findings: MergeFinding[] = [];
  const rows: { task: MergedTask; order: number }[] = [];
  const unreported: Unreported[] = [];

  inputs.forEach((input, order) => {
    const account: RowAccount = { path: input.path, rowsRead: 0, rowsMerged: 0, rowsRejected: 0 };
    accounts.push(account);
    const blankOnly = blankRowFinding(input.tables);
    const beside = tablesSideBySide(input.tables);
    findings.push(
      ...input.findings
        .filter((f) => listedFromReport(f, false) && !blankOnly(f))
        .map((f) => withPath(f, input.path)),
    );
    const agency = input.agency.name;
    if (agency === null) {
      findings.push(
        mergeFinding(
          'W_REPORTER_UNKNOWN',
          'warning',
          { path: input.path },
          {},
          'merge.finding.W_REPORTER_UNKNOWN',
        ),
      );
    }
    const conflict = reporterConflict(input.path, input.agency);
    if (conflict) findings.push(conflict);
    const filledFrom = rows.length;
    const leftBlank: Unreported[] = [];
    for (const table of input.tables) {
      const place = tablePlace(input.path, table, beside);
      for (const row of table.tasks) {
        account.rowsRead++;
        if (row.task.trim() === '') {
          // The engine already lists the row as E_TASK_EMPTY.
          const r = rejection('E_TASK_EMPTY', input.path, table.sheet, row, agency);
          const at = cellBeside(place, row);
          if (at !== null) r.cell = at;
          rejected.push(r);
          account.rowsRejected++;
          continue;
        }
        account.rowsMerged++;
        const lead =
          agency !== null &&
          (row.lead.includes(agency) || row.lead.some((l) => ctx.registry.resolve(l).collective));
        if (isBlankReportRow(row)) {
          account.rowsBlank = (account.rowsBlank ?? 0) + 1;
          if (agency !== null) {
            leftBlank.push({
              agency,
              role: lead ? 'lead' : 'partner',
              taskId: row.taskId || taskIdOf(row),
              stt: row.stt,
              task: row.task,
              agencyMissing: false,
              leftBlank: true,
            });
          }
          continue;
        }
        const status = correctStatus(row.status, row.deadline, ctx.asOf, row.outcome, opts);
        rows.push({
          order,
          task: {
            id: row.taskId || taskIdOf(row),
            ...planFields(row),
            due: dueAsOf(row.deadline, ctx.asOf),
            // Something reported (the blank rows are left out above), but no valid status.
            status: status ?? 'STATUS_MISSING',
            overdue: isOverdue(row.deadline, ctx.asOf, status, opts),
            reports: [
              new RowReport(
                {
                  agency,
                  role: lead ? 'lead' : 'partner',
                  status,
                  reported: row.status,
                  statusText: row.raw.status?.trim() || null,
                  outcome: row.outcome,
                  issues: row.raw.issues ?? null,
                  proposals: row.raw.proposals ?? null,
                  match: 'row',
                },
                place,
                row,
              ),
            ],
            issues: [],
          },
        });
        if (rows[rows.length - 1].task.overdue) rows[rows.length - 1].task.issues.push('W_OVERDUE');
      }
    }
    unreported.push(...notReportedElsewhere(leftBlank, rows.slice(filledFrom)));
  });

  // Agencies in Vietnamese order (unknown last), then input order, then row.
  const agencyOf = (t: MergedTask) => t.reports[0].agency;
  rows.sort(
    (a, b) =>
      Number(agencyOf(a.task) === null) - Number(agencyOf(b.task) === null) ||
      collator.compare(agencyOf(a.task) ?? '', agencyOf(b.task) ?? '') ||
      a.order - b.order ||
      a.task.reports[0].source.row - b.task.reports[0].source.row,
  );
  const tasks = rows.map((r) => r.task);
  flagDuplicates(tasks, findings);

  return {
    mode: 'concat',
    tasks,
    rejected,
    accounts,
    findings,
    missingAgencies: [],
    unreported,
    ...summarize({
      tasks,
      accounts,
      inputs,
      expected: [],
      missingAgencies: [],
      unreported,
      assign: null,
      asOf: ctx.asOf,
      opts,
    }),
  };
}

/**
 * The rows an input left blank whose task none of its other rows reports: a template's row left blank beside
 * (or above) a table of the same file that reports the task is no task left unreported.
 */
function notReportedElsewhere(blank: Unreported[], filled: readonly { task: MergedTask }[]): Unreported[] {
  if (blank.length === 0 || filled.length === 0) return blank;
  const ids = new Set(filled.map((r) => r.task.id));
  const texts = new Set(filled.map((r) => compareKey(r.task.task)));
  return blank.filter((u) => !ids.has(u.taskId) && !texts.has(compareKey(u.task)));
}

/** The same task text in two files: both rows carry the issue, the later one gets the finding. */
function flagDuplicates(tasks: MergedTask[], findings: MergeFinding[]): void {
  const groups = new Map<string, MergedTask[]>();
  for (const task of tasks) {
    const key = compareKey(task.task);
    const group = groups.get(key);
    if (group) group.push(task);
    else groups.set(key, [task]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Every copy carries the flag; within one file the engine's own finding already says so.
    for (const t of group) if (!t.issues.includes('W_TASK_DUPLICATE')) t.issues.push('W_TASK_DUPLICATE');
    group.forEach((task, i) => {
      const source = task.reports[0].source;
      const other = group.slice(0, i).find((t) => t.reports[0].source.path !== source.path);
      if (!other) return;
      const seen = other.reports[0].source;
      findings.push(
        mergeFinding(
          'W_TASK_DUPLICATE',
          'warning',
          { ...source, field: 'task' },
          seen.cell === undefined
            ? { otherPath: seen.path, otherRow: seen.row }
            : { otherPath: seen.path, otherRow: seen.row, otherCell: seen.cell },
          seen.cell === undefined ? 'merge.finding.W_TASK_DUPLICATE' : 'merge.finding.W_TASK_DUPLICATE.cell',
        ),
      );
    });
  }
}
