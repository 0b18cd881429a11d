/**
 * The merge's own findings and rejections. Messages are ids and data, as
 * everywhere in the core; dates in data are shown the Vietnamese way and
 * statuses as references to their labels, rendered in the user's language.
 */
import { copyWith } from '../copy-with';
import { formatDateVi } from '../deadline/dates';
import type { Finding, Severity } from '../model/finding';
import type { Field, TaskRow } from '../model/task';
import type { MergedStatus, MergeFinding, PlanTask, RejectedRow, ReportingAgency } from './types';
import { messageRef, type MessageData, type MessageRef } from '../messages';

/** Findings the engine raises per file against the report's own deadline; with a plan, the merge judges them against the plan. */
const REJUDGED_WITH_PLAN: ReadonlySet<string> = new Set(['W_OVERDUE', 'W_STATUS_INCONSISTENT']);

/**
 * Not a problem in an agency's report: it lists only its own tasks, often
 * under the plan's numbers (4, 6 …), and rows are matched by content.
 */
export const NOT_FOR_REPORTS: ReadonlySet<string> = new Set(['W_STT_SEQUENCE']);

const PLAN_FIELDS: ReadonlySet<Field> = new Set<Field>([
  'stt',
  'task',
  'lead',
  'partners',
  'result',
  'deadline',
  'note',
]);

/**
 * What a report's own findings keep when it is merged against a plan. The
 * plan's columns in a report are read only to find the task: their problems
 * (a collective lead, an empty result, a missing deadline column …) are the
 * plan's, listed once from the plan, not again from every agency. A missing
 * task column stays: without it no row can be matched. Empty task rows are
 * listed with the rows the merge rejects.
 */
export function keptWithPlan(f: Pick<Finding, 'code' | 'field'>): boolean {
  if (REJUDGED_WITH_PLAN.has(f.code) || NOT_FOR_REPORTS.has(f.code)) return false;
  if (f.field === null || !PLAN_FIELDS.has(f.field)) return true;
  return f.code === 'E_COLUMN_MISSING' && f.field === 'task';
}

export function statusRef(code: MergedStatus): MessageRef {
  return messageRef(`merge.status.${code}`);
}

export function mergeFinding(
  code: string,
  severity: Severity,
  where: {
    path: string | null;
    sheet?: string | null;
    row?: number | null;
    cell?: string | null;
    field?: Field | null;
  },
  data: MessageData,
  messageId = `finding.${code}`,
): MergeFinding {
  return {
    code,
    severity,
    path: where.path,
    sheet: where.sheet ?? null,
    cell: where.cell ?? null,
    row: where.row ?? null,
    field: where.field ?? null,
    messageId,
    data,
  };
}

export function withPath(f: Finding, path: string): MergeFinding {
  return copyWith(f, { path });
}

/** A nearest task's text is quoted up to this many characters. */
const NEAREST_QUOTED = 100;

function quoted(text: string): string {
  const t = text.trim();
  return t.length <= NEAREST_QUOTED ? t : `${t.slice(0, NEAREST_QUOTED - 1).trimEnd()}…`;
}

/** A row set aside; a row not in the plan names the plan task nearest to it, when there is one worth checking. */
export function rejection(
  code: 'E_TASK_NOT_IN_PLAN' | 'E_TASK_EMPTY' | 'E_REPORTER_UNKNOWN',
  path: string,
  sheet: string,
  row: TaskRow,
  agency: string | null,
  nearest: PlanTask | null = null,
): RejectedRow {
  let messageId = code === 'E_REPORTER_UNKNOWN' ? 'merge.reject.E_REPORTER_UNKNOWN' : `finding.${code}`;
  const data: MessageData = code === 'E_TASK_EMPTY' ? { row: row.row } : { task: row.task };
  if (code === 'E_TASK_NOT_IN_PLAN' && nearest) {
    messageId = 'finding.E_TASK_NOT_IN_PLAN.nearest';
    data.stt = nearest.stt?.trim() || String(nearest.row);
    data.nearest = quoted(nearest.task);
  }
  return { path, sheet, row: row.row, code, messageId, data, task: row.task, agency };
}

/** The finding a rejected row also is, so "Lỗi dữ liệu" lists it beside the others. */
export function rejectionFinding(r: RejectedRow, cell: string | null): MergeFinding {
  const f = mergeFinding(
    r.code,
    'error',
    { path: r.path, sheet: r.sheet, row: r.row, cell, field: 'task' },
    r.data,
    r.messageId,
  );
  if (r.code === 'E_TASK_NOT_IN_PLAN' && r.data.nearest !== undefined)
    f.suggestion = `${String(r.data.stt)}. ${String(r.data.nearest)}`;
  return f;
}

export function dueText(due: string | null, written: string | undefined): string {
  return due ? formatDateVi(due) : (written ?? '');
}

/** A template's agency and the other agency its reporter line names (ReportingAgency.stated), or null. */
export function reporterConflict(path: string, agency: ReportingAgency): MergeFinding | null {
  if (!agency.stated || agency.name === null) return null;
  return mergeFinding(
    'W_REPORTER_CONFLICT',
    'warning',
    { path },
    { agency: agency.name, stated: agency.stated },
    agency.statedIn === 'file-name'
      ? 'merge.finding.W_REPORTER_CONFLICT.fileName'
      : 'merge.finding.W_REPORTER_CONFLICT',
  );
}
