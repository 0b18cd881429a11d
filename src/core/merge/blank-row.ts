import type { Finding } from '../model/finding';
import type { TaskRow, TaskTable } from '../model/task';

/**
 * A row that reports nothing: no status, outcome, difficulties or proposals.
 * A template lists every task of the agency (of the whole collective, in a
 * collective's shared template); the rows it leaves blank are no report on
 * their tasks.
 */
export function isBlankReportRow(row: TaskRow): boolean {
  const empty = (s: string | null | undefined) => !s || s.trim() === '';
  return (
    empty(row.raw.status) &&
    empty(row.outcome) &&
    empty(row.raw.outcome) &&
    empty(row.raw.issues) &&
    empty(row.raw.proposals)
  );
}

/**
 * A report's own findings that, on a blank row, only restate that nothing was
 * reported: "no status given", and "overdue" judged as if the row were a report.
 */
const SAYS_NOTHING_REPORTED: ReadonlySet<string> = new Set(['E_STATUS_EMPTY', 'W_OVERDUE']);

/** Whether a report's finding only says one of its blank rows is blank (not listed: a blank row is no error). */
export function blankRowFinding(tables: readonly TaskTable[]): (f: Finding) => boolean {
  // Made at the first such finding: most reports have none.
  let blank: Set<string> | null = null;
  return (f) => {
    if (!SAYS_NOTHING_REPORTED.has(f.code)) return false;
    blank ??= new Set(
      tables.flatMap((t) => t.tasks.filter(isBlankReportRow).map((r) => `${t.sheet}\u0000${r.row}`)),
    );
    return blank.has(`${f.sheet}\u0000${f.row}`);
  };
}
