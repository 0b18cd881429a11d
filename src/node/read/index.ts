import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { WorkbookModel } from '../../core/model/sheet';
import { readXlsxLean } from '../fast/lean-xlsx';
import { xlsFonts } from './biff-fonts';
import { decodeCsv, readCsv } from './csv';
import {
  DEFAULT_LIMITS,
  failure,
  ReadError,
  type ReadLimits,
  type ReadNote,
  type ReadOutcome,
} from './outcome';
import { ReadBudget } from './sheet-builder';
import { markupForSheetJS, readWithSheetJS } from './sheetjs';
import { sniffFormat, sniffName } from './sniff';
import { OdsRepeats } from './ods-repeats';
import { ExcelJSBlindSpots, exceljsLayoutProblem, readWithExcelJS } from './xlsx-exceljs';
import { checkDeclaredSizes, inflateGuarded, type ZipEntry } from './zip-guard';

export type { ReadFailure, ReadLimits, ReadNote, ReadOutcome, SkipReason } from './outcome';
export { DEFAULT_LIMITS } from './outcome';

/**
 * Reads any spreadsheet a user may hand us into the engine's WorkbookModel.
 * Never throws: every failure is a code, a machine reason and a detail for logs.
 */
export async function readWorkbookFile(file: string, limits: Partial<ReadLimits> = {}): Promise<ReadOutcome> {
  const all = { ...DEFAULT_LIMITS, ...limits };
  const name = path.basename(file);
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return failure('folder', 'a folder');
    if (!stat.isFile()) return failure('io-error', 'not a regular file');
    const skip = sniffName(name, stat.size);
    if (skip?.kind === 'skip') return { ok: false, code: 'SKIPPED', reason: skip.reason };
    if (stat.size > all.maxFileBytes)
      return failure('too-large', `${stat.size} bytes (limit ${all.maxFileBytes})`);
    const bytes = await fs.readFile(file);
    return await readWorkbookBuffer(bytes, name, all);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return failure(code === 'ENOENT' ? 'not-found' : 'io-error', code ?? String((e as Error).message ?? e));
  }
}

export async function readWorkbookBuffer(
  bytes: Uint8Array,
  name: string,
  limits: Partial<ReadLimits> = {},
): Promise<ReadOutcome> {
  const all = { ...DEFAULT_LIMITS, ...limits };
  try {
    if (bytes.length > all.maxFileBytes)
      return failure('too-large', `${bytes.length} bytes (limit ${all.maxFileBytes})`);
    const sniffed = sniffFormat(bytes, name);
    let read: Read;
    switch (sniffed.kind) {
      case 'skip':
        return { ok: false, code: 'SKIPPED', reason: sniffed.reason };
      case 'refuse':
        return failure(sniffed.reason, sniffed.detail);
      case 'csv':
        read = await attempt(all, (budget) => readCsv(bytes, name, budget));
        break;
      case 'markup':
        if (sniffed.format === 'ods') refuseRepeats(bytes, all);
        read = await attempt(all, (budget) =>
          readWithSheetJS(markupForSheetJS(decodeCsv(bytes).text), sniffed.format, budget),
        );
        break;
      case 'xls':
        read = await attempt(all, (budget) =>
          readWithSheetJS(bytes, sniffed.format, budget, xlsFonts(bytes)),
        );
        break;
      case 'zip':
        read = await readZip(bytes, sniffed.format, sniffed.entries, all);
        break;
    }
    const { workbook, notes } = read;
    return { ok: true, workbook, ...(notes.length ? { notes } : {}) };
  } catch (e) {
    if (e instanceof ReadError) return failure(e.reason, e.detail);
    // A library bug on a malformed file: still an answer, never a stack trace for the user.
    return failure('corrupt', `unexpected: ${(e as Error).message ?? String(e)}`);
  }
}

type Read = { workbook: WorkbookModel; notes: ReadNote[] };

/** A flat OpenDocument file is its content.xml: its repeated cells are counted before SheetJS sees them. */
function refuseRepeats(bytes: Uint8Array, limits: ReadLimits): void {
  const repeats = new OdsRepeats();
  repeats.inspect('content.xml', bytes);
  if (repeats.cells > limits.maxCells)
    throw new ReadError('too-large', `the document repeats cells to more than ${limits.maxCells}`);
}

/** The zip guard first; then exceljs for .xlsx/.xlsm unless the file has something it misreads, SheetJS otherwise. */
async function readZip(
  bytes: Uint8Array,
  format: 'xlsx' | 'xlsm' | 'xlsb' | 'ods',
  entries: ZipEntry[],
  limits: ReadLimits,
): Promise<Read> {
  checkDeclaredSizes(entries, limits);
  const blindSpots = new ExcelJSBlindSpots();
  const repeats = new OdsRepeats();
  const parts = inflateGuarded(bytes, entries, limits, {
    keep: (n) => n === 'docProps/custom.xml' || n === 'xl/workbook.xml',
    inspect: format === 'ods' ? repeats.inspect : blindSpots.inspect,
  });
  if (repeats.cells > limits.maxCells)
    throw new ReadError('too-large', `content.xml repeats cells to more than ${limits.maxCells}`);
  const sheetjs = (budget: ReadBudget) => readWithSheetJS(bytes, format, budget);
  if (format !== 'xlsx' && format !== 'xlsm') return attempt(limits, sheetjs);

  const avoid = blindSpots.found ?? exceljsLayoutProblem(entries);
  if (avoid) {
    const read = await attempt(limits, sheetjs);
    read.notes.push({ kind: 'fallback-reader', detail: avoid });
    return read;
  }
  const exceljs = (budget: ReadBudget) =>
    readWithExcelJS(bytes, format, budget, {
      workbookXml: parts.get('xl/workbook.xml'),
      customXml: parts.get('docProps/custom.xml'),
    });
  // exceljs fails on some valid packages (a chart's drawing among them); the lean reader gives the model exceljs
  // would have (fonts included, which tell legacy text), SheetJS reads what both refuse.
  const lean = (budget: ReadBudget) => readXlsxLean(bytes, entries, format, budget);
  return withFallback(limits, exceljs, lean, sheetjs);
}

/** Each reader gets a fresh budget, so a fallback does not inherit the cells the first reader counted. */
async function attempt(
  limits: ReadLimits,
  reader: (budget: ReadBudget) => WorkbookModel | Promise<WorkbookModel>,
): Promise<Read> {
  const budget = new ReadBudget(limits);
  return { workbook: await reader(budget), notes: budget.notes };
}

/**
 * exceljs stumbles on some valid files other tools write (and rejects DTDs);
 * the next readers are tried in turn, SheetJS last (it reads most files,
 * without fonts). Only 'corrupt' is retried: caps are final.
 */
async function withFallback(
  limits: ReadLimits,
  first: (budget: ReadBudget) => Promise<WorkbookModel>,
  ...next: ((budget: ReadBudget) => WorkbookModel | Promise<WorkbookModel>)[]
): Promise<Read> {
  let detail: string;
  try {
    return await attempt(limits, first);
  } catch (e) {
    if (e instanceof ReadError && e.reason !== 'corrupt') throw e;
    detail = e instanceof ReadError ? e.detail : String((e as Error).message ?? e);
  }
  for (const reader of next) {
    try {
      const read = await attempt(limits, reader);
      // SheetJS gives up on broken XML without a word and returns empty sheets: that file is damaged, not empty.
      if (!hasAnyCell(read.workbook)) throw new ReadError('corrupt', detail);
      read.notes.push({ kind: 'fallback-reader', detail });
      return read;
    } catch (e) {
      if (e instanceof ReadError && e.reason !== 'corrupt') throw e;
    }
  }
  throw new ReadError('corrupt', detail);
}

function hasAnyCell(wb: WorkbookModel): boolean {
  return wb.sheets.some((sheet) => sheet.cells.some((line) => line.some((cell) => cell !== undefined)));
}
