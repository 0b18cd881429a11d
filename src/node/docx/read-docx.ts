/**
 * A Word plan (.docx) to a PlanDocument: paragraphs with the numbering Word
 * shows, heading levels and bold, and tables with their merged cells. The
 * zip is opened with the same guard the workbook readers use (no zip bomb
 * gets inflated), the XML parsed with saxes, never matched with regexes.
 */
import type { PlanBlock, PlanDocument, PlanParagraph, PlanTable } from '../../core/draft/document';
import { paragraphs } from '../../core/draft/document';
import { isFootnoteLine, splitLabel } from '../../core/draft/inline';
import { parsePlanText } from '../../core/draft/plan-text';
import { convertLegacy, detectLegacy, type LegacyEncoding } from '../../core/text/legacy/detect';
import { cleanText } from '../../core/text/normalize';
import { isOle2, listCfbStreams } from '../read/cfb';
import { DEFAULT_LIMITS, ReadError, type ReadFailure } from '../read/outcome';
import {
  checkDeclaredSizes,
  isZip,
  readSmallEntry,
  readZipDirectory,
  type ZipEntry,
} from '../read/zip-guard';
import { Numbering } from './numbering';
import { runFont, Styles } from './styles';
import { child, elements, onOff, parseXml, val, type XmlElement } from './xml-tree';

/** Word tables have at most 63 columns: a span or skip beyond that is a damaged file's, not a table's. */
const MAX_GRID = 63;

/** A grid count (gridSpan, gridBefore) as a whole number in 0…MAX_GRID, `fallback` when missing or unreadable. */
function gridCount(value: string | undefined, fallback: number): number {
  const n = Math.floor(Number(value ?? fallback));
  return Number.isFinite(n) ? Math.min(MAX_GRID, Math.max(fallback, n)) : fallback;
}

export type DocxFailure = ReadFailure | 'not-a-docx' | 'legacy-doc' | 'bad-xml' | 'spreadsheet';

export type DocxOutcome =
  | {
      ok: true;
      doc: PlanDocument;
      /** Set when runs in a TCVN3 or VNI font (".VnTime", "VNI-Times") were converted to Unicode. */
      legacy?: LegacyEncoding;
    }
  | { ok: false; reason: DocxFailure; detail?: string };

/** A plan's document.xml is well under this; more is not a plan. */
const PART_CAP = 64 * 1024 * 1024;

export function readDocx(bytes: Uint8Array): DocxOutcome {
  try {
    if (isOle2(bytes)) return ole2Failure(bytes);
    if (!isZip(bytes)) return { ok: false, reason: 'not-a-docx', detail: 'not a zip archive' };
    const entries = readZipDirectory(bytes);
    checkDeclaredSizes(entries, DEFAULT_LIMITS);
    if (entries.some((e) => e.name === 'xl/workbook.xml' || e.name === 'content.xml')) {
      return { ok: false, reason: 'spreadsheet', detail: 'a workbook, not a document' };
    }
    const mainPath = mainDocumentPath(bytes, entries);
    const main = mainPath ? readSmallEntry(bytes, entries, mainPath, PART_CAP) : null;
    if (!mainPath || !main) return { ok: false, reason: 'not-a-docx', detail: 'no Word document part' };
    const rels = partRelations(bytes, entries, mainPath);
    const part = (type: string) => {
      const target = rels.get(type);
      const data = target ? readSmallEntry(bytes, entries, target, PART_CAP) : null;
      return data ? parseXml(data) : null;
    };
    const reader = new BodyReader(new Numbering(part('numbering')), new Styles(part('styles')));
    const doc = reader.read(parseXml(main));
    return { ok: true, doc, ...(reader.legacy ? { legacy: reader.legacy } : {}) };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, reason: e.reason, detail: e.detail };
    return { ok: false, reason: 'bad-xml', detail: e instanceof Error ? e.message : String(e) };
  }
}

/** An OLE2 file is either an encrypted .docx or an old binary .doc. */
function ole2Failure(bytes: Uint8Array): DocxOutcome {
  const names = listCfbStreams(bytes).map((s) => s.name);
  if (names.includes('EncryptionInfo')) return { ok: false, reason: 'encrypted' };
  if (names.includes('WordDocument')) return { ok: false, reason: 'legacy-doc' };
  if (names.includes('Workbook') || names.includes('Book')) return { ok: false, reason: 'spreadsheet' };
  return { ok: false, reason: 'not-a-docx', detail: 'compound file without a Word document' };
}

function xmlPart(bytes: Uint8Array, entries: ZipEntry[], name: string): XmlElement | null {
  const data = readSmallEntry(bytes, entries, name);
  return data ? parseXml(data) : null;
}

function mainDocumentPath(bytes: Uint8Array, entries: ZipEntry[]): string | null {
  const rels = xmlPart(bytes, entries, '_rels/.rels');
  const target = rels
    ? elements(rels, 'Relationship').find((r) => /\/officeDocument$/.test(r.attrs.Type ?? ''))?.attrs.Target
    : undefined;
  const path = target ? target.replace(/^\//, '') : 'word/document.xml';
  return entries.some((e) => e.name === path) && /\.xml$/.test(path) ? path : null;
}

/** Relationship type (last path segment: "numbering", "styles") → part path, resolved against the main part's folder. */
function partRelations(bytes: Uint8Array, entries: ZipEntry[], mainPath: string): Map<string, string> {
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const file = mainPath.slice(dir.length);
  const rels = xmlPart(bytes, entries, `${dir}_rels/${file}.rels`);
  const out = new Map<string, string>();
  for (const r of rels ? elements(rels, 'Relationship') : []) {
    const type = (r.attrs.Type ?? '').split('/').pop() ?? '';
    const target = r.attrs.Target ?? '';
    if (r.attrs.TargetMode === 'External' || !target) continue;
    out.set(type, resolvePath(dir, target));
  }
  return out;
}

function resolvePath(dir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Containers whose children are body blocks or runs as if the container were not there. */
const TRANSPARENT = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:hyperlink',
  'w:ins',
  'w:fldSimple',
  'w:dir',
  'w:bdo',
]);
/** Never text the reader sees in the paragraph: deleted text, field codes, drawings and their text boxes, notes. */
const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delInstrText',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
  'w:sdtPr',
  'w:pPr',
  'w:rPr',
]);

/** What a paragraph's style gives its runs unless a run says otherwise. */
interface ParagraphLook {
  bold: boolean;
  font: string | null;
  /** Hidden text (`<w:vanish/>` in the paragraph style or the document's defaults). */
  hidden: boolean;
}

interface RunText {
  text: string;
  bold: boolean;
  /** A superscript number: a hand-made footnote mark, not text. */
  footnoteMark?: boolean;
}

class BodyReader {
  private blocks: PlanBlock[] = [];
  /** The legacy encoding of the first run converted from a TCVN3 or VNI font. */
  legacy: LegacyEncoding | null = null;

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
  ) {}

  read(document: XmlElement): PlanDocument {
    const body = child(document, 'w:body');
    if (body) this.blockLevel(body);
    return { blocks: this.blocks };
  }

  private blockLevel(el: XmlElement): void {
    for (const c of elements(el)) {
      if (c.name === 'w:p') {
        for (const p of this.bodyParagraphs(c)) this.blocks.push({ ...p, index: this.blocks.length + 1 });
      } else if (c.name === 'w:tbl') {
        this.blocks.push({ ...this.table(c), index: this.blocks.length + 1 });
      } else if (TRANSPARENT.has(c.name)) {
        this.blockLevel(c);
      }
    }
  }

  /**
   * A paragraph as the plan shows it; null when it holds no text (in a table
   * cell, a Word number alone — an auto-numbered STT cell — is kept). Advances
   * list counters either way, as Word does.
   */
  private paragraph(p: XmlElement, lineBreak = ' '): Omit<PlanParagraph, 'index'> | null {
    const pPr = child(p, 'w:pPr');
    const style = this.styles.facts(val(pPr, 'w:pStyle'));
    const numPr = child(pPr, 'w:numPr');
    const numId = val(numPr, 'w:numId') ?? style.numId;
    const ilvl = Number(val(numPr, 'w:ilvl') ?? style.ilvl) || 0;
    const list = numId ? this.numbering.next(numId, ilvl) : null;
    const outline = val(pPr, 'w:outlineLvl');
    const heading = outline !== undefined && Number(outline) <= 8 ? Number(outline) + 1 : style.heading;

    const runs: RunText[] = [];
    const look = {
      bold: style.bold,
      font: style.font ?? this.styles.defaultFont,
      hidden: style.vanish ?? this.styles.defaultVanish,
    };
    this.runs(p, look, runs);
    const joined = runs.map((r) => r.text).join('');
    const textNow = cleanText(joined.replace(/\n/g, lineBreak === '\n' ? '\n' : ' '), {
      keepLineBreaks: lineBreak === '\n',
    });
    if (textNow === '') {
      const inCell = lineBreak === '\n';
      return inCell && list?.label && !list.bullet
        ? { kind: 'paragraph', label: list.label, bullet: false, heading, bold: false, text: '' }
        : null;
    }
    // A paragraph opening with a superscript number (a run set so, or "¹") is a footnote typed by hand.
    const footnote =
      runs.find((r) => r.footnoteMark || r.text.trim() !== '')?.footnoteMark === true ||
      isFootnoteLine(textNow);
    const visible = runs.filter((r) => r.text.trim() !== '');
    const bold = visible.length > 0 && visible.every((r) => r.bold);
    // Numbers typed by hand ("1.1. Sở …", "- …") count as much as Word's own.
    const typed = list ? { label: null, bullet: false, rest: textNow } : splitLabel(textNow);
    return {
      kind: 'paragraph',
      label: list?.label ?? typed.label,
      bullet: (list?.bullet ?? false) || typed.bullet,
      heading,
      bold,
      text: cleanText(typed.rest, { keepLineBreaks: lineBreak === '\n' }),
      ...(footnote ? { footnote: true } : {}),
    };
  }

  /**
   * A body paragraph as the plan's paragraphs: one, its lines joined, unless
   * its line breaks (Shift+Enter, or a PDF converted to Word) open numbered or
   * bulleted items ("IV. TỔ CHỨC THỰC HIỆN↵1. Sở Nội vụ↵- Chủ trì …"): then its
   * lines are read as a text plan's are, a line wrapped mid-sentence joined.
   */
  private bodyParagraphs(el: XmlElement): Omit<PlanParagraph, 'index'>[] {
    const p = this.paragraph(el, '\n');
    if (!p || p.text === '') return [];
    const lines = p.text.split('\n');
    const opensItem = (line: string) => {
      const typed = splitLabel(line);
      return typed.label !== null || typed.bullet;
    };
    if (!lines.slice(1).some(opensItem)) return [{ ...p, text: cleanText(p.text) }];
    return paragraphs(parsePlanText(p.text)).map((item, i) => ({
      ...item,
      label: i === 0 ? p.label : item.label,
      bullet: i === 0 ? p.bullet : item.bullet,
      heading: i === 0 ? p.heading : null,
      bold: p.bold,
    }));
  }

  private runs(el: XmlElement, para: ParagraphLook, out: RunText[]): void {
    for (const c of elements(el)) {
      if (SKIP.has(c.name)) continue;
      if (c.name === 'w:r') this.run(c, para, out);
      else this.runs(c, para, out);
    }
  }

  private run(r: XmlElement, para: ParagraphLook, out: RunText[]): void {
    const rPr = child(r, 'w:rPr');
    const own = onOff(child(rPr, 'w:b'));
    const charStyle = this.styles.facts(val(rPr, 'w:rStyle'));
    const bold = own ?? (charStyle.bold || para.bold);
    const font = runFont(rPr) ?? charStyle.font ?? para.font;
    // Hidden text (Word shows it only with formatting marks on, never prints it) is not the plan's:
    // the run's own w:vanish, else its character style's, else its paragraph style's.
    if (onOff(child(rPr, 'w:vanish')) ?? charStyle.vanish ?? para.hidden) return;
    // A hand-made footnote mark: a superscript number.
    const superscript = val(rPr, 'w:vertAlign') === 'superscript';
    let s = '';
    for (const c of elements(r)) {
      if (c.name === 'w:t') s += c.children.filter((x): x is string => typeof x === 'string').join('');
      else if (c.name === 'w:tab' || c.name === 'w:ptab') s += '\t';
      else if ((c.name === 'w:br' && c.attrs['w:type'] !== 'page') || c.name === 'w:cr') s += '\n';
      else if (c.name === 'w:noBreakHyphen') s += '-';
    }
    if (superscript && /^\s*\d+\s*$/.test(s)) {
      out.push({ text: '', bold, footnoteMark: true });
      return;
    }
    if (s) out.push({ text: this.unicode(s, font), bold });
  }

  /** A run set in a TCVN3 or VNI font holds that encoding's letters: converted, as Word shows them. */
  private unicode(text: string, font: string | null): string {
    const encoding = font ? detectLegacy(text, font) : null;
    if (!encoding) return text;
    this.legacy ??= encoding;
    return convertLegacy(text, encoding, font);
  }

  private table(tbl: XmlElement): Omit<PlanTable, 'index'> {
    const rows: string[][] = [];
    const merges: NonNullable<PlanTable['merges']> = [];
    /** Per column, the open vertical merge (index into merges). */
    const openMerge = new Map<number, number>();
    for (const tr of elements(tbl, 'w:tr')) {
      const r = rows.length;
      const row: string[] = [];
      let col = gridCount(val(child(tr, 'w:trPr'), 'w:gridBefore'), 0);
      for (let i = 0; i < col; i++) row.push('');
      for (const tc of this.cells(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        const span = gridCount(val(tcPr, 'w:gridSpan'), 1);
        const vMerge = child(tcPr, 'w:vMerge');
        const continues = vMerge !== undefined && (vMerge.attrs['w:val'] ?? 'continue') === 'continue';
        const content = this.cellText(tc);
        if (continues && openMerge.has(col)) {
          merges[openMerge.get(col) as number].bottom = r;
          for (let i = 0; i < span; i++) row.push('');
        } else {
          row.push(content);
          for (let i = 1; i < span; i++) row.push('');
          openMerge.delete(col);
          if (vMerge !== undefined || span > 1) {
            merges.push({ top: r, left: col, bottom: r, right: col + span - 1 });
            if (vMerge !== undefined) openMerge.set(col, merges.length - 1);
          }
        }
        col += span;
      }
      rows.push(row);
    }
    const width = Math.max(0, ...rows.map((r) => r.length));
    for (const row of rows) while (row.length < width) row.push('');
    return { kind: 'table', rows, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left) };
  }

  private cells(tr: XmlElement): XmlElement[] {
    return elements(tr).flatMap((c) =>
      c.name === 'w:tc' ? [c] : TRANSPARENT.has(c.name) ? this.cells(c) : [],
    );
  }

  /** A cell's lines: each paragraph one line, a list item with its number or "- ", nested tables flattened. */
  private cellText(el: XmlElement): string {
    const lines: string[] = [];
    for (const c of elements(el)) {
      if (c.name === 'w:p') {
        const p = this.paragraph(c, '\n');
        if (p) lines.push(p.bullet ? `- ${p.text}` : p.label ? labelled(p.label, p.text) : p.text);
      } else if (c.name === 'w:tbl') {
        lines.push(
          ...this.table(c)
            .rows.map((row) => row.filter(Boolean).join(' '))
            .filter(Boolean),
        );
      } else if (TRANSPARENT.has(c.name)) {
        const inner = this.cellText(c);
        if (inner) lines.push(inner);
      }
    }
    return lines.join('\n');
  }
}

/**
 * A cell's numbered line. A number alone (an STT cell Word numbers itself)
 * reads as the typed STT does: "1." is "1".
 */
function labelled(label: string, text: string): string {
  if (text !== '') return `${label} ${text}`;
  return /^\d+(?:\.\d+)*[.)]$/.test(label) ? label.slice(0, -1) : label;
}
