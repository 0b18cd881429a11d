/**
 * The provincial report workbook (DOMAIN.md §8): six sheets with their
 * Vietnamese names, ready to print. The same run gives the same bytes: the
 * workbook's dates come from the as-of date and the zip is rewritten with a
 * fixed timestamp (exceljs stamps each entry with the current time).
 */
import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljs-workbook';
import { strFromU8, strToU8, Zip, ZipPassThrough } from 'fflate';
import * as fs from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { formatDateVi } from '../../core/deadline/dates';
import { writeAtomic } from '../fix/output-file';
import type { MergeRun } from '../merge/types';
import { detailTable, overdueTable } from './detail-sheets';
import { preparePrint, writeTable, writeTitles, type Table } from './layout';
import { issuesTable, sourcesTable, unreportedTable } from './list-sheets';
import { REPORT_CATEGORY } from './report-marker';
import { writeSummarySheet } from './summary-sheet';
import { dateValue, m } from './text';

function tableSheet(wb: ExcelJS.Workbook, name: string, table: Table, titles: string[]): void {
  const ws = wb.addWorksheet(name);
  const width = table.columns.length;
  const headerRow = writeTitles(ws, titles, width) + 1;
  const end = writeTable(ws, table, headerRow);
  const lastData = end - 1 - (table.totalRow ? 1 : 0);
  preparePrint(ws, { headerRow, lastRow: lastData, columns: width, footer: m('report.footer') });
}

export function buildReport(run: MergeRun): ExcelJS.Workbook {
  const wb = new Workbook();
  const stamp = dateValue(run.asOf) as Date;
  wb.creator = 'phuluc';
  wb.lastModifiedBy = 'phuluc';
  wb.created = stamp;
  wb.modified = stamp;
  wb.title = m('report.title');
  wb.category = REPORT_CATEGORY;

  writeSummarySheet(wb.addWorksheet(m('report.sheet.summary')), run);
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
  return wb;
}

const UUID = /\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}/g;

/** exceljs gives each data bar a random id (its x14 extension): number them in order instead, keeping pairs paired. */
function stableIds(xml: Uint8Array): Uint8Array {
  const text = strFromU8(xml);
  if (text.search(UUID) < 0) return xml;
  const ids = new Map<string, string>();
  const replaced = text.replace(UUID, (id) => {
    if (!ids.has(id)) ids.set(id, `{00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}}`);
    return ids.get(id) as string;
  });
  return strToU8(replaced);
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

/** What exceljs' XLSX writer hands its zip: each part's text (or bytes), by name. */
interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

type Step = (zip: PartSink, model: unknown) => Promise<void>;

/** The steps of exceljs' XLSX.write (lib/xlsx/xlsx.js, exceljs pinned at 4.4.0), which has no public form taking another zip. */
interface XlsxSteps {
  prepareModel(model: unknown, options: object): void;
  addContentTypes: Step;
  addOfficeRels: Step;
  addWorkbookRels: Step;
  addWorksheets: Step;
  addSharedStrings: Step;
  addDrawings: Step;
  addTables: Step;
  addThemes: Step;
  addStyles: Step;
  addMedia: Step;
  addApp: Step;
  addCore: Step;
  addWorkbook: Step;
}

/**
 * The workbook's parts in exceljs' order, rendered by exceljs as its write()
 * does, but collected here instead of zipped by JSZip (which the report's
 * fixed-time zip then had to undo): a third of the report's writing time.
 */
async function workbookParts(wb: ExcelJS.Workbook): Promise<[string, Uint8Array][]> {
  const parts: [string, Uint8Array][] = [];
  const sink: PartSink = {
    append(data, { name, base64 }) {
      const bytes =
        typeof data !== 'string'
          ? data
          : base64
            ? new Uint8Array(Buffer.from(data, 'base64'))
            : strToU8(data);
      parts.push([name, bytes]);
    },
  };
  const xlsx = wb.xlsx as unknown as XlsxSteps;
  const { model } = wb;
  xlsx.prepareModel(model, {});
  for (const step of [
    xlsx.addContentTypes,
    xlsx.addOfficeRels,
    xlsx.addWorkbookRels,
    xlsx.addWorksheets,
    xlsx.addSharedStrings, // always after the worksheets, which fill it
    xlsx.addDrawings,
    xlsx.addTables,
    xlsx.addThemes,
    xlsx.addStyles,
    xlsx.addMedia,
    xlsx.addApp,
    xlsx.addCore,
    xlsx.addWorkbook,
  ])
    await step.call(xlsx, sink, model);
  return parts;
}

/**
 * The zip with one fixed entry time (local noon of the as-of date, the same
 * calendar day in any time zone) and stable data-bar ids.
 */
function stableZip(parts: [string, Uint8Array][], asOf: string): Uint8Array {
  const [y, mo, d] = asOf.split('-').map(Number);
  const mtime = new Date(y, mo - 1, d, 12);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of parts) {
    const content = name.startsWith('xl/worksheets/') ? stableIds(data) : data;
    const entry = new NativeDeflate(name, mtime);
    zip.add(entry);
    entry.push(content, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

export async function reportBytes(run: MergeRun): Promise<Uint8Array> {
  return stableZip(await workbookParts(buildReport(run)), run.asOf);
}

/** Written to a temporary file beside `out`, then renamed: a failed run never leaves half a report. */
export async function writeReport(run: MergeRun, out: string): Promise<void> {
  const bytes = await reportBytes(run);
  await writeAtomic(out, (tmp) => fs.promises.writeFile(tmp, bytes));
}
