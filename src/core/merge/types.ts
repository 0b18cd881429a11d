/**
 * The consolidation's data: what goes in (a plan, the agencies' tables) and
 * what comes out (one row per plan task with every agency's report, the
 * rejected rows, the row accounting, the missing agencies). Plain data, so the
 * JSON summary, the report workbook and the task pane render the same thing.
 */
import type { Finding } from '../model/finding';
import type { Deadline, StatusCode, TaskTable } from '../model/task';
import type { MessageData } from '../messages';

/**
 * A task's consolidated status: the lead's (corrected); NO_REPORT when no lead
 * reported on it (a template row left blank is no report); STATUS_MISSING when
 * a lead reported on it (an outcome, difficulties …) without a valid status.
 */
export type MergedStatus = StatusCode | 'NO_REPORT' | 'STATUS_MISSING';

/** How a workbook's reporting agency was found, in the order they are tried. */
export type AgencyVia = 'metadata' | 'heading' | 'issuer' | 'file-name' | 'lead-column';

export interface ReportingAgency {
  /** Canonical name (or the name as the workbook states it); null when unknown. */
  name: string | null;
  via: AgencyVia | null;
  /** Another agency the file's reporter line names, when it is not the template's (W_REPORTER_CONFLICT). */
  stated?: string;
  /** Where `stated` is written when not on the reporter line: the file's name, overruled by the document's heading. */
  statedIn?: 'file-name';
}

/** What `phuluc template` wrote in the workbook's hidden "_phuluc" sheet. */
export interface TemplateMetadata {
  agency: string | null;
  planFingerprint: string | null;
  templateVersion: string | null;
  province: string | null;
}

/** One readable input, as the merge needs it. */
export interface MergeInput {
  /** The path shown to users and written to JSON. */
  path: string;
  agency: ReportingAgency;
  tables: TaskTable[];
  /** The file's own findings (from the engine), without a path. */
  findings: Finding[];
  template?: TemplateMetadata | null;
}

export interface PlanTask {
  id: string;
  stt: string | null;
  group: string | null;
  task: string;
  lead: readonly string[];
  partners: readonly string[];
  result: string;
  deadline: Deadline | null;
  sheet: string;
  row: number;
  /** Address of the deadline cell, for findings on the plan. */
  deadlineCell: string | null;
}

export interface Plan {
  path: string;
  tasks: PlanTask[];
  fingerprint: string;
  /** The plan workbook's own findings, listed with the inputs'. */
  findings?: Finding[];
  /**
   * The year of the plan's date ("… ngày 04 tháng 3 năm 2026"), where "N năm/lần"
   * counts its periods from (VIETNAMESE.md §5); absent when the plan gives none.
   */
  startYear?: number;
}

export interface SourceRef {
  path: string;
  sheet: string;
  row: number;
  /**
   * The row's task cell ("K7"), only when the row alone does not tell its table: another table of the sheet
   * stands beside it on the same rows.
   */
  cell?: string;
}

export interface TaskReport {
  agency: string | null;
  role: 'lead' | 'partner';
  /** The status as reported, corrected against the due date and the as-of date. */
  status: StatusCode | null;
  /** The status as the agency wrote it (parsed), before correction. */
  reported: StatusCode | null;
  /** The status cell's text as the agency wrote it (trimmed; null when empty), quoted when it names no status. */
  statusText: string | null;
  outcome: string | null;
  issues: string | null;
  proposals: string | null;
  /** How the row was tied to its task: the hidden id, the text, or (without a plan) the row itself. */
  match: 'id' | 'text' | 'row';
  /** Where the row is (made when asked for: see ./row-report.ts). */
  readonly source: SourceRef;
}

export interface MergedTask {
  id: string;
  stt: string | null;
  group: string | null;
  task: string;
  lead: readonly string[];
  partners: readonly string[];
  result: string;
  deadline: Deadline | null;
  /** The due date that applies at the as-of date (null: continuous or unknown). */
  due: string | null;
  status: MergedStatus;
  overdue: boolean;
  reports: TaskReport[];
  /** Codes of the merge's findings about this task (W_OVERDUE, W_TASK_DUPLICATE …). */
  issues: string[];
}

export interface RejectedRow {
  path: string;
  sheet: string;
  row: number;
  /** As `SourceRef.cell`: only when a table beside the row's own shares its rows. */
  cell?: string;
  code: string;
  messageId: string;
  data: MessageData;
  task: string;
  agency: string | null;
}

/**
 * Row accounting for one input: rowsRead = rowsMerged + rowsRejected. A row
 * left blank (no status, outcome, difficulties or proposals: a template row
 * the agency did not fill) is read and merged, as "nothing reported": it is
 * no contribution and no error; with a plan it is tied to its task, without
 * one it is no task of the report. rowsBlank counts them, within rowsMerged.
 */
export interface RowAccount {
  path: string;
  rowsRead: number;
  rowsMerged: number;
  rowsRejected: number;
  rowsBlank?: number;
}

/** A finding with the input it belongs to (null: the merge as a whole). */
export type MergeFinding = Finding & { path: string | null };

/**
 * A plan task assigned to an agency with no report from it on that task;
 * without a plan, a task row the agency's report left blank.
 */
export interface Unreported {
  agency: string;
  role: 'lead' | 'partner';
  taskId: string;
  stt: string | null;
  task: string;
  /** True when the agency sent no readable file at all. */
  agencyMissing: boolean;
  /** True when its report has the task's row but left it blank. */
  leftBlank?: boolean;
}

/** One line of the per-agency table. */
export interface AgencySummary {
  agency: string;
  /** Tasks naming the agency as lead / as partner. */
  led: number;
  supported: number;
  /** The agency is one the plan expects a report from (provincial, named). */
  expected: boolean;
  /** Readable files that came from the agency. */
  files: string[];
  /** Statuses of the agency's own reports on the tasks it leads (NO_REPORT: none). */
  byStatus: Partial<Record<MergedStatus, number>>;
  /** Tasks it leads that are done (on time, late or this period). */
  done: number;
  /** Tasks it leads that are overdue. */
  overdue: number;
  /** Assigned tasks (lead or partner) it did not report on. */
  unreported: number;
}

export interface Totals {
  tasks: number;
  byStatus: Partial<Record<MergedStatus, number>>;
  overdue: number;
  rowsRead: number;
  rowsMerged: number;
  rowsRejected: number;
  agenciesExpected: number;
  agenciesReported: number;
  agenciesMissing: number;
}

export interface Consolidation {
  mode: 'plan' | 'concat';
  tasks: MergedTask[];
  rejected: RejectedRow[];
  /** One per input, in input order. */
  accounts: RowAccount[];
  findings: MergeFinding[];
  missingAgencies: string[];
  unreported: Unreported[];
  agencies: AgencySummary[];
  totals: Totals;
}
