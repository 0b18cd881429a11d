import type { Finding } from '../model/finding';
import { cellOf, type Field, type TaskRow, type TaskTable } from '../model/task';

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
 * reported: "no status given" (at the status cell), and "overdue" judged as if
 * the row were a report (at the deadline cell).
 */
const SAYS_NOTHING_REPORTED: ReadonlyMap<string, Field> = new Map<string, Field>([
  ['E_STATUS_EMPTY', 'status'],
  ['W_OVERDUE', 'deadline'],
]);
const FIELDS: readonly Field[] = [...new Set(SAYS_NOTHING_REPORTED.values())];

/**
 * Whether a report's finding only says one of its blank rows is blank (not listed: a blank row is no error).
 * Told by the finding's cell, not its row: tables side by side share their rows, and a row left blank in one
 * hides nothing of the other's.
 */
export function blankRowFinding(tables: readonly TaskTable[]): (f: Finding) => boolean {
  // Made at the first such finding: most reports have none.
  let blank: Set<string> | null = null;
  return (f) => {
    if (!SAYS_NOTHING_REPORTED.has(f.code) || f.cell === null) return false;
    if (!blank) {
      blank = new Set();
      for (const t of tables)
        for (const r of t.tasks) {
          if (!isBlankReportRow(r)) continue;
          for (const field of FIELDS) {
            const cell = cellOf(t, r, field);
            if (cell !== null) blank.add(`${t.sheet}\u0000${cell}`);
          }
        }
    }
    return blank.has(`${f.sheet}\u0000${f.cell}`);
  };
}
