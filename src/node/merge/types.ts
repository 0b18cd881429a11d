/**
 * What `phuluc merge` passes between its steps. An InputJob and its
 * FileOutcome are plain, cloneable data: reading one file can run in a
 * worker thread.
 */
import type { AgencyEntry } from '../../core/agency';
import type { Consolidation, MergeFinding, Plan, ReportingAgency, TemplateMetadata } from '../../core/merge';
import type { Finding } from '../../core/model/finding';
import type { WorkbookFormat } from '../../core/model/sheet';
import type { TaskTable } from '../../core/model/task';
import type { PlanInfo } from '../../core/table/read-table';
import type { ReadFailure, SkipReason } from '../read';
import type { MessageData } from '../../core/messages';

/** How to build the agency registry: passed to workers instead of the registry itself. */
export interface RegistrySpec {
  province?: string;
  extra?: AgencyEntry[];
}

/** A file on disk: its device and inode (as bigints: an NTFS file id does not fit a double). */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/** What reading a file needs (./load-input.ts): known before the plan is read. */
export interface LoadJob {
  /** Absolute path. */
  file: string;
  /** The path as shown to the user and written to JSON. */
  display: string;
  /**
   * The plan's file on disk (device and inode): an input that is the same file is listed as skipped
   * without being read (the plan named among the inputs, or a shell glob that takes it too).
   */
  plan?: FileIdentity;
}

/** What reading and checking a file needs. */
export interface InputJob extends LoadJob {
  registry: RegistrySpec;
  asOf: string;
  /** Merged against a plan: decides which of the file's findings the merge lists (core/merge/kept.ts). */
  withPlan: boolean;
}

export type FileOutcome =
  | {
      status: 'read';
      display: string;
      sha256: string;
      format: WorkbookFormat;
      tables: TaskTable[];
      findings: Finding[];
      agency: ReportingAgency;
      template: TemplateMetadata | null;
    }
  | { status: 'skipped'; display: string; sha256: null; reason: SkipReason }
  | {
      status: 'unreadable';
      display: string;
      sha256: string | null;
      code: 'E_FILE_UNREADABLE' | 'E_FILE_ENCRYPTED';
      reason: ReadFailure;
      detail?: string;
    };

/** Told of each file as it is read, with its outcome: in any order, once each. */
export type ReadDone = (job: InputJob, outcome: FileOutcome) => void;

/** A message to render later, in the language asked for. */
export interface Reason {
  id: string;
  data: MessageData;
}

/** One input as the report's "Nguồn dữ liệu" sheet and the JSON list it. */
export interface InputRecord {
  path: string;
  status: 'merged' | 'skipped' | 'unreadable';
  agency: string | null;
  via: ReportingAgency['via'];
  sha256: string | null;
  format: WorkbookFormat | null;
  sheets: string[];
  rowsRead: number;
  rowsMerged: number;
  rowsRejected: number;
  /** Machine reason for skipped and unreadable files ('lock-file', 'truncated' …). */
  reasonCode: string | null;
  reason: Reason | null;
}

export interface PlanRecord {
  path: string;
  sha256: string;
  plan: Plan;
  info: PlanInfo;
}

export interface MergeRun {
  asOf: string;
  province: string | null;
  plan: PlanRecord | null;
  inputs: InputRecord[];
  consolidation: Consolidation;
  /** Every finding: the plan's, each input's (unreadable files included) and the merge's, plan first, then in input order. */
  issues: MergeFinding[];
}
