/**
 * The short summary printed at the end of a merge: files and rows, tasks by
 * status, overdue tasks, agencies that sent nothing, files that could not
 * be read, and where the report is.
 */
import { STATUS_CODES } from '../../core/status';
import type { MergedStatus } from '../../core/merge';
import { t, type Lang, type MessageData } from '../../core/messages';
import { renderReason } from './summary-json';
import type { MergeRun } from './types';

const ORDER: readonly MergedStatus[] = [...STATUS_CODES, 'NO_REPORT', 'STATUS_MISSING'];
/** Overdue tasks named one by one up to this many; the report lists them all. */
const LIST_LIMIT = 10;

function listed(items: string[]): string {
  return items.length > LIST_LIMIT ? `${items.slice(0, LIST_LIMIT).join('; ')}; …` : items.join('; ');
}

function shortTask(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export function mergeText(run: MergeRun, where: { report: string; json: string | null }, lang: Lang): string {
  const c = run.consolidation;
  const m = (id: string, data: MessageData = {}) => t(id, data, lang);
  const count = (status: string) => run.inputs.filter((i) => i.status === status).length;
  const lines = [
    m('merge.summary.files', {
      files: run.inputs.length,
      merged: count('merged'),
      skipped: count('skipped'),
      unreadable: count('unreadable'),
    }),
    m('merge.summary.rows', {
      read: c.totals.rowsRead,
      merged: c.totals.rowsMerged,
      rejected: c.totals.rowsRejected,
    }),
  ];
  const statuses = ORDER.filter((s) => c.totals.byStatus[s]).map((s) =>
    m('merge.summary.status', {
      count: c.totals.byStatus[s] ?? 0,
      label: m(`merge.status.${s}`).toLowerCase(),
    }),
  );
  lines.push(
    c.totals.tasks
      ? m('merge.summary.tasks', { tasks: c.totals.tasks, statuses: statuses.join(', ') })
      : m('merge.summary.noTasks'),
  );
  const overdue = c.tasks
    .filter((task) => task.overdue)
    .map((task) => `${task.stt ? `${task.stt}. ` : ''}${shortTask(task.task)}`);
  lines.push(
    overdue.length
      ? m('merge.summary.overdue', { count: overdue.length, list: listed(overdue) })
      : m('merge.summary.noOverdue'),
  );
  if (c.mode === 'plan') {
    lines.push(
      c.missingAgencies.length
        ? m('merge.summary.missing', { count: c.missingAgencies.length, list: c.missingAgencies.join('; ') })
        : m('merge.summary.noMissing'),
    );
  }
  for (const i of run.inputs) {
    if (i.status === 'unreadable')
      lines.push(m('merge.summary.unreadable', { path: i.path, reason: renderReason(i.reason, lang) ?? '' }));
    else if (i.status === 'merged' && i.agency === null)
      lines.push(m('merge.summary.unknownReporter', { path: i.path }));
  }
  const errors = run.issues.filter((f) => f.severity === 'error').length;
  const warnings = run.issues.filter((f) => f.severity === 'warning').length;
  if (errors + warnings > 0) lines.push(m('merge.summary.issues', { errors, warnings }));
  lines.push(m('merge.summary.report', { path: where.report }));
  if (where.json) lines.push(m('merge.summary.json', { path: where.json }));
  return lines.join('\n') + '\n';
}
