/**
 * Judging a task's deadline and status at an as-of date (DOMAIN.md §3, §4;
 * CONTRACT.md "merge"). Dates are ISO strings, validated at the edge.
 */
import type { Deadline, StatusCode } from '../model/task';
import { daysInMonth, splitIso, toIso } from './dates';
import { memoize } from '../memo';
import { saysNotYetDue } from '../status/parse';
import { saysBeforeDay } from './normalize';
import { cycleMonths, firstCycleIn, parseDeadline } from './parse';

export interface JudgeOptions {
  /**
   * "Trước ngày X": whether X itself is still on time. Default true (on X the
   * task is not yet late); false makes X already late. Only deadlines worded
   * "trước ngày" are affected: a bare date is always on time on its day.
   */
  beforeDateInclusive?: boolean;
  /**
   * The plan's first year (VIETNAMESE.md §5: "N năm/lần" needs an anchor
   * year, the plan's start year unless stated). A recurring deadline read
   * without one has its cycles counted from 1 January of this year. Without
   * it, cycles that fit a calendar year (yearly, quarterly, monthly …) are
   * counted from the as-of year, and longer ones ("5 năm/lần") cannot be
   * placed: they have no due date.
   */
  anchorYear?: number;
}

/** The same day n months later; a month's last day stays its last day (31/03 + 3 months → 30/06). */
function shiftMonths(iso: string, n: number): string {
  const [y, m, d] = splitIso(iso) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const day = d === daysInMonth(y, m) ? daysInMonth(ny, nm) : Math.min(d, daysInMonth(ny, nm));
  return toIso(ny, nm, day);
}

// Every row of a task, in every report, asks again about the same few deadline texts: each read once a year
// (a memory per year, keyed by the text itself: a key joined with the year would be hashed at every look-up).
const anchoredIn = new Map<number, (text: string) => Readonly<Deadline>>();

function anchoredAgain(text: string, year: number): Readonly<Deadline> {
  let read = anchoredIn.get(year);
  if (!read) anchoredIn.set(year, (read = memoize((t) => parseDeadline(t, { anchorYear: year }), 10_000)));
  return read(text);
}

/**
 * The first cycle of a recurring deadline. One read without an anchor year
 * of its own ("5 năm/lần, từ năm 2027" has one) is anchored at the plan's
 * first year when given, else at the as-of year when its cycles fit a
 * calendar year; it is re-read from its text, so "trước ngày 10/12 hằng
 * năm" keeps its day. "5 năm/lần" with no anchor at all cannot be placed.
 */
function firstCycle(
  d: Deadline,
  months: number,
  asOfYear: number,
  anchorYear: number | undefined,
): { start: string; due: string } | null {
  if (d.start && d.due) return { start: d.start, due: d.due };
  const year = anchorYear ?? (12 % months === 0 ? asOfYear : null);
  if (year === null) return null;
  const again = anchoredAgain(d.text, year);
  if (again.kind === 'recurring' && again.every === d.every && again.start && again.due) {
    return { start: again.start, due: again.due };
  }
  return firstCycleIn(months, year);
}

/**
 * The due date that applies at asOf:
 * - date, period, until: their due date;
 * - recurring: the due date of the cycle asOf falls in (this year's 10/12 for
 *   "trước ngày 10/12 hằng năm", 31/12 of asOf's year for "Hằng năm", the end
 *   of asOf's quarter for "Hằng quý"); before the first cycle, the first one;
 * - continuous, unparsed, "Định kỳ" without a frequency: null.
 */
export function dueAsOf(deadline: Deadline | null, asOf: string, opts: JudgeOptions = {}): string | null {
  if (!deadline) return null;
  if (deadline.kind === 'continuous' || deadline.kind === 'unparsed') return null;
  if (deadline.kind !== 'recurring') return deadline.due;
  const months = cycleMonths(deadline.every);
  const at = splitIso(asOf);
  if (months === null || !at) return null;
  const first = firstCycle(deadline, months, at[0], opts.anchorYear);
  const start = first ? splitIso(first.start) : null;
  if (!first || !start) return null;
  const elapsed = (at[0] - start[0]) * 12 + (at[1] - start[1]);
  const cycle = Math.max(0, Math.floor(elapsed / months));
  return shiftMonths(first.due, cycle * months);
}

/** Whether `date` is past the deadline's due date, regardless of status. */
function pastDue(deadline: Deadline | null, date: string, opts: JudgeOptions): boolean {
  const due = dueAsOf(deadline, date, opts);
  if (due === null || deadline === null) return false;
  const dayIsLate = opts.beforeDateInclusive === false && saysBeforeDay(deadline.text);
  return dayIsLate ? date >= due : date > due;
}

/** Statuses that can never be overdue: the work is done, or no longer expected. */
const SETTLED: ReadonlySet<StatusCode> = new Set<StatusCode>([
  'DONE_ON_TIME',
  'DONE_LATE',
  'DONE_THIS_PERIOD',
  'SUSPENDED',
  'CANCELLED',
]);

/**
 * Due before asOf and not done. A task with no report (status null) can be
 * overdue; continuous tasks never are (they are judged per reporting period).
 */
export function isOverdue(
  deadline: Deadline | null,
  asOf: string,
  status: StatusCode | null,
  opts: JudgeOptions = {},
): boolean {
  if (status !== null && SETTLED.has(status)) return false;
  return pastDue(deadline, asOf, opts);
}

/**
 * The status the reported one should be, given the deadline and asOf:
 * - IN_PROGRESS past due → IN_PROGRESS_LATE;
 * - IN_PROGRESS_LATE with a due date not yet reached → IN_PROGRESS (without a
 *   due date, "Chậm tiến độ" may mean behind schedule, so it stays);
 * - DONE_ON_TIME stays unless a completion date after the due date is given → DONE_LATE;
 * - NOT_STARTED stays even past due (`isOverdue` reports that), and so do
 *   DONE_LATE (an agency admitting lateness is not contradicted), DONE_THIS_PERIOD,
 *   SUSPENDED and CANCELLED.
 */
export function expectedStatus(
  status: StatusCode,
  deadline: Deadline | null,
  asOf: string,
  doneDate?: string,
  opts: JudgeOptions = {},
): StatusCode {
  switch (status) {
    case 'IN_PROGRESS':
      return pastDue(deadline, asOf, opts) ? 'IN_PROGRESS_LATE' : status;
    case 'IN_PROGRESS_LATE':
      return dueAsOf(deadline, asOf, opts) !== null && !pastDue(deadline, asOf, opts)
        ? 'IN_PROGRESS'
        : status;
    case 'DONE_ON_TIME':
      return doneDate !== undefined && pastDue(deadline, doneDate, opts) ? 'DONE_LATE' : status;
    default:
      return status;
  }
}

/**
 * The agency says the task is not yet due ("Chưa đến hạn", "Chưa đến kỳ",
 * "Chưa đến thời hạn", read as NOT_STARTED) but at asOf its due date has
 * passed: the calendar says it is overdue. A task with no due date at asOf
 * (continuous, on demand, "5 năm/lần" not placed) or whose current cycle
 * has not ended is not contradicted.
 */
export function deniesDueDate(
  statusText: string | null | undefined,
  status: StatusCode | null,
  deadline: Deadline | null,
  asOf: string,
  opts: JudgeOptions = {},
): boolean {
  if (status !== 'NOT_STARTED' || !statusText || !saysNotYetDue(statusText)) return false;
  return pastDue(deadline, asOf, opts);
}
