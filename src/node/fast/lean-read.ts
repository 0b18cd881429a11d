/**
 * The merge's reader: .xlsx and .xlsm through the lean reader, everything
 * else (and any .xlsx the lean reader finds damaged) through the full reader,
 * which is loaded only then: exceljs and SheetJS take longer to load than a
 * thousand small workbooks take to read.
 */
import { DEFAULT_LIMITS, failure, ReadError, type ReadLimits, type ReadOutcome } from '../read/outcome';
import { ReadBudget } from '../read/sheet-builder';
import { sniffFormat } from '../read/sniff';
import { checkDeclaredSizes } from '../read/zip-guard';
import { type LeanOptions, readXlsxLean } from './lean-xlsx';

export async function readWorkbookBufferLean(
  bytes: Uint8Array,
  name: string,
  limits: Partial<ReadLimits> = {},
  options: LeanOptions = {},
): Promise<ReadOutcome> {
  const all = { ...DEFAULT_LIMITS, ...limits };
  if (bytes.length > all.maxFileBytes)
    return failure('too-large', `${bytes.length} bytes (limit ${all.maxFileBytes})`);
  const sniffed = sniffFormat(bytes, name);
  if (sniffed.kind === 'zip' && (sniffed.format === 'xlsx' || sniffed.format === 'xlsm')) {
    try {
      checkDeclaredSizes(sniffed.entries, all);
      const budget = new ReadBudget(all);
      const workbook = await readXlsxLean(bytes, sniffed.entries, sniffed.format, budget, options);
      return { ok: true, workbook, ...(budget.notes.length ? { notes: budget.notes } : {}) };
    } catch (e) {
      // A cap is final; a damaged file gets the full reader's second opinion (exceljs, then SheetJS).
      if (e instanceof ReadError && e.reason !== 'corrupt') return failure(e.reason, e.detail);
      if (!(e instanceof ReadError)) throw e;
    }
  }
  const { readWorkbookBuffer } = await import('../read');
  return readWorkbookBuffer(bytes, name, all);
}
