/**
 * The provincial report workbook (DOMAIN.md §8): six sheets with their
 * Vietnamese names, ready to print. Written with exceljs' streaming writer,
 * row by row, so a national round's report is never held whole in memory.
 * The same run gives the same bytes: the workbook's dates come from the as-of
 * date and every zip entry carries one fixed time (exceljs' own zip stamps
 * each entry with the current time, so ours takes its place).
 */
import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, Zip, ZipPassThrough } from 'fflate';
import { EventEmitter, once } from 'node:events';
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

/** What exceljs' writer hands its zip: a part's text or bytes, or a stream (a worksheet) it writes into. */
type PartSource =
  string | Uint8Array | { pipe(into: { write(c: Buffer, done?: () => void): boolean; end(): void }): void };

/**
 * The zip exceljs' streaming writer writes into, in place of its own
 * (archiver, which stamps every entry with the current time and cannot be
 * told otherwise): each part is deflated whole as soon as it is complete,
 * stamped with one fixed time, and handed to the output. One part is held
 * uncompressed at a time; the compressed report may wait in the output's
 * buffer (exceljs writes synchronously), a few percent of its text.
 * Worksheets lose their empty data-bar extension links on the way. Only
 * what the report uses is supported: parts as text, bytes or streams, no
 * media files.
 */
class FixedTimeZip extends EventEmitter {
  private out: Writable | null = null;
  private readonly zip: Zip;

  constructor(private readonly mtime: Date) {
    super();
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.emit('error', error);
        return;
      }
      // exceljs pipes its zip to the output in its constructor, before it adds any part.
      const out = this.out as Writable;
      out.write(chunk);
      if (final) out.end();
    });
  }

  pipe(out: Writable): Writable {
    this.out = out;
    return out;
  }

  append(source: PartSource, entry: { name: string }): this {
    // exceljs names some parts from the root ("/xl/workbook.xml"); a zip entry never starts with "/".
    const name = entry.name.replace(/^\/+/, '');
    if ((entry as { base64?: boolean }).base64) throw new Error(`${name}: base64 parts are not supported`);
    if (typeof source === 'string') this.add(name, Buffer.from(source, 'utf8'));
    else if (source instanceof Uint8Array) this.add(name, source);
    else {
      const chunks: Buffer[] = [];
      source.pipe({
        write: (chunk, done) => {
          chunks.push(chunk);
          done?.();
          return true;
        },
        end: () => this.add(name, Buffer.concat(chunks)),
      });
    }
    return this;
  }

  finalize(): void {
    this.zip.end();
  }

  private add(name: string, content: Uint8Array): void {
    const entry = new NativeDeflate(name, this.mtime);
    this.zip.add(entry);
    entry.push(name.startsWith('xl/worksheets/') ? withoutEmptyX14Links(content) : content, true);
  }
}

/** Local noon of the as-of date: the same calendar day in any time zone. */
function entryTime(asOf: string): Date {
  const [y, mo, d] = asOf.split('-').map(Number);
  return new Date(y, mo - 1, d, 12);
}

/** The report written into `out` through exceljs' streaming writer, with our zip in place of its own. */
async function writeInto(run: MergeRun, out: Writable): Promise<void> {
  const zip = new FixedTimeZip(entryTime(run.asOf));
  // exceljs assigns its zip in its constructor: the accessor keeps ours in its place.
  class Writer extends WorkbookWriter {
    get zip(): FixedTimeZip {
      return zip;
    }
    set zip(_archiver: unknown) {}
  }
  const failed = new Promise<never>((_, reject) => {
    out.once('error', reject);
    zip.once('error', reject);
  });
  // Raced below; if building the sheets throws first, its error is the one told.
  failed.catch(() => undefined);
  const wb = new Writer({ stream: out, useStyles: true, useSharedStrings: true });
  writeSheets(wb, run);
  await Promise.race([wb.commit(), failed]);
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
