/** "Chi tiết nhiệm vụ" (one row per task) and "Quá hạn" (the overdue ones). */
import type { MergedTask, TaskReport } from '../../core/merge';
import type { MergeRun } from '../merge/types';
import { cellLines } from '../write/excel-text';
import type { Column, Table, Value } from './layout';
import { dateValue, daysBetween, each, m, once, perAgency, sourceText, statusLabel } from './text';

const col = (id: string, width: number, kind?: Column['kind']): Column => ({ header: m(id), width, kind });

const leads = (t: MergedTask) => t.reports.filter((r) => r.role === 'lead');
function* partners(t: MergedTask): Iterable<TaskReport> {
  for (const r of t.reports) if (r.role === 'partner') yield r;
}
const sources = (reports: readonly TaskReport[]) =>
  cellLines(once(each(reports, (r) => sourceText(r.source))));
/**
 * A report's status as written: its label, the agency's own words quoted when they name no status, or
 * "no status given" (never blank: the row did report something).
 */
const reportedLabel = (r: TaskReport) =>
  r.reported === null && r.statusText
    ? m('report.statusNotRecognised', { text: r.statusText })
    : statusLabel(r.reported ?? 'STATUS_MISSING');
const contribution = (r: TaskReport) =>
  r.outcome?.trim()
    ? m('report.contribution', { agency: r.agency ?? '?', status: reportedLabel(r), outcome: r.outcome })
    : m('report.contributionStatusOnly', { agency: r.agency ?? '?', status: reportedLabel(r) });

/** What the agencies wrote of a field (difficulties, proposals), each with its agency when several reported. */
function written(reports: readonly TaskReport[], field: 'issues' | 'proposals'): string | null {
  const said = reports.filter((r) => r[field]?.trim());
  if (said.length === 0) return null;
  if (reports.length === 1) return said[0][field]!.trim();
  return cellLines(each(said, (r) => `${r.agency ?? '?'}: ${r[field]!.trim()}`));
}

/** Group heading rows where the plan's group changes, then the task rows. */
function withGroups(
  tasks: readonly MergedTask[],
  row: (t: MergedTask) => Value[],
): { rows: Value[][]; headings: Set<number> } {
  const rows: Value[][] = [];
  const headings = new Set<number>();
  let group: string | null = null;
  for (const task of tasks) {
    if (task.group && task.group !== group) {
      headings.add(rows.length);
      rows.push([null, task.group]);
    }
    group = task.group;
    rows.push(row(task));
  }
  return { rows, headings };
}

export function detailTable(run: MergeRun): Table {
  const tasks = run.consolidation.tasks;
  if (run.consolidation.mode === 'concat') {
    return {
      columns: [
        col('report.col.stt', 6, 'center'),
        col('report.col.task', 50),
        col('report.col.lead', 24),
        col('report.col.partners', 28),
        col('report.col.deadline', 16, 'center'),
        col('report.col.due', 12, 'date'),
        col('report.col.reporter', 24),
        col('report.col.reportedStatus', 20),
        col('report.col.outcome', 40),
        col('report.col.issues', 30),
        col('report.col.proposals', 30),
        col('report.col.status', 20),
        col('report.col.overdue', 9, 'center'),
        col('report.col.duplicate', 9, 'center'),
        col('report.col.source', 30),
      ],
      rows: tasks.map((t) => {
        const r = t.reports[0];
        return [
          t.stt,
          t.task,
          t.lead.join('\n'),
          t.partners.join('\n'),
          t.deadline?.text ?? null,
          dateValue(t.due),
          r.agency,
          reportedLabel(r),
          r.outcome,
          written([r], 'issues'),
          written([r], 'proposals'),
          statusLabel(t.status),
          t.overdue ? m('report.overdueMark') : null,
          t.issues.includes('W_TASK_DUPLICATE') ? m('report.duplicateMark') : null,
          sourceText(r.source),
        ];
      }),
    };
  }
  const { rows, headings } = withGroups(tasks, (t) => [
    t.stt,
    t.task,
    t.lead.join('\n'),
    t.partners.join('\n'),
    t.deadline?.text ?? null,
    dateValue(t.due),
    leads(t).length ? perAgency(leads(t), reportedLabel) : null,
    leads(t).length ? perAgency(leads(t), (r) => r.outcome ?? '') : null,
    cellLines(each(partners(t), contribution)) || null,
    written(t.reports, 'issues'),
    written(t.reports, 'proposals'),
    statusLabel(t.status),
    t.overdue ? m('report.overdueMark') : null,
    sources(t.reports) || null,
  ]);
  return {
    columns: [
      col('report.col.stt', 6, 'center'),
      col('report.col.task', 50),
      col('report.col.lead', 24),
      col('report.col.partners', 28),
      col('report.col.deadline', 16, 'center'),
      col('report.col.due', 12, 'date'),
      col('report.col.leadStatus', 22),
      col('report.col.leadOutcome', 40),
      col('report.col.partnerOutcome', 40),
      col('report.col.issues', 30),
      col('report.col.proposals', 30),
      col('report.col.status', 20),
      col('report.col.overdue', 9, 'center'),
      col('report.col.source', 30),
    ],
    rows,
    headings,
  };
}

export function overdueTable(run: MergeRun): Table {
  const tasks = run.consolidation.tasks.filter((t) => t.overdue);
  return {
    columns: [
      col('report.col.stt', 6, 'center'),
      col('report.col.task', 50),
      col('report.col.lead', 24),
      col('report.col.deadline', 16, 'center'),
      col('report.col.due', 12, 'date'),
      col('report.col.daysLate', 10, 'number'),
      col('report.col.status', 20),
      col('report.col.outcome', 40),
      col('report.col.source', 30),
    ],
    rows: tasks.map((t) => {
      const own = run.consolidation.mode === 'plan' ? leads(t) : t.reports;
      return [
        t.stt,
        t.task,
        t.lead.join('\n'),
        t.deadline?.text ?? null,
        dateValue(t.due),
        t.due ? daysBetween(t.due, run.asOf) : null,
        statusLabel(t.status),
        own.length ? perAgency(own, (r) => r.outcome ?? '') : null,
        sources(own) || null,
      ];
    }),
  };
}
