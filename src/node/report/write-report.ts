/**
 * The provincial report workbook (DOMAIN.md §8): six sheets with their
 * Vietnamese names, ready to print. Written with exceljs' streaming writer,
 * row by row, so a national round's report is never held whole in memory.
 * The same run gives the same bytes: the workbook's dates come from the as-of
 * date and the zip is rewritten with a fixed timestamp (exceljs' zip stamps
 * each entry with the current time).
 */
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, Zip, ZipPassThrough } from 'fflate';
import * as fs from 'node:fs';
import { Writable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import { formatDateVi } from '../../core/deadline/dates';
import { writeAtomic } from '../fix/output-file';
import type { MergeRun } from '../merge/types';
import { detailTable, overdueTable } from './detail-sheets';
import { preparePrint, sheetOptions, writeTable, writeTitles, type Table } from './layout';
import { issuesTable, sourcesTable, unreportedTable } from './list-sheets';
import { REPORT_CATEGORY } from './report-marker';
import { writeSummarySheet } from './summary-sheet';
import { dateValue, m } from './text';

/**
 * exceljs' streaming workbook writer, by path: the package's entry point also
 * loads its reader and the in-memory workbook. exceljs has no "exports" map;
 * the types are the package's own.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file the package types under its entry
const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter = require('exceljs/lib/stream/xlsx/workbook-writer');

/** A sheet of one table under its title lines: frozen under its header, which repeats on every printed page. */
function tableSheet(wb: ExcelJS.Workbook, name: string, table: Table, titles: string[]): void {
  const width = table.columns.length;
  const headerRow = titles.length + 2;
  const ws = wb.addWorksheet(name, sheetOptions(headerRow));
  writeTitles(ws, titles, width);
  const end = writeTable(ws, table, headerRow);
  const lastData = end - 1 - (table.totalRow ? 1 : 0);
  preparePrint(ws, { headerRow, lastRow: lastData, columns: width, footer: m('report.footer') });
  ws.commit();
}

/** Writes every sheet into `wb`, each committed (written out) before the next is built. */
function writeSheets(wb: ExcelJS.Workbook, run: MergeRun): void {
  const stamp = dateValue(run.asOf) as Date;
  wb.creator = 'phuluc';
  wb.lastModifiedBy = 'phuluc';
  wb.created = stamp;
  wb.modified = stamp;
  wb.title = m('report.title');
  wb.category = REPORT_CATEGORY;

  const summary = wb.addWorksheet(m('report.sheet.summary'), sheetOptions(null));
  writeSummarySheet(summary, run);
  summary.commit();
  const asOf = m('report.asOf', { date: formatDateVi(run.asOf) });
  const title = (id: string) => [m(id).toLocaleUpperCase('vi'), asOf];
  tableSheet(wb, m('report.sheet.details'), detailTable(run), title('report.sheet.details'));
  tableSheet(wb, m('report.sheet.overdue'), overdueTable(run), title('report.sheet.overdue'));
  const noPlan = run.consolidation.mode === 'concat' ? [m('report.unreported.noPlan')] : [];
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

/**
 * exceljs' streaming writer ends each data bar with a link to an Excel 2010
 * extension it never writes (an empty `x14:id`): dropped, which leaves the data
 * bar as ECMA-376 defines it, drawn by every version of Excel.
 */
const EMPTY_X14_LINK =
  /<extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*><x14:id\/><\/ext><\/extLst>/g;

function withoutEmptyX14Links(xml: Uint8Array): Uint8Array {
  const text = strFromU8(xml);
  return text.includes('<x14:id/>') ? strToU8(text.replace(EMPTY_X14_LINK, '')) : xml;
}

/**
 * A whole entry deflated by Node's zlib, through fflate's documented way of
 * adding one's own compression to its zip writer (a pass-through stream
 * whose process() is replaced): native deflating takes a third of the time.
 */
class NativeDeflate extends ZipPassThrough {
  constructor(name: string, mtime: Date) {
    super(name);
    // Set before the entry is added, when its local header is written; push() counts the size and CRC.
    this.compression = 8;
    this.mtime = mtime;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, new Uint8Array(deflateRawSync(chunk, { level: 6 })), final);
  }
}

/**
 * The workbook as exceljs' streaming writer zips it, entries stored (the zip
 * is rewritten below, so compressing it first would be wasted).
 */
async function streamedZip(run: MergeRun): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
    zip: { store: true },
  });
  writeSheets(wb, run);
  await wb.commit();
  return Buffer.concat(chunks);
}

/**
 * The zip rewritten with one fixed entry time (local noon of the as-of date,
 * the same calendar day in any time zone), its entries in their order, each
 * deflated, data bars without their empty extension links.
 */
function stableZip(zipped: Uint8Array, asOf: string): Uint8Array {
  const [y, mo, d] = asOf.split('-').map(Number);
  const mtime = new Date(y, mo - 1, d, 12);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const names: string[] = [];
  unzipSync(zipped, { filter: (f) => (names.push(f.name), false) });
  // One entry out at a time: a national report's sheets are never all held twice.
  for (const name of names) {
    if (name.endsWith('/')) continue;
    const data = unzipSync(zipped, { filter: (f) => f.name === name })[name];
    const content = name.startsWith('xl/worksheets/') ? withoutEmptyX14Links(data) : data;
    const entry = new NativeDeflate(name, mtime);
    zip.add(entry);
    entry.push(content, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

export async function reportBytes(run: MergeRun): Promise<Uint8Array> {
  return stableZip(await streamedZip(run), run.asOf);
}

/** Written to a temporary file beside `out`, then renamed: a failed run never leaves half a report. */
export async function writeReport(run: MergeRun, out: string): Promise<void> {
  const bytes = await reportBytes(run);
  await writeAtomic(out, (tmp) => fs.promises.writeFile(tmp, bytes));
}
