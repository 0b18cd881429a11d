import type { TaskRow } from '../model/task';

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
