import * as XLSX from 'xlsx';
import type { SheetCell, WorkbookFormat, WorkbookModel } from '../../core/model/sheet';
import type { SheetFonts } from './biff-fonts';
import { formulaErrorText } from '../../core/model/formula-error';
import { ReadError } from './outcome';
import { readInThread } from './sheetjs-thread';
import { type ReadBudget, SheetBuilder } from './sheet-builder';
import { DAYS_1904, dateToSerial, displayText, isDateFormat } from './values';

/**
 * .xls (BIFF2-8), .xlsb, .ods and HTML/SpreadsheetML-2003 exports through
 * SheetJS 0.20.3 (0.18.5 has CVE-2023-30533 and CVE-2024-22363). SheetJS
 * exposes no font names; for .xls biff-fonts.ts supplies them, for .xlsb and
 * .ods legacy-font detection relies on character statistics.
 */

const OPTIONS: XLSX.ParsingOptions = {
  cellStyles: true,
  cellDates: false,
  cellNF: true,
  cellFormula: true,
  cellHTML: false,
  dense: true,
};

const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * `input` is the file's bytes, or already-decoded text for markup exports.
 * `fonts`: per sheet in workbook order, from biff-fonts.ts for .xls.
 */
export async function readWithSheetJS(
  input: Uint8Array | string,
  format: WorkbookFormat,
  budget: ReadBudget,
  fonts: SheetFonts[] = [],
): Promise<WorkbookModel> {
  let wb: XLSX.WorkBook;
  try {
    wb = await readInThread(
      input,
      { ...OPTIONS, type: typeof input === 'string' ? 'string' : 'array' },
      budget.limits.maxSheetJSSeconds,
    );
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const message = (e as Error).message ?? String(e);
    if (/password-protected/i.test(message)) throw new ReadError('encrypted', message);
    throw new ReadError('corrupt', `SheetJS: ${message}`);
  }
  if (wb.SheetNames.length === 0)
    throw new ReadError('corrupt', `SheetJS found no sheets in this ${format} file`);

  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets = wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name];
    const sheet = new SheetBuilder(name, budget, Boolean(wb.Workbook?.Sheets?.[i]?.Hidden));
    const sheetFonts = fonts[i];
    (ws['!data'] ?? []).forEach((line, r) => {
      line?.forEach((c, col) => {
        const cell = c && mapCell(c, date1904);
        if (!cell) return;
        if (sheetFonts) addFont(cell, sheetFonts, `${r},${col}`);
        sheet.set(r, col, cell);
      });
    });
    for (const m of ws['!merges'] ?? [])
      sheet.merge({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c });
    ws['!rows']?.forEach((row, r) => row?.hidden && sheet.hideRow(r));
    ws['!cols']?.forEach((col, c) => col?.hidden && sheet.hideCol(c));
    return sheet.build();
  });
  const properties = propertiesOf(wb);
  return { format, sheets, ...(properties ? { properties } : {}) };
}

/**
 * An HTML table saved as .xls breaks lines inside a cell the way Excel writes
 * them, `<br style='mso-data-placement:same-cell'>`; SheetJS reads only a bare
 * `<br>` as a line break and drops the other, gluing the words on each side
 * ("Thời gian<br …>hoàn thành" became "Thời gianhoàn thành", no deadline column).
 */
export function markupForSheetJS(text: string): string {
  return text.replace(MARKUP_IN_VALUE, '').replace(/<br\b[^>]*>/gi, '<br>');
}

/**
 * SheetJS' own HTML export repeats each cell's text in a `data-v` attribute,
 * its line breaks as raw `<br/>`, and its reader then ends the tag at that
 * `>`: the cell read as the rest of the attribute and the tag. Such a value
 * is dropped; the cell's content says the same, and is read.
 */
const MARKUP_IN_VALUE = /\sdata-v="[^"]*<[^"]*"/gi;

/**
 * SheetJS reports oddities of damaged files on the console ("Missing Info for
 * XLS Record", thousands of lines for one bad file). XLSX.read is synchronous,
 * so muting the console around it cannot swallow anyone else's output. (The
 * reader's own thread mutes its console for good: ./sheetjs-thread.ts.)
 */
export function quietly<T>(read: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => undefined;
  try {
    return read();
  } finally {
    Object.assign(console, saved);
  }
}

function mapCell(c: XLSX.CellObject, date1904: boolean): SheetCell | null {
  const format = c.z !== undefined && c.z !== 'General' ? String(c.z) : undefined;
  let cell: SheetCell;
  switch (c.t) {
    case 's': {
      const text = String(c.v ?? '');
      // An .ods formula whose error SheetJS left as its text ("Err:502", or "#N/A" without LibreOffice's marker).
      const error = c.f ? formulaErrorText(text) : null;
      cell = error ? { value: null, error } : { value: text };
      break;
    }
    case 'b':
      cell = { value: Boolean(c.v) };
      break;
    case 'e':
      cell = { value: null, error: c.w ?? ERRORS[c.v as number] ?? '#N/A' };
      break;
    case 'n': {
      // SheetJS leaves serials in the file's own date system; the model wants 1900 serials.
      const shift = date1904 && format && isDateFormat(format) ? DAYS_1904 : 0;
      cell = { value: (c.v as number) + shift };
      break;
    }
    case 'd':
      // ODS and markup exports can carry ISO dates even with cellDates off.
      cell = { value: dateToSerial(c.v instanceof Date ? c.v : new Date(String(c.v))) };
      break;
    default:
      // 'z' stubs: styled empty cells and merge fillers.
      if (!c.f) return null;
      cell = { value: null };
  }
  if (format) {
    cell.format = format;
    const text = typeof cell.value === 'number' ? displayText(format, cell.value) : undefined;
    if (text !== undefined) cell.text = text;
  }
  if (c.f) cell.formula = c.f;
  return cell;
}

function addFont(cell: SheetCell, fonts: SheetFonts, key: string): void {
  const font = fonts.cells.get(key);
  if (font) cell.font = font;
  const runs = fonts.runs.get(key);
  // Runs come from our own read of the string table: use them only when they spell SheetJS' value.
  if (runs && runs.map((r) => r.text).join('') === cell.value) cell.runs = runs;
}

/** Document and custom properties with plain values. */
function propertiesOf(wb: XLSX.WorkBook): Record<string, string> | null {
  const out = new Map<string, string>();
  for (const source of [wb.Props, wb.Custprops]) {
    for (const [key, value] of Object.entries(source ?? {})) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        out.set(key, String(value));
      else if (value instanceof Date) out.set(key, value.toISOString());
    }
  }
  // fromEntries defines own properties, so a property named "__proto__" stays a plain key.
  return out.size ? Object.fromEntries(out) : null;
}
