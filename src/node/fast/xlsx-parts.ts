/**
 * The small parts of an .xlsx the lean reader needs besides the sheets: the
 * sheet list, relationships, number formats and fonts of the cell styles,
 * the shared strings with their rich-text runs, and document properties.
 * Each is read as exceljs reads it, so both readers give the same model.
 */
import type { TextRun } from '../../core/model/sheet';
import { scanStringItems } from './string-items';
import { attr, fastOrGeneral, parseXml } from './xml';

export interface SheetEntry {
  name: string;
  relId: string;
  hidden: boolean;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  /** What the file says (date1904="1" or "true"). */
  date1904: boolean;
  /** What exceljs takes it to say (only "1"): the full reader's dates carry its reading, corrected afterwards. */
  date1904ExcelJS: boolean;
}

export function parseWorkbook(xml: Uint8Array): WorkbookPart {
  const part: WorkbookPart = { sheets: [], date1904: false, date1904ExcelJS: false };
  parseXml('workbook.xml', xml, {
    open(name, attrs) {
      if (name === 'workbookPr') {
        const flag = attrs.date1904;
        part.date1904 = flag === '1' || flag === 'true';
        part.date1904ExcelJS = flag === '1';
      } else if (name === 'sheet') {
        const state = attrs.state ?? 'visible';
        part.sheets.push({
          name: attrs.name ?? '',
          relId: attr(attrs, 'id') ?? '',
          hidden: state !== 'visible',
        });
      }
    },
  });
  return part;
}

export interface Relationship {
  target: string;
  type: string;
}

/** Id → target, resolved against the folder of the part the relationships belong to ("xl/"). */
export function parseRels(xml: Uint8Array, baseDir: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parseXml('relationships', xml, {
    open(name, attrs) {
      if (name !== 'Relationship' || attrs.TargetMode === 'External') return;
      rels.set(attrs.Id ?? '', { target: resolvePart(baseDir, attrs.Target ?? ''), type: attrs.Type ?? '' });
    },
  });
  return rels;
}

/** The folder of a part ("xl/workbook.xml" → "xl/"; "" at the root), where its relationships' targets start. */
export const folderOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export const relsPathOf = (part: string): string =>
  `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;

/** "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/…" is from the root; ".." steps up. */
export function resolvePart(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** exceljs' built-in number formats by id (id 47 corrected to Excel's "mm:ss.0"). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
};

export interface CellStyle {
  format?: string;
  font?: string;
}

/**
 * The number format and font name of each cell style (cellXfs), by index.
 * Style 0 gives nothing, as in exceljs (which skips a falsy style id).
 */
export function parseStyles(xml: Uint8Array): CellStyle[] {
  const formats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number | null }[] = [];
  let section = '';
  let inFont = false;
  parseXml('styles.xml', xml, {
    open(name, attrs) {
      switch (name) {
        case 'numFmt':
          // exceljs drops the backslash escapes of format codes ("yyyy\\-mm" → "yyyy-mm").
          formats.set(Number(attrs.numFmtId), (attrs.formatCode ?? '').replace(/\\(.)/g, '$1'));
          break;
        case 'fonts':
        case 'cellXfs':
        case 'cellStyleXfs':
        case 'dxfs':
          section = name;
          break;
        case 'font':
          if (section === 'fonts') {
            fonts.push(undefined);
            inFont = true;
          }
          break;
        case 'name':
          if (inFont) fonts[fonts.length - 1] = attrs.val;
          break;
        case 'xf':
          if (section === 'cellXfs') {
            xfs.push({
              numFmtId: Number(attrs.numFmtId ?? 0),
              fontId: attrs.fontId === undefined ? null : Number(attrs.fontId),
            });
          }
          break;
      }
    },
    close(name) {
      if (name === 'font') inFont = false;
      else if (name === section) section = '';
    },
  });
  return xfs.map((xf, i) => {
    if (i === 0) return {};
    const style: CellStyle = {};
    // exceljs looks the id up only when it is not 0.
    const format = xf.numFmtId ? (formats.get(xf.numFmtId) ?? BUILT_IN_FORMATS[xf.numFmtId]) : undefined;
    if (format) style.format = format;
    const font = xf.fontId === null ? undefined : fonts[xf.fontId];
    if (font) style.font = font;
    return style;
  });
}

/** A shared or inline string: plain text, or runs when the string is rich text (each run's own font, if any). */
export type StringValue = string | { runs: TextRun[] };

const X_ESCAPE_UPPER = /_x([0-9A-F]{4})_/g;
const X_ESCAPE_ANY = /_x([0-9A-Fa-f]{4})_/g;
const fromHex = (_: string, hex: string) => String.fromCharCode(parseInt(hex, 16));

/**
 * OOXML's "_x000D_" escapes, decoded as the full reader ends up with them:
 * exceljs decodes upper-case ones in `<t>` text, then the full reader decodes
 * any that remain in string values (and formula string results).
 */
export const unescapeText = (s: string) => (s.includes('_x') ? s.replace(X_ESCAPE_UPPER, fromHex) : s);
export const unescapeValue = (s: string) => (s.includes('_x') ? s.replace(X_ESCAPE_ANY, fromHex) : s);

/**
 * Collects `<t>` text and `<r>` runs of one string item (`<si>` or `<is>`);
 * phonetic guides (`<rPh>`) are skipped. Fed by the caller's XML loop.
 */
export class StringCollector {
  private text = '';
  private runs: TextRun[] | null = null;
  private runFont: string | undefined;
  private inT = false;
  private inRun = false;
  private inPhonetic = false;

  open(name: string, attrs: Record<string, string>): void {
    switch (name) {
      case 't':
        if (!this.inPhonetic) this.inT = true;
        break;
      case 'r':
        this.inRun = true;
        this.runs ??= [];
        this.runs.push({ text: '' });
        this.runFont = undefined;
        break;
      case 'rFont':
        if (this.inRun) this.runFont = attrs.val;
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
    }
  }

  onText(t: string): void {
    if (!this.inT) return;
    if (this.inRun && this.runs) this.runs[this.runs.length - 1].text += t;
    else this.text += t;
  }

  close(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'r' && this.runs) {
      const run = this.runs[this.runs.length - 1];
      run.text = unescapeText(run.text);
      if (this.runFont) run.font = this.runFont;
      this.inRun = false;
    }
  }

  /** The item read so far; resets for the next one. */
  take(): StringValue {
    const value: StringValue = this.runs ? { runs: this.runs } : unescapeText(this.text);
    this.text = '';
    this.runs = null;
    return value;
  }
}

export function parseSharedStrings(xml: Uint8Array): StringValue[] {
  return fastOrGeneral((fast) => readSharedStrings(xml, fast));
}

/** The items read through ./string-items.ts (`fast`) or all through the general scanner. */
export function readSharedStrings(xml: Uint8Array, fast: boolean): StringValue[] {
  const strings: StringValue[] = [];
  const item = new StringCollector();
  parseXml('sharedStrings.xml', xml, {
    open: (name, attrs) => (name === 'si' ? item.take() : item.open(name, attrs)),
    text: (t) => item.onText(t),
    close: (name) => (name === 'si' ? strings.push(item.take()) : item.close(name)),
    content: fast
      ? (name, s, from) =>
          name === 'sst' ? scanStringItems(s, from, (text) => strings.push(unescapeText(text))) : -1
      : undefined,
  });
  return strings;
}

/** A part's document properties under the names the full reader uses, in document order. */
export type Properties = readonly (readonly [string, string])[];

const CORE_NAMES: Record<string, string> = {
  title: 'Title',
  subject: 'Subject',
  creator: 'Author',
  keywords: 'Keywords',
  description: 'Comments',
  lastModifiedBy: 'LastAuthor',
  category: 'Category',
};
const APP_NAMES: Record<string, string> = { Company: 'Company', Manager: 'Manager' };

/** The named simple elements of core.xml or app.xml; properties are informative, so an unreadable part gives none. */
function simpleProperties(part: string, xml: Uint8Array, names: Record<string, string>): Properties {
  const found: [string, string][] = [];
  let key: string | null = null;
  let text = '';
  try {
    parseXml(part, xml, {
      open(name) {
        key = names[name] ?? null;
        text = '';
      },
      text: (t) => (text += t),
      close() {
        if (key && text !== '') found.push([key, text]);
        key = null;
      },
    });
  } catch {
    return [];
  }
  return found;
}

export const parseCoreProperties = (xml: Uint8Array) => simpleProperties('core.xml', xml, CORE_NAMES);
export const parseAppProperties = (xml: Uint8Array) => simpleProperties('app.xml', xml, APP_NAMES);

/** The template writer's custom properties (agency, plan fingerprint), trimmed. */
export function parseCustomProperties(xml: Uint8Array): Properties {
  const found: [string, string][] = [];
  let name: string | null = null;
  let text = '';
  try {
    parseXml('custom.xml', xml, {
      open(tag, attrs) {
        if (tag === 'property') {
          name = attrs.name || null;
          text = '';
        }
      },
      text: (t) => {
        if (name) text += t;
      },
      close(tag) {
        if (tag === 'property' && name) {
          found.push([name, text.trim()]);
          name = null;
        }
      },
    });
  } catch {
    return [];
  }
  return found;
}
