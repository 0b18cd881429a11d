/**
 * "Tổng hợp": who, what and when on top (province, plan, as-of date), then
 * tasks by status with percentages, the agencies expected / reported /
 * missing, the data merged, and one line per agency with its share of tasks
 * done drawn as a data bar.
 */
import { formatDateVi } from '../../core/deadline/dates';
import type { AgencySummary, MergedStatus } from '../../core/merge';
import { STATUS_CODES } from '../../core/status';
import type { MergeRun } from '../merge/types';
import type { SheetWriter } from '../write/sheet-writer';
import {
  dataBars,
  fitWidths,
  preparePrint,
  writeLine,
  writeTable,
  writeTitles,
  type Column,
  type Table,
  type Value,
} from './layout';
import { m } from './text';

const STATUSES: readonly MergedStatus[] = [...STATUS_CODES, 'NO_REPORT', 'STATUS_MISSING'];
const IN_PROGRESS: readonly MergedStatus[] = ['IN_PROGRESS', 'IN_PROGRESS_LATE'];
const COLUMNS = 10;
const BOLD = { bold: true } as const;

const share = (n: number, of: number): number | null => (of > 0 ? n / of : null);

function titleLines(run: MergeRun): string[] {
  const lines = [m('report.title')];
  const province = run.plan?.info.province ?? run.province;
  if (province) lines.push(m('report.province', { province }));
  if (run.plan) {
    const number = run.plan.info.number
      ? ` — ${m('report.planNumber', { number: run.plan.info.number })}`
      : '';
    lines.push(m('report.plan', { plan: `${run.plan.path}${number}` }));
  } else lines.push(m('report.noPlan'));
  lines.push(m('report.asOf', { date: formatDateVi(run.asOf) }));
  return lines;
}

/** A section: its heading line, then a small table in the columns STT | item | count | share. */
function section(ws: SheetWriter, row: number, heading: string, rows: Value[][]): number {
  writeLine(ws, row, heading, BOLD);
  const table: Table = {
    columns: [
      { header: m('report.col.stt'), width: 6, kind: 'center' },
      { header: m('report.col.item'), width: 40 },
      { header: m('report.col.count'), width: 10, kind: 'number' },
      { header: m('report.col.share'), width: 10, kind: 'percent' },
    ],
    rows: rows.map((r, i) => [i + 1, ...r]),
  };
  return writeTable(ws, table, row + 1) + 1;
}

function agencyRow(a: AgencySummary, i: number): Value[] {
  const count = (statuses: readonly MergedStatus[]) => statuses.reduce((n, s) => n + (a.byStatus[s] ?? 0), 0);
  const led = Object.values(a.byStatus).reduce((n, k) => n + (k ?? 0), 0);
  return [
    i + 1,
    a.agency,
    a.led,
    a.supported,
    m(a.files.length ? 'report.yes' : 'report.no'),
    a.done,
    count(IN_PROGRESS),
    a.overdue,
    a.unreported,
    share(a.done, led),
  ];
}

/** One line per agency, with its share of tasks done. */
function agencyTable(run: MergeRun): Table {
  const col = (id: string, width: number, kind?: Column['kind']): Column => ({ header: m(id), width, kind });
  return {
    columns: [
      col('report.col.stt', 6, 'center'),
      col('report.col.agency', 40),
      col('report.col.led', 10, 'number'),
      col('report.col.supported', 10, 'number'),
      col('report.col.sent', 10, 'center'),
      col('report.col.done', 10, 'number'),
      col('report.col.inProgress', 10, 'number'),
      col('report.col.overdueCount', 10, 'number'),
      col('report.col.notReported', 10, 'number'),
      col('report.col.doneShare', 12, 'percent'),
    ],
    rows: run.consolidation.agencies.map(agencyRow),
  };
}

/** Made not frozen: the summary's sections come before the agency table. */
export function writeSummarySheet(ws: SheetWriter, run: MergeRun): void {
  const c = run.consolidation;
  const t = c.totals;
  const table = agencyTable(run);
  // Widths first: rows are written out as they are committed. The sections share columns B–D with the
  // agency table: wide enough for their labels and figures too.
  const widths = fitWidths(table);
  widths[1] = Math.max(widths[1], 46);
  for (const k of [2, 3]) widths[k] = Math.max(widths[k], 12);
  widths.forEach((w, k) => ws.setWidth(k + 1, w));
  let row = writeTitles(ws, titleLines(run), COLUMNS) + 1;

  const statusRows: Value[][] = STATUSES.map((s) => [
    m(`merge.status.${s}`),
    t.byStatus[s] ?? 0,
    share(t.byStatus[s] ?? 0, t.tasks),
  ]);
  statusRows.push([m('report.summary.totalTasks'), t.tasks, share(t.tasks, t.tasks)]);
  statusRows.push([m('report.summary.overdueTasks'), t.overdue, share(t.overdue, t.tasks)]);
  const statusTop = row + 2;
  row = section(ws, row, m('report.summary.byStatus'), statusRows);
  dataBars(ws, `D${statusTop}:D${statusTop + STATUSES.length - 1}`);

  const agencyRows: Value[][] =
    c.mode === 'plan'
      ? [
          [m('report.summary.expected'), t.agenciesExpected, share(t.agenciesExpected, t.agenciesExpected)],
          [m('report.summary.reported'), t.agenciesReported, share(t.agenciesReported, t.agenciesExpected)],
          [m('report.summary.missing'), t.agenciesMissing, share(t.agenciesMissing, t.agenciesExpected)],
          ...c.missingAgencies.map((name): Value[] => [`– ${name}`, null, null]),
        ]
      : [[m('report.summary.reported'), t.agenciesReported, null]];
  row = section(ws, row, m('report.summary.agencies'), agencyRows);

  const files = (status: string) => run.inputs.filter((i) => i.status === status).length;
  row = section(ws, row, m('report.summary.data'), [
    [m('report.summary.filesMerged'), files('merged'), null],
    [m('report.summary.filesSkipped'), files('skipped'), null],
    [m('report.summary.filesUnreadable'), files('unreadable'), null],
    [m('report.summary.rowsRead'), t.rowsRead, null],
    [m('report.summary.rowsMerged'), t.rowsMerged, share(t.rowsMerged, t.rowsRead)],
    [m('report.summary.rowsRejected'), t.rowsRejected, share(t.rowsRejected, t.rowsRead)],
  ]);

  writeLine(ws, row, m('report.summary.perAgency'), BOLD);
  const headerRow = row + 1;
  const end = writeTable(ws, table, headerRow);
  if (table.rows.length) dataBars(ws, `J${headerRow + 1}:J${end - 1}`);
  // The agency table's header repeats on every printed page.
  preparePrint(ws, { headerRow, lastRow: end - 1, columns: COLUMNS, footer: m('report.footer') });
}
