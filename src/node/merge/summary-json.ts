/** The `merge --json` document (CONTRACT.md, schemaVersion 1); fields beyond the contract's are additions. */
import { STATUS_CODES } from '../../core/status';
import type { MergedStatus } from '../../core/merge';
import { t, type Lang } from '../../core/messages';
import type { MergeRun, Reason } from './types';
import { issueJson } from '../format/validate-json';

const ORDER: readonly MergedStatus[] = [...STATUS_CODES, 'NO_REPORT'];

/**
 * The contract knows the eight statuses and NO_REPORT: a lead's row with no
 * valid status (the report workbook tells it apart) is NO_REPORT here.
 */
function contractStatus<S extends MergedStatus | null>(status: S): S | 'NO_REPORT' {
  return status === 'STATUS_MISSING' ? 'NO_REPORT' : status;
}

/** Counts in display order, zeros left out. */
function ordered(counts: Partial<Record<MergedStatus, number>>): Partial<Record<MergedStatus, number>> {
  const folded: Partial<Record<MergedStatus, number>> = {};
  for (const [s, n] of Object.entries(counts) as [MergedStatus, number][]) {
    const key = contractStatus(s);
    folded[key] = (folded[key] ?? 0) + n;
  }
  return Object.fromEntries(ORDER.filter((s) => folded[s]).map((s) => [s, folded[s]]));
}

export function renderReason(r: Reason | null, lang: Lang): string | null {
  return r ? t(r.id, r.data, lang) : null;
}

export function mergeJson(run: MergeRun, output: string, lang: Lang) {
  const c = run.consolidation;
  const count = (status: string) => run.inputs.filter((i) => i.status === status).length;
  const severities = (s: string) => run.issues.filter((f) => f.severity === s).length;
  return {
    schemaVersion: 1,
    asOf: run.asOf,
    plan: run.plan
      ? {
          path: run.plan.path,
          tasks: run.plan.plan.tasks.length,
          sha256: run.plan.sha256,
          number: run.plan.info.number,
        }
      : null,
    output,
    inputs: run.inputs.map((i) => ({
      path: i.path,
      status: i.status,
      agency: i.agency,
      agencySource: i.via,
      sha256: i.sha256,
      format: i.format,
      sheets: i.sheets,
      rowsRead: i.rowsRead,
      rowsMerged: i.rowsMerged,
      rowsRejected: i.rowsRejected,
      reason: renderReason(i.reason, lang),
      reasonCode: i.reasonCode,
    })),
    tasks: c.tasks.map((task) => ({
      id: task.id,
      stt: task.stt,
      group: task.group,
      task: task.task,
      lead: task.lead,
      partners: task.partners,
      deadline: task.deadline
        ? {
            text: task.deadline.text,
            kind: task.deadline.kind,
            start: task.deadline.start,
            due: task.deadline.due,
            every: task.deadline.every,
          }
        : null,
      due: task.due,
      status: contractStatus(task.status),
      overdue: task.overdue,
      reports: task.reports.map((r) => ({
        agency: r.agency,
        role: r.role,
        status: contractStatus(r.status),
        reportedStatus: r.reported,
        statusText: r.statusText,
        outcome: r.outcome,
        issues: r.issues,
        proposals: r.proposals,
        match: r.match,
        source: r.source,
      })),
      issues: task.issues,
    })),
    rejected: c.rejected.map((r) => ({
      path: r.path,
      sheet: r.sheet,
      row: r.row,
      ...(r.cell === undefined ? {} : { cell: r.cell }),
      code: r.code,
      reason: t(r.messageId, r.data, lang),
      task: r.task,
      agency: r.agency,
    })),
    missingAgencies: c.missingAgencies,
    unreported: c.unreported,
    agencies: c.agencies.map((a) => ({ ...a, byStatus: ordered(a.byStatus) })),
    issues: run.issues.map((f) => ({ path: f.path, ...issueJson(f, lang) })),
    totals: {
      tasks: c.totals.tasks,
      byStatus: ordered(c.totals.byStatus),
      overdue: c.totals.overdue,
      rowsRead: c.totals.rowsRead,
      rowsMerged: c.totals.rowsMerged,
      rowsRejected: c.totals.rowsRejected,
      files: { merged: count('merged'), skipped: count('skipped'), unreadable: count('unreadable') },
      agencies: {
        expected: c.totals.agenciesExpected,
        reported: c.totals.agenciesReported,
        missing: c.totals.agenciesMissing,
      },
      issues: { errors: severities('error'), warnings: severities('warning'), infos: severities('info') },
    },
  };
}

/** The document's type, for scripts and tests that read it back. */
export type MergeJson = ReturnType<typeof mergeJson>;
