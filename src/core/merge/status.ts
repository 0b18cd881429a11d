/**
 * Statuses in the consolidation: each report's status corrected against the
 * plan's deadline and the as-of date, and one status per task from its
 * lead agencies' reports.
 */
import { isValidDate, toIso } from '../deadline/dates';
import { expectedStatus, type JudgeOptions } from '../deadline/judge';
import type { Deadline, StatusCode } from '../model/task';
import type { MergedStatus } from './types';

/**
 * Least advanced first. A task with several leads (or a collective lead) is
 * only as far along as its slowest lead: "done" for the province means done
 * by all of them.
 */
const PROGRESS: readonly StatusCode[] = [
  'NOT_STARTED',
  'IN_PROGRESS_LATE',
  'IN_PROGRESS',
  'SUSPENDED',
  'DONE_LATE',
  'DONE_THIS_PERIOD',
  'DONE_ON_TIME',
  'CANCELLED',
];

/**
 * One agency's own reports, earliest state first: progress only moves
 * forward, and a task reported done in one file is not undone by another
 * that calls it suspended or cancelled.
 */
const LATER: readonly StatusCode[] = [
  'NOT_STARTED',
  'IN_PROGRESS_LATE',
  'IN_PROGRESS',
  'SUSPENDED',
  'CANCELLED',
  'DONE_LATE',
  'DONE_THIS_PERIOD',
  'DONE_ON_TIME',
];

/**
 * Several lead agencies: the least advanced status. A lead that reported
 * without a valid status (null) leaves STATUS_MISSING when no lead gave one;
 * no lead report at all is NO_REPORT.
 */
function combineLeadStatuses(statuses: readonly (StatusCode | null)[]): MergedStatus {
  let best: StatusCode | null = null;
  for (const s of statuses) {
    if (s !== null && (best === null || PROGRESS.indexOf(s) < PROGRESS.indexOf(best))) best = s;
  }
  return best ?? (statuses.length > 0 ? 'STATUS_MISSING' : 'NO_REPORT');
}

/** The less advanced of two parts of one task (PROGRESS; a part without a status leaves the other's). */
export function lessAdvanced(a: StatusCode | null, b: StatusCode | null): StatusCode | null {
  if (a === null) return b;
  if (b === null) return a;
  return PROGRESS.indexOf(b) < PROGRESS.indexOf(a) ? b : a;
}

/** The later of one agency's two statuses (LATER; null counts least). */
function moreAdvanced(a: StatusCode | null, b: StatusCode | null): StatusCode | null {
  if (a === null) return b;
  if (b === null) return a;
  return LATER.indexOf(b) > LATER.indexOf(a) ? b : a;
}

/**
 * The lead reports that count for a task's status: one per agency. When one
 * agency sent several reports on the task with different statuses (a template
 * and a free-form file), the more advanced one counts — progress only moves
 * forward, so it is the later state — and the others are returned as
 * conflicts, each beside the report chosen over it.
 */
export function leadReportsByAgency<R extends { agency: string | null; status: StatusCode | null }>(
  reports: readonly R[],
): { chosen: R[]; conflicts: { dropped: R; chosen: R }[] } {
  const byAgency = new Map<string | null, R[]>();
  for (const r of reports) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r]);
  const chosen: R[] = [];
  const conflicts: { dropped: R; chosen: R }[] = [];
  for (const group of byAgency.values()) {
    const pick = group.reduce((a, b) => (moreAdvanced(a.status, b.status) === a.status ? a : b));
    chosen.push(pick);
    for (const r of group) {
      if (r !== pick && r.status !== null && r.status !== pick.status)
        conflicts.push({ dropped: r, chosen: pick });
    }
  }
  return { chosen, conflicts };
}

/** A task's status from its lead reports: the most advanced per agency, then the least advanced over agencies. */
export function taskStatusOf(
  reports: readonly { agency: string | null; status: StatusCode | null }[],
): MergedStatus {
  return combineLeadStatuses(leadReportsByAgency(reports).chosen.map((r) => r.status));
}

/** The status as a step of progress, or null for NO_REPORT and STATUS_MISSING (not done, not started). */
export function reportedStatus(status: MergedStatus): StatusCode | null {
  return status === 'NO_REPORT' || status === 'STATUS_MISSING' ? null : status;
}

// "ngày 15/4/2026", "ngày 15-04-2026", "ngày 15 tháng 4 năm 2026".
const DATE_IN_TEXT =
  /ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/giu;

/**
 * When the outcome shows the work was done: the earliest date written
 * "ngày …" in it, not after the as-of date ("Đã ban hành Kế hoạch số 45/KH-UBND
 * ngày 15/4/2026"). The earliest, because an outcome also cites what came
 * after the work ("đã báo cáo UBND tỉnh tại Báo cáo số 9/BC-SNV ngày
 * 05/12/2026"): an agency's "done on time" is overruled only when every date
 * it gives is past due. Undefined when it shows none.
 */
export function doneDateOf(outcome: string | null, asOf: string): string | undefined {
  if (!outcome) return undefined;
  let earliest: string | undefined;
  for (const m of outcome.matchAll(DATE_IN_TEXT)) {
    const d = Number(m[1]);
    const mo = Number(m[2] ?? m[4]);
    const y = Number(m[3] ?? m[5]);
    if (!isValidDate(y, mo, d)) continue;
    const iso = toIso(y, mo, d);
    if (iso <= asOf && (earliest === undefined || iso < earliest)) earliest = iso;
  }
  return earliest;
}

/** The reported status judged against the deadline: "in progress" past due is late, "done on time" after due is late. */
export function correctStatus(
  status: StatusCode | null,
  deadline: Deadline | null,
  asOf: string,
  outcome: string | null,
  opts: JudgeOptions = {},
): StatusCode | null {
  if (status === null) return null;
  const done = status === 'DONE_ON_TIME' ? doneDateOf(outcome, asOf) : undefined;
  return expectedStatus(status, deadline, asOf, done, opts);
}
