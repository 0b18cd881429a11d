/**
 * The provincial report workbook (DOMAIN.md §8): six sheets with their
 * Vietnamese names, ready to print. Each sheet is turned into XML row by row
 * and written out before the next is built, so a national round's report is
 * never held whole as cell objects. The same run gives the same bytes: the
 * workbook's dates come from the as-of date and every zip entry carries one
 * fixed time.
 */
import { once } from 'node:events';
import * as fs from 'node:fs';
import { Writable } from 'node:stream';
import { formatDateVi } from '../../core/deadline/dates';
import { writeAtomic } from '../fix/output-file';
import type { MergeRun } from '../merge/types';
import { WorkbookWriter } from '../write/workbook-writer';
import { detailTable, overdueTable } from './detail-sheets';
import { fitWidths, FONT, preparePrint, PRINT, SIZE, writeTable, writeTitles, type Table } from './layout';
import { issuesTable, sourcesTable, unreportedTable } from './list-sheets';
import { REPORT_CATEGORY } from './report-marker';
import { writeSummarySheet } from './summary-sheet';
import { dateValue, m } from './text';

/** A sheet of one table under its title lines: frozen under its header, which repeats on every printed page. */
function tableSheet(wb: WorkbookWriter, name: string, table: Table, titles: string[]): void {
  const width = table.columns.length;
  const headerRow = titles.length + 2;
  const ws = wb.addSheet(name, headerRow, PRINT);
  // Widths first: a sheet's columns come before its rows.
  fitWidths(table).forEach((w, c) => ws.setWidth(c + 1, w));
  writeTitles(ws, titles, width);
  const end = writeTable(ws, table, headerRow);
  const lastData = end - 1 - (table.totalRow ? 1 : 0);
  preparePrint(ws, { headerRow, lastRow: lastData, columns: width, footer: m('report.footer') });
  wb.commit(ws);
}

/** Writes every sheet into `wb`, each committed (written out) before the next is built. */
function writeSheets(wb: WorkbookWriter, run: MergeRun): void {
  const summary = wb.addSheet(m('report.sheet.summary'), null, PRINT);
  writeSummarySheet(summary, run);
  wb.commit(summary);
  const asOf = m('report.asOf', { date: formatDateVi(run.asOf) });
  const title = (id: string) => [m(id).toLocaleUpperCase('vi'), asOf];
  tableSheet(wb, m('report.sheet.details'), detailTable(run), title('report.sheet.details'));
  tableSheet(wb, m('report.sheet.overdue'), overdueTable(run), title('report.sheet.overdue'));
  // Without a plan only the rows a report left blank can be told.
  const noPlan =
    run.consolidation.mode !== 'concat'
      ? []
      : [
          m(
            run.consolidation.unreported.length
              ? 'report.unreported.noPlanBlank'
              : 'report.unreported.noPlan',
          ),
        ];
  tableSheet(wb, m('report.sheet.unreported'), unreportedTable(run), [
    ...title('report.sheet.unreported'),
    ...noPlan,
  ]);
  tableSheet(wb, m('report.sheet.issues'), issuesTable(run), title('report.sheet.issues'));
  const planLine = run.plan
    ? [m('report.sources.plan', { path: run.plan.path, sha256: run.plan.sha256 })]
    : [];
  tableSheet(wb, m('report.sheet.sources'), sourcesTable(run), [
    ...title('report.sheet.sources'),
    ...planLine,
  ]);
}

/** Local noon of the as-of date: the same calendar day in any time zone. */
function entryTime(asOf: string): Date {
  const [y, mo, d] = asOf.split('-').map(Number);
  return new Date(y, mo - 1, d, 12);
}

/** The report written into `out`. */
async function writeInto(run: MergeRun, out: Writable): Promise<void> {
  const props = {
    title: m('report.title'),
    creator: 'phuluc',
    category: REPORT_CATEGORY,
    date: dateValue(run.asOf) as Date,
  };
  const wb = new WorkbookWriter(out, props, { name: FONT, size: SIZE }, entryTime(run.asOf));
  writeSheets(wb, run);
  await wb.finish();
}

export async function reportBytes(run: MergeRun): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeInto(run, sink);
  return Buffer.concat(chunks);
}

/** Written to a temporary file beside `out`, then renamed: a failed run never leaves half a report. */
export async function writeReport(run: MergeRun, out: string): Promise<void> {
  await writeAtomic(out, async (tmp) => {
    const file = fs.createWriteStream(tmp, { flags: 'wx' });
    try {
      await once(file, 'open');
      await writeInto(run, file);
      // Closed before the rename: some systems refuse to rename a file still open.
      if (!file.closed) await once(file, 'close');
    } catch (e) {
      // Closed before the temporary file is removed.
      if (!file.closed) await once(file.destroy(), 'close');
      throw e;
    }
  });
}
