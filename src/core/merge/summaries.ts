/**
 * The figures of the "Tổng hợp" sheet and the JSON totals: counts by status,
 * per agency, and the row accounting over all inputs.
 */
import type { JudgeOptions } from '../deadline/judge';
import { isOverdue } from '../deadline/judge';
import type { StatusCode } from '../model/task';
import type { Assignments } from './assignments';
import { DONE } from '../status/parse';
import { reportedStatus, taskStatusOf } from './status';
import type {
  AgencySummary,
  MergedStatus,
  MergedTask,
  MergeInput,
  RowAccount,
  Totals,
  Unreported,
} from './types';

const collator = new Intl.Collator('vi');

function count(into: Partial<Record<MergedStatus, number>>, status: MergedStatus): void {
  into[status] = (into[status] ?? 0) + 1;
}

function filesByAgency(inputs: readonly Pick<MergeInput, 'path' | 'agency'>[]): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const input of inputs) {
    const name = input.agency.name;
    if (name !== null) files.set(name, [...(files.get(name) ?? []), input.path]);
  }
  return files;
}

/** With a plan: what each agency leads and supports, how its own lead reports stand, what it left out. */
function planAgencies(
  tasks: readonly MergedTask[],
  assign: Assignments,
  files: Map<string, string[]>,
  missed: ReadonlyMap<string, number>,
  asOf: string,
  opts: JudgeOptions,
): AgencySummary[] {
  const expected = new Set(assign.expected);
  const names = [...new Set([...assign.expected, ...files.keys()])].sort(collator.compare);
  // Agency → task → its own lead statuses, and agency → unreported count: one pass each, not one per agency.
  const own = new Map<string, Map<number, (StatusCode | null)[]>>();
  tasks.forEach((task, i) => {
    for (const r of task.reports) {
      if (r.role !== 'lead' || r.agency === null) continue;
      const byTask = own.get(r.agency) ?? new Map<number, (StatusCode | null)[]>();
      own.set(r.agency, byTask);
      byTask.set(i, [...(byTask.get(i) ?? []), r.status]);
    }
  });
  return names.map((agency) => {
    const summary: AgencySummary = {
      agency,
      led: assign.leads.get(agency)?.size ?? 0,
      // A task an agency leads and is also listed to support counts once, as led.
      supported: [...(assign.partners.get(agency) ?? [])].filter((i) => !assign.leads.get(agency)?.has(i))
        .length,
      expected: expected.has(agency),
      files: files.get(agency) ?? [],
      byStatus: {},
      done: 0,
      overdue: 0,
      unreported: missed.get(agency) ?? 0,
    };
    const reported = own.get(agency) ?? new Map<number, (StatusCode | null)[]>();
    const led = new Set([...(assign.leads.get(agency) ?? []), ...reported.keys()]);
    for (const i of led) {
      // The agency's own reports on the task: the more advanced where they differ (as for the task).
      const status = taskStatusOf((reported.get(i) ?? []).map((s) => ({ agency, status: s })));
      const step = reportedStatus(status);
      count(summary.byStatus, status);
      if (step !== null && DONE.has(step)) summary.done++;
      if (isOverdue(tasks[i].deadline, asOf, step, opts)) summary.overdue++;
    }
    return summary;
  });
}

/** Without a plan: each reporting agency's rows, as it reported them, and the rows it left blank. */
function concatAgencies(
  tasks: readonly MergedTask[],
  files: Map<string, string[]>,
  missed: ReadonlyMap<string, number>,
): AgencySummary[] {
  return [...files.keys()].sort(collator.compare).map((agency) => {
    const summary: AgencySummary = {
      agency,
      led: 0,
      supported: 0,
      expected: false,
      files: files.get(agency) ?? [],
      byStatus: {},
      done: 0,
      overdue: 0,
      unreported: missed.get(agency) ?? 0,
    };
    for (const task of tasks) {
      const report = task.reports[0];
      if (report?.agency !== agency) continue;
      if (report.role === 'lead') summary.led++;
      else summary.supported++;
      count(summary.byStatus, task.status);
      const step = reportedStatus(task.status);
      if (step !== null && DONE.has(step)) summary.done++;
      if (task.overdue) summary.overdue++;
    }
    return summary;
  });
}

export function summarize(input: {
  tasks: readonly MergedTask[];
  accounts: readonly RowAccount[];
  inputs: readonly Pick<MergeInput, 'path' | 'agency'>[];
  expected: readonly string[];
  missingAgencies: readonly string[];
  unreported: readonly Unreported[];
  assign: Assignments | null;
  asOf: string;
  opts: JudgeOptions;
}): { agencies: AgencySummary[]; totals: Totals } {
  const files = filesByAgency(input.inputs);
  // Agency → assigned tasks it did not report on: one pass, not one per agency.
  const missed = new Map<string, number>();
  for (const u of input.unreported) missed.set(u.agency, (missed.get(u.agency) ?? 0) + 1);
  const agencies = input.assign
    ? planAgencies(input.tasks, input.assign, files, missed, input.asOf, input.opts)
    : concatAgencies(input.tasks, files, missed);
  const byStatus: Partial<Record<MergedStatus, number>> = {};
  for (const task of input.tasks) count(byStatus, task.status);
  const sum = (key: 'rowsRead' | 'rowsMerged' | 'rowsRejected') =>
    input.accounts.reduce((n, a) => n + a[key], 0);
  return {
    agencies,
    totals: {
      tasks: input.tasks.length,
      byStatus,
      overdue: input.tasks.filter((t) => t.overdue).length,
      rowsRead: sum('rowsRead'),
      rowsMerged: sum('rowsMerged'),
      rowsRejected: sum('rowsRejected'),
      agenciesExpected: input.expected.length,
      // Without a plan no agency is expected: those that sent a file reported.
      agenciesReported: input.assign
        ? input.expected.length - input.missingAgencies.length
        : agencies.filter((a) => a.files.length > 0).length,
      agenciesMissing: input.missingAgencies.length,
    },
  };
}
