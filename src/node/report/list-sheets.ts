/** "Chưa báo cáo", "Lỗi dữ liệu" and "Nguồn dữ liệu": lists, one row per item. */
import { findingMessage } from '../../core/messages';
import type { MergeRun } from '../merge/types';
import { renderReason } from '../merge/summary-json';
import type { Column, Table, Value } from './layout';
import { m } from './text';

const col = (id: string, width: number, kind?: Column['kind']): Column => ({ header: m(id), width, kind });
const collator = new Intl.Collator('vi');

/** Assigned tasks nobody reported on: agencies that sent nothing, reports that left a task out, tasks no lead reported on. */
export function unreportedTable(run: MergeRun): Table {
  const c = run.consolidation;
  const order = new Map(c.tasks.map((t, i) => [t.id, i]));
  const items = c.unreported.map((u) => ({
    agency: u.agency,
    role: m(`merge.role.${u.role}`),
    stt: u.stt,
    task: u.task,
    at: order.get(u.taskId) ?? 0,
    situation: m(
      u.agencyMissing
        ? 'report.unreported.agencyMissing'
        : u.leftBlank
          ? 'report.unreported.leftBlank'
          : 'report.unreported.notMentioned',
    ),
  }));
  const listed = new Set(c.unreported.filter((u) => u.role === 'lead').map((u) => u.taskId));
  c.tasks.forEach((t, at) => {
    if (t.status !== 'NO_REPORT' || listed.has(t.id)) return;
    items.push({
      agency: t.lead.join('; '),
      role: m('merge.role.lead'),
      stt: t.stt,
      task: t.task,
      at,
      situation: m('report.unreported.noLeadReport'),
    });
  });
  items.sort((a, b) => collator.compare(a.agency, b.agency) || a.at - b.at);
  return {
    columns: [
      col('report.col.agency', 32),
      col('report.col.role', 10, 'center'),
      col('report.col.stt', 6, 'center'),
      col('report.col.task', 60),
      col('report.col.situation', 30),
    ],
    rows: items.map((i) => [i.agency, i.role, i.stt, i.task, i.situation]),
  };
}

export function issuesTable(run: MergeRun): Table {
  return {
    columns: [
      col('report.col.file', 30),
      col('report.col.sheet', 14),
      col('report.col.cell', 7, 'center'),
      col('report.col.code', 24),
      col('report.col.severity', 10, 'center'),
      col('report.col.message', 70),
      col('report.col.suggestion', 30),
    ],
    rows: run.issues.map((f) => [
      f.path,
      f.sheet,
      f.cell ?? (f.row !== null ? String(f.row) : null),
      f.code,
      m(`severity.${f.severity}`),
      findingMessage(f, 'vi'),
      f.suggestion ?? null,
    ]),
  };
}

export function sourcesTable(run: MergeRun): Table {
  const rejected = new Map<string, string[]>();
  for (const a of run.consolidation.accounts) {
    if (a.rowsBlank) rejected.set(a.path, [m('report.rowsBlank', { count: a.rowsBlank })]);
  }
  for (const r of run.consolidation.rejected) {
    const reason = m(r.messageId, r.data);
    const line =
      r.cell === undefined
        ? m('report.rowRejected', { row: r.row, sheet: r.sheet, reason })
        : m('report.rowRejectedCell', { row: r.row, cell: r.cell, sheet: r.sheet, reason });
    rejected.set(r.path, [...(rejected.get(r.path) ?? []), line]);
  }
  const rows: Value[][] = run.inputs.map((i, k) => [
    k + 1,
    i.path,
    i.sha256,
    m(`merge.input.${i.status}`),
    i.agency,
    i.via ? m(`merge.via.${i.via}`) : null,
    i.sheets.join('\n') || null,
    i.rowsRead,
    i.rowsMerged,
    i.rowsRejected,
    [renderReason(i.reason, 'vi'), ...(rejected.get(i.path) ?? [])].filter(Boolean).join('\n') || null,
  ]);
  const sum = (key: 'rowsRead' | 'rowsMerged' | 'rowsRejected') => run.inputs.reduce((n, i) => n + i[key], 0);
  rows.push([
    null,
    m('report.total'),
    null,
    null,
    null,
    null,
    null,
    sum('rowsRead'),
    sum('rowsMerged'),
    sum('rowsRejected'),
    null,
  ]);
  return {
    columns: [
      col('report.col.stt', 6, 'center'),
      col('report.col.file', 36),
      col('report.col.sha256', 24),
      col('report.col.inputStatus', 14, 'center'),
      col('report.col.reporter', 28),
      col('report.col.via', 18),
      col('report.col.sheet', 14),
      col('report.col.rowsRead', 9, 'number'),
      col('report.col.rowsMerged', 9, 'number'),
      col('report.col.rowsRejected', 9, 'number'),
      col('report.col.reason', 50),
    ],
    rows,
    bold: new Set([rows.length - 1]),
    totalRow: true,
  };
}
