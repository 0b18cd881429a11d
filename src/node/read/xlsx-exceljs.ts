import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljs-workbook';
import { SaxesParser } from 'saxes';
import type { MergeRange, SheetCell, TextRun, WorkbookModel } from '../../core/model/sheet';
import { columnIndex } from '../../core/model/sheet';
import { ReadError } from './outcome';
import { type ReadBudget, SheetBuilder } from './sheet-builder';
import { DAYS_1904, dateToSerial, displayText } from './values';
import type { ZipEntry } from './zip-guard';

/**
 * .xlsx/.xlsm through exceljs' full reader: it keeps per-run fonts (the
 * strongest legacy-encoding clue), 1904 dates, hidden rows and merges. The
 * streaming WorkbookReader drops several of those (docs/LIBRARIES.md).
 */

/**
 * exceljs finds parts by fixed names (xl/workbook.xml, xl/worksheets/sheetN.xml)
 * and silently skips others; such files go to SheetJS instead. Null when the layout is fine.
 */
export function exceljsLayoutProblem(entries: ZipEntry[]): string | null {
  const names = entries.map((e) => e.name);
  if (!names.includes('xl/workbook.xml')) return 'no xl/workbook.xml part';
  const odd = names.find(
    (n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n) && !/^xl\/worksheets\/sheet\d+\.xml$/.test(n),
  );
  return odd ? `sheet part ${odd} is named unlike xl/worksheets/sheetN.xml` : null;
}

/**
 * Cells merged in one sheet beyond which exceljs is not used: it makes an
 * object for every cell of a merge (one merged column of 1,048,576 cells took
 * 4.6 s and 850 MB; a merge over the whole sheet never ends). SheetJS keeps a
 * merge as its range.
 */
export const EXCELJS_MAX_MERGED_CELLS = 100_000;
/** The most cells merged in any one sheet of a workbook read. */
export function mostMergedCells(wb: WorkbookModel): { sheet: string; cells: number } | null {
  let most: { sheet: string; cells: number } | null = null;
  for (const sheet of wb.sheets) {
    const cells = sheet.merges.reduce((n, m) => n + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0);
    if (cells > (most?.cells ?? 0)) most = { sheet: sheet.name, cells };
  }
  return most;
}

// A whole <mergeCell …/> element (closed, so that one cut by a chunk's end is counted once, from the tail).
const MERGE_REF =
  /<(?:[\w.-]+:)?mergeCell\b[^<>]*?\sref=["']\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})["'][^<>]*>/g;
/** An element cut by a chunk's end is carried to the next chunk up to this length. */
const MAX_TAIL = 4096;

/**
 * Watches the sheet XML while the zip guard inflates it for what exceljs
 * misreads silently, t="d" (an ISO date string, which it parses as the number
 * of its year), or cannot read in reasonable time: merges over hundreds of
 * thousands of cells. SheetJS reads both.
 */
export class ExcelJSBlindSpots {
  found: string | null = null;
  private tail = '';
  private part = '';
  private merged = 0;

  readonly inspect = (name: string, chunk: Uint8Array): void => {
    if (this.found || !/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return;
    if (name !== this.part) [this.part, this.tail, this.merged] = [name, '', 0];
    // latin1 keeps bytes 1:1 and the patterns are ASCII; the tail catches a match split across chunks.
    const text = this.tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    if (/\st=["']d["']/.test(text)) this.found = `${name} has ISO date cells (t="d")`;
    for (const m of text.matchAll(MERGE_REF)) {
      const cols = Math.abs(columnIndex(m[3]) - columnIndex(m[1])) + 1;
      this.merged += cols * (Math.abs(Number(m[4]) - Number(m[2])) + 1);
    }
    if (this.merged > EXCELJS_MAX_MERGED_CELLS) this.found ??= `${name} merges ${this.merged} cells`;
    // The tail: an element still open at the chunk's end, else the last characters (for t="d").
    const open = text.lastIndexOf('<');
    this.tail = open > text.lastIndexOf('>') ? text.slice(open) : text.slice(-8);
    if (this.tail.length > MAX_TAIL) {
      // A merge padded past any real element's length is not given to exceljs unread.
      if (/mergeCell/.test(this.tail)) this.found ??= `${name} has an oversized merge element`;
      this.tail = this.tail.slice(-8);
    }
  };
}

/** Parts the zip guard already inflated: exceljs ignores custom.xml and misreads date1904="true". */
export interface ExcelJSParts {
  workbookXml?: Uint8Array;
  customXml?: Uint8Array;
}

export async function readWithExcelJS(
  bytes: Uint8Array,
  format: 'xlsx' | 'xlsm',
  budget: ReadBudget,
  parts: ExcelJSParts = {},
): Promise<WorkbookModel> {
  const wb = new Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (e) {
    throw new ReadError('corrupt', `exceljs: ${(e as Error).message ?? String(e)}`);
  }
  if (wb.worksheets.length === 0) throw new ReadError('corrupt', 'exceljs found no worksheets');
  // exceljs builds Dates with its own reading of the flag (only "1" counts); OOXML also allows "true".
  const dateShift = (uses1904(parts.workbookXml) ? DAYS_1904 : 0) - (wb.properties.date1904 ? DAYS_1904 : 0);

  const sheets = wb.worksheets.map((ws) => {
    const sheet = new SheetBuilder(ws.name, budget, ws.state !== 'visible');
    const merges = new Map<ExcelJS.Cell, MergeRange>();
    // Only rows with values are visited: a hidden empty row hides nothing the engine reads.
    ws.eachRow((row, rowNumber) => {
      if (row.hidden) sheet.hideRow(rowNumber - 1);
      row.eachCell((cell, colNumber) => {
        const r = rowNumber - 1;
        const c = colNumber - 1;
        const master = cell.master;
        // exceljs repeats the anchor's value in every merged cell; the model keeps it in the anchor only.
        if (master !== cell) {
          const m = merges.get(master) ?? {
            top: Number(master.row) - 1,
            left: Number(master.col) - 1,
            bottom: r,
            right: c,
          };
          m.top = Math.min(m.top, r);
          m.left = Math.min(m.left, c);
          m.bottom = Math.max(m.bottom, r);
          m.right = Math.max(m.right, c);
          merges.set(master, m);
          return;
        }
        const mapped = mapCell(cell, dateShift);
        if (mapped) sheet.set(r, c, mapped);
      });
    });
    for (const m of merges.values()) sheet.merge(m);
    ws.columns?.forEach((col, i) => col.hidden && sheet.hideCol(i));
    return sheet.build();
  });

  const properties = new Map<string, string>();
  const core: [string, string | undefined][] = [
    ['Title', wb.title],
    ['Subject', wb.subject],
    ['Author', wb.creator],
    ['Keywords', wb.keywords],
    ['Comments', wb.description],
    ['LastAuthor', wb.lastModifiedBy],
    ['Company', wb.company],
    ['Manager', wb.manager],
    ['Category', wb.category],
  ];
  for (const [key, value] of core) if (value) properties.set(key, String(value));
  if (parts.customXml)
    for (const [key, value] of customProperties(parts.customXml)) properties.set(key, value);
  return {
    format,
    sheets,
    // fromEntries defines own properties, so a property named "__proto__" stays a plain key.
    ...(properties.size ? { properties: Object.fromEntries(properties) } : {}),
  };
}

type Result = CellResult | Date | ExcelJS.CellErrorValue | undefined;
type CellResult = number | string | boolean;

function mapCell(cell: ExcelJS.Cell, dateShift: number): SheetCell | null {
  const v = cell.value;
  const font = cell.font?.name;
  let out: SheetCell;
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object' || v instanceof Date) out = scalar(v, dateShift);
  else if ('richText' in v) out = richText(v.richText, font);
  else if ('hyperlink' in v) {
    // The link text itself can be rich text.
    const text = v.text as string | ExcelJS.CellRichTextValue;
    out =
      typeof text === 'object' && text && 'richText' in text
        ? richText(text.richText, font)
        : { value: unescapeXString(String(text ?? '')) };
  } else if ('formula' in v || 'sharedFormula' in v) {
    // cell.result, not v.result: exceljs leaves a falsy result (0, false, "") out of the value object.
    out = scalar(cell.result as Result, dateShift);
    out.formula = cell.formula;
  } else if ('error' in v) out = { value: null, error: v.error };
  else return null;

  const format = cell.numFmt;
  if (format && format !== 'General') {
    out.format = format;
    if (typeof out.value === 'number') out.text = displayText(format, out.value);
  }
  if (font && !out.font) out.font = font;
  return out;
}

function scalar(v: Result, dateShift: number): SheetCell {
  if (v === undefined || v === null) return { value: null };
  // exceljs applied its 1904 offset when it built the Date; dateShift fixes the cases it misread.
  if (v instanceof Date) return { value: dateToSerial(v) + dateShift };
  if (typeof v === 'object') return { value: null, error: v.error };
  if (typeof v === 'string') return { value: unescapeXString(v) };
  // exceljs parses an inline-string formula result as a number: NaN means "unknown", not a value.
  if (typeof v === 'number' && !Number.isFinite(v)) return { value: null };
  return { value: v };
}

/**
 * OOXML escapes characters XML cannot hold as _xHHHH_ (Excel writes a CR as
 * _x000D_); exceljs leaves them in. "_x005F_" escapes a literal underscore, and a
 * left-to-right replace keeps "_x005F_x000D_" as the literal text "_x000D_".
 */
function unescapeXString(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;
}

/** A run without its own font uses the cell's, which is what Excel draws. */
function richText(parts: ExcelJS.RichText[], cellFont?: string): SheetCell {
  const runs: TextRun[] = parts.map((p) => {
    const font = p.font?.name ?? cellFont;
    const text = unescapeXString(p.text);
    return font ? { text, font } : { text };
  });
  const fonts = new Set(runs.map((r) => r.font));
  const cell: SheetCell = { value: runs.map((r) => r.text).join(''), runs };
  if (fonts.size === 1 && runs[0]?.font) cell.font = runs[0].font;
  return cell;
}

function uses1904(workbookXml?: Uint8Array): boolean {
  if (!workbookXml) return false;
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(new TextDecoder().decode(workbookXml));
  return Boolean(pr && /\bdate1904\s*=\s*["'](1|true)["']/.test(pr[0]));
}

/** Name → value of docProps/custom.xml; an unreadable part yields none (they are informative only). */
function customProperties(xml: Uint8Array): Map<string, string> {
  const found = new Map<string, string>();
  const parser = new SaxesParser();
  let name: string | null = null;
  let text = '';
  parser.on('opentag', (tag) => {
    if (tag.name.replace(/^.*:/, '') === 'property') {
      name = String(tag.attributes.name ?? '') || null;
      text = '';
    }
  });
  parser.on('text', (t) => {
    if (name) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name.replace(/^.*:/, '') === 'property' && name) {
      found.set(name, text.trim());
      name = null;
    }
  });
  try {
    parser.write(new TextDecoder().decode(xml)).close();
  } catch {
    return new Map();
  }
  return found;
}
