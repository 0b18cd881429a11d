/** The task table found in a sheet, in the engine's terms. */

export type Field =
  | 'stt'
  | 'task'
  | 'lead'
  | 'partners'
  | 'result'
  | 'deadline'
  | 'note'
  | 'status'
  | 'outcome'
  | 'issues'
  | 'proposals'
  | 'taskId';

export type DeadlineKind = 'date' | 'period' | 'until' | 'recurring' | 'continuous' | 'unparsed';

export interface Deadline {
  /** The text as written (a date cell is shown as dd/mm/yyyy). */
  text: string;
  kind: DeadlineKind;
  /** ISO dates (YYYY-MM-DD) or null. */
  start: string | null;
  due: string | null;
  /** Recurrence like "1y", "2y", "3m", "1q"; null when not recurring. */
  every: string | null;
  /** Why this reading is doubtful (conditional, ambiguous, frequency unknown), for a finding. */
  doubt?: 'conditional' | 'ambiguous' | 'frequency-unknown' | 'on-demand';
}

export type StatusCode =
  | 'DONE_ON_TIME'
  | 'DONE_LATE'
  | 'IN_PROGRESS'
  | 'IN_PROGRESS_LATE'
  | 'NOT_STARTED'
  | 'DONE_THIS_PERIOD'
  | 'SUSPENDED'
  | 'CANCELLED';

export interface TaskRow {
  /** 1-based sheet row, as Excel shows it. */
  row: number;
  stt: string | null;
  /** The heading of the group ("I. NHÓM GIẢI PHÁP …") the row sits under, or null. */
  group: string | null;
  /** Cleaned text of each field as read (NFC, legacy text converted, spaces collapsed). */
  raw: Partial<Record<Field, string>>;
  task: string;
  /** Canonical agency names where the registry resolves them, else cleaned text. */
  lead: readonly string[];
  partners: readonly string[];
  result: string;
  deadline: Deadline | null;
  status: StatusCode | null;
  outcome: string | null;
  /** Hidden task id written by `phuluc template`, when present. */
  taskId?: string | null;
  /**
   * A field's cell as stored, before any decoding or cleaning, with its legacy encoding if any: the text
   * rules read these. Only where the reading changed something (a legacy font, spacing, NFD, several
   * sub-rows joined); a field read exactly as stored is its `raw` text, and keeping it twice for every
   * cell of a large table cost a fifth of validation's time in garbage collection.
   */
  source: Partial<
    Record<Field, { text: string; encoding: 'tcvn3' | 'vni' | null; font?: string; decoded?: string }>
  >;
  /**
   * Rows (1-based) of the fields whose cell is not on the task's own row: a task merged over sub-rows whose
   * first filled cell of a field is further down, or a cell merged down from a row above. Absent when every
   * field's cell is on `row` (nearly always): `cellOf` gives any field's address ("C7").
   */
  cellRows?: Partial<Record<Field, number>>;
  /** True when the row is hidden in the sheet. */
  hidden?: boolean;
  /**
   * Fields whose cell holds a formula with no stored result that phuluc could not compute (see
   * core/table/formula-values.ts), with the formula's text: the cell is not known to be empty.
   */
  noValue?: Partial<Record<Field, string>>;
}

/**
 * The address ("C7") of a field's cell in a task row of `table`, or null when the table has no such
 * column. Computed, not stored: six addresses kept for every row were a third of what a large table kept.
 */
export function cellOf(
  table: Pick<TaskTable, 'columns'>,
  row: Pick<TaskRow, 'row' | 'cellRows'>,
  field: Field,
): string | null {
  const letter = table.columns[field];
  return letter === undefined ? null : `${letter}${row.cellRows?.[field] ?? row.row}`;
}

/** `TaskRow.source` of a row read exactly as stored: one frozen object shared by all such rows. */
export const NO_SOURCE: TaskRow['source'] = Object.freeze({});

export interface TaskTable {
  sheet: string;
  kind: 'plan' | 'report';
  /** 1-based rows. headerRow is the last header row when the header spans two rows. */
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Field → column letter. */
  columns: Partial<Record<Field, string>>;
  tasks: TaskRow[];
}
