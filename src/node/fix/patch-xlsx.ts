/**
 * `phuluc fix` on an .xlsx, edited in place: only the edited cells of their
 * sheets change, with new shared strings (and, for converted legacy text, a
 * new font and cell style) added to the workbook's own parts. Every other
 * part — charts, pictures, comments, validation lists, conditional formats,
 * pivot tables, print settings, macros' neighbours — is written back with the
 * very bytes it had. A full model (exceljs) would rewrite the whole package
 * and lose what it does not model: a chart makes it fail to load at all.
 *
 * Returns null for a package this cannot edit safely (no workbook part, a
 * sheet whose cells carry no address, a style part of an unusual shape); the
 * caller then edits an exceljs copy as before.
 */
import { Zip, ZipPassThrough } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import type { CellEdit } from '../../core/fix/compose';
import { numberText } from '../../core/table/sheet-reader';
import { parseXml } from '../fast/xml';
import {
  parseRels,
  parseSharedStrings,
  parseWorkbook,
  StringCollector,
  unescapeValue,
  type StringValue,
} from '../fast/xlsx-parts';
import { DEFAULT_LIMITS } from '../read/outcome';
import { inflateGuarded, readZipDirectory, type ZipEntry } from '../read/zip-guard';
import type { AppliedEdits, SkippedEdit } from './apply-edits';

export interface PatchedXlsx extends AppliedEdits {
  bytes: Uint8Array;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();
// Excel stamps every entry of its packages with 1 January 1980; the same input then gives the same bytes.
const ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);
const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';

/** The relationship a part's `type` names, by its last segment ("…/officeDocument"). */
const ofType = (rels: ReturnType<typeof parseRels>, kind: string) =>
  [...rels.values()].find((r) => r.type.endsWith(`/${kind}`));

const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};
const dirOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);

export function patchXlsx(bytes: Uint8Array, edits: readonly CellEdit[]): PatchedXlsx | null {
  const entries = readZipDirectory(bytes);
  const parts = inflateGuarded(bytes, entries, DEFAULT_LIMITS, { keep: () => true });
  const text = (name: string) => {
    const part = parts.get(name);
    return part ? decoder.decode(part) : null;
  };

  const root = parts.get('_rels/.rels');
  const workbookPart = root && ofType(parseRels(root, ''), 'officeDocument')?.target;
  const workbookXml = workbookPart ? parts.get(workbookPart) : undefined;
  const workbookRels = workbookPart ? parts.get(relsOf(workbookPart)) : undefined;
  if (!workbookPart || !workbookXml || !workbookRels) return null;
  const rels = parseRels(workbookRels, dirOf(workbookPart));
  const sheetParts = new Map(
    parseWorkbook(workbookXml).sheets.map((s) => [s.name, rels.get(s.relId)?.target] as const),
  );

  const stringsPart = ofType(rels, 'sharedStrings')?.target;
  const strings =
    stringsPart && parts.has(stringsPart) ? new SharedStrings(text(stringsPart) as string) : null;
  const stylesPart = ofType(rels, 'styles')?.target;
  const stylesXml = stylesPart ? text(stylesPart) : null;
  const styles = stylesXml === null ? null : Styles.parse(stylesXml);

  const applied: CellEdit[] = [];
  const skipped: SkippedEdit[] = [];
  const changed = new Map<string, string>();
  const bySheet = new Map<string, CellEdit[]>();
  for (const edit of edits) bySheet.set(edit.sheet, [...(bySheet.get(edit.sheet) ?? []), edit]);
  for (const [sheet, sheetEdits] of bySheet) {
    const part = sheetParts.get(sheet);
    const xml = part ? text(part) : null;
    if (!part || xml === null) {
      for (const edit of sheetEdits) skipped.push({ edit, reason: 'missing' });
      continue;
    }
    if (sheetEdits.some((e) => e.setFont) && !styles) return null;
    const patched = patchSheet(xml, sheetEdits, { strings, styles: styles as Styles });
    if (!patched) return null;
    applied.push(...patched.applied);
    skipped.push(...patched.skipped);
    changed.set(part, patched.xml);
  }
  if (strings?.grew) changed.set(stringsPart as string, strings.xml());
  if (styles?.grew) changed.set(stylesPart as string, styles.xml());
  return { bytes: rezip(bytes, entries, parts, changed), applied, skipped };
}

interface SheetContext {
  strings: SharedStrings | null;
  styles: Styles;
}

/** One cell element as found in a sheet: where it is and what it holds. */
interface CellElement {
  start: number;
  end: number;
  prefix: string;
  /** Its attributes other than the type and style, as written. */
  otherAttrs: string;
  style: number;
  type: string;
  formula: boolean;
  value: string | null;
  inline: StringValue | null;
  /** The inline string's first run properties, for a converted cell's font. */
  inlineRunProps: string | null;
}

const CELL_OPEN = new RegExp(`<(${PREFIX})c(?=[\\s/>])([^>]*?)(/?)>`, 'g');
const ATTR = /\s([\w:.-]+)\s*=\s*(["'])(.*?)\2/g;

function patchSheet(
  xml: string,
  edits: readonly CellEdit[],
  ctx: SheetContext,
): { xml: string; applied: CellEdit[]; skipped: SkippedEdit[] } | null {
  const wanted = new Map(edits.map((e) => [e.cell.toUpperCase(), e]));
  const found = new Map<string, CellElement>();
  CELL_OPEN.lastIndex = 0;
  for (let m = CELL_OPEN.exec(xml); m; m = CELL_OPEN.exec(xml)) {
    const [open, prefix, attrText, selfClosing] = m;
    const attrs = attributes(attrText);
    // A cell placed by its order alone cannot be found by address: the exceljs copy reads it.
    if (attrs.r === undefined) return null;
    const ref = attrs.r.toUpperCase();
    const closeAt = selfClosing ? m.index + open.length : xml.indexOf(`</${prefix}c>`, m.index);
    if (closeAt < 0) return null;
    const end = selfClosing ? closeAt : closeAt + prefix.length + 4;
    CELL_OPEN.lastIndex = end;
    if (!wanted.has(ref)) continue;
    found.set(ref, readCellElement(xml.slice(m.index, end), m.index, end, prefix, attrText, attrs));
  }
  const applied: CellEdit[] = [];
  const skipped: SkippedEdit[] = [];
  const replacements: { start: number; end: number; xml: string }[] = [];
  for (const [ref, edit] of wanted) {
    const cell = found.get(ref);
    if (!cell) {
      skipped.push({ edit, reason: 'missing' });
      continue;
    }
    if (cell.formula) {
      skipped.push({ edit, reason: 'formula' });
      continue;
    }
    const stored = storedText(cell, ctx.strings);
    if (stored?.text !== edit.before) {
      skipped.push({ edit, reason: 'changed' });
      continue;
    }
    const style = edit.setFont ? ctx.styles.withFont(cell.style, edit.setFont, stored.runProps) : cell.style;
    replacements.push({
      start: cell.start,
      end: cell.end,
      xml: cellXml(cell, edit.after, style, ctx.strings),
    });
    applied.push(edit);
  }
  replacements.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of replacements) {
    out += xml.slice(at, r.start) + r.xml;
    at = r.end;
  }
  return { xml: out + xml.slice(at), applied, skipped };
}

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) attrs[m[1]] = m[3];
  return attrs;
}

function readCellElement(
  element: string,
  start: number,
  end: number,
  prefix: string,
  attrText: string,
  attrs: Record<string, string>,
): CellElement {
  const cell: CellElement = {
    start,
    end,
    prefix,
    otherAttrs: attrText.replace(/\s(?:t|s)\s*=\s*(["']).*?\1/g, ''),
    style: Number(attrs.s ?? 0) || 0,
    type: attrs.t ?? 'n',
    formula: false,
    value: null,
    inline: null,
    inlineRunProps: null,
  };
  const inline = new StringCollector();
  let inV = false;
  let inInline = false;
  parseXml('sheet cell', encoder.encode(element), {
    open(name, a) {
      if (name === 'f') cell.formula = true;
      else if (name === 'v') inV = true;
      else if (name === 'is') inInline = true;
      else if (inInline) inline.open(name, a);
    },
    text(t) {
      if (inV) cell.value = (cell.value ?? '') + t;
      else if (inInline) inline.onText(t);
    },
    close(name) {
      if (name === 'v') inV = false;
      else if (name === 'is') {
        inInline = false;
        cell.inline = inline.take();
      } else if (inInline) inline.close(name);
    },
  });
  if (cell.inline && typeof cell.inline !== 'string') cell.inlineRunProps = firstRunProps(element);
  return cell;
}

/** The text the reader gave the engine for this cell (rich text joined), and a rich text's first run's look. */
function storedText(
  cell: CellElement,
  strings: SharedStrings | null,
): { text: string; runProps: string | null } | null {
  const of = (v: StringValue, runProps: string | null) => ({
    text: typeof v === 'string' ? unescapeValue(v) : v.runs.map((r) => unescapeValue(r.text)).join(''),
    runProps: typeof v === 'string' ? null : runProps,
  });
  switch (cell.type) {
    case 's': {
      const index = Number(cell.value);
      const item = strings && Number.isInteger(index) ? strings.item(index) : undefined;
      return item === undefined ? null : of(item, strings?.runProps(index) ?? null);
    }
    case 'inlineStr':
      return cell.inline === null ? null : of(cell.inline, cell.inlineRunProps);
    case 'str':
      return cell.value === null ? null : { text: unescapeValue(cell.value), runProps: null };
    case 'n':
      return cell.value === null || cell.value.trim() === ''
        ? null
        : { text: numberText(Number(cell.value)), runProps: null };
    default:
      return null;
  }
}

/** The edited cell: a renumbered number stays a number; text goes to the shared strings (inline without them). */
function cellXml(cell: CellElement, after: string, style: number, strings: SharedStrings | null): string {
  const p = cell.prefix;
  const s = style ? ` s="${style}"` : '';
  if (cell.type === 'n' && /^\d+$/.test(after))
    return `<${p}c${cell.otherAttrs}${s}><${p}v>${after}</${p}v></${p}c>`;
  if (strings) return `<${p}c${cell.otherAttrs}${s} t="s"><${p}v>${strings.add(after)}</${p}v></${p}c>`;
  return `<${p}c${cell.otherAttrs}${s} t="inlineStr"><${p}is>${textElement(p, after)}</${p}is></${p}c>`;
}

// Characters XML cannot hold, written as OOXML's escapes (the reader decodes them back).
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\r\uFFFE\uFFFF]/g;

function escapeText(s: string): string {
  return s
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function textElement(p: string, s: string): string {
  const preserve = /^\s|\s$|\n|\t/.test(s) ? ' xml:space="preserve"' : '';
  return `<${p}t${preserve}>${escapeText(s)}</${p}t>`;
}

const FIRST_RUN_PROPS = new RegExp(`<${PREFIX}r>\\s*<${PREFIX}rPr\\b[^>]*>([\\s\\S]*?)</${PREFIX}rPr>`);

/** The properties of a rich text's first run, when it has them. */
function firstRunProps(xml: string): string | null {
  return FIRST_RUN_PROPS.exec(xml)?.[1] ?? null;
}

/** The shared-strings part: items looked up by index, new items appended once each. */
class SharedStrings {
  private readonly items: StringValue[];
  private readonly plain = new Map<string, number>();
  private readonly added: string[] = [];
  private elements: string[] | null = null;

  constructor(private readonly source: string) {
    this.items = parseSharedStrings(encoder.encode(source));
    this.items.forEach((item, i) => {
      if (typeof item === 'string' && !this.plain.has(item)) this.plain.set(unescapeValue(item), i);
    });
  }

  get grew(): boolean {
    return this.added.length > 0;
  }

  item(index: number): StringValue | undefined {
    return this.items[index];
  }

  /** The first run's properties of item `index` (rich text only). */
  runProps(index: number): string | null {
    this.elements ??= [
      ...this.source.matchAll(new RegExp(`<${PREFIX}si\\b[\\s\\S]*?</${PREFIX}si>|<${PREFIX}si/>`, 'g')),
    ].map((m) => m[0]);
    const element = this.elements[index];
    return element ? firstRunProps(element) : null;
  }

  /** The index of a plain item holding `text`, added at the end when there is none. */
  add(text: string): number {
    const known = this.plain.get(text);
    if (known !== undefined) return known;
    const index = this.items.length + this.added.length;
    this.added.push(text);
    this.plain.set(text, index);
    return index;
  }

  xml(): string {
    const close = new RegExp(`</(${PREFIX})sst\\s*>`).exec(this.source);
    if (!close) throw new Error('sharedStrings.xml: no closing sst tag');
    const p = close[1];
    const items = this.added.map((t) => `<${p}si>${textElement(p, t)}</${p}si>`).join('');
    const total = this.items.length + this.added.length;
    const head = this.source.slice(0, close.index);
    // The opening tag's uniqueCount follows the items; count (references) is unchanged: each edited cell still holds one.
    const withCount = head.replace(new RegExp(`<${PREFIX}sst\\b[^>]*>`), (tag) =>
      tag.replace(/(\suniqueCount\s*=\s*["'])\d+(["'])/, `$1${total}$2`),
    );
    return withCount + items + this.source.slice(close.index);
  }
}

interface Section {
  /** Where the section's content starts and ends in the part. */
  start: number;
  end: number;
  elements: string[];
}

/** The styles part: fonts and cell styles, to which a converted cell's Unicode font and its style are added. */
class Styles {
  private readonly newFonts: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly made = new Map<string, number>();

  private constructor(
    private readonly source: string,
    private readonly fonts: Section,
    private readonly xfs: Section,
    private readonly prefix: string,
  ) {}

  static parse(source: string): Styles | null {
    const fonts = section(source, 'fonts', 'font');
    const xfs = section(source, 'cellXfs', 'xf');
    if (!fonts || !xfs || xfs.elements.length === 0) return null;
    const prefix = new RegExp(`<(${PREFIX})styleSheet\\b`).exec(source)?.[1] ?? '';
    return new Styles(source, fonts, xfs, prefix);
  }

  get grew(): boolean {
    return this.newXfs.length > 0;
  }

  /**
   * A cell style like `style` whose font is named `name`; size, bold, italic
   * and colour stay. A rich text's first run fills in its own look, as the
   * reader saw it. The old charset and theme scheme go: a scheme makes Excel
   * draw the theme's font whatever the name says.
   */
  withFont(style: number, name: string, runProps: string | null): number {
    const key = `${style}\u0000${name}\u0000${runProps ?? ''}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const xf = this.xfs.elements[style] ?? this.xfs.elements[0];
    const fontId = Number(/\sfontId\s*=\s*["'](\d+)["']/.exec(xf)?.[1] ?? 0);
    const props = new Map(children(this.fonts.elements[fontId] ?? ''));
    for (const [tag, attrs] of children(runProps ?? '')) props.set(tag === 'rFont' ? 'name' : tag, attrs);
    props.delete('charset');
    props.delete('scheme');
    props.set('name', ` val="${escapeText(name).replace(/"/g, '&quot;')}"`);
    const p = this.prefix;
    const font = `<${p}font>${[...props].map(([tag, attrs]) => `<${p}${tag}${attrs}/>`).join('')}</${p}font>`;
    this.newFonts.push(font);
    const newFontId = this.fonts.elements.length + this.newFonts.length - 1;
    const newXf = setAttr(setAttr(xf, 'fontId', String(newFontId)), 'applyFont', '1');
    this.newXfs.push(newXf);
    const index = this.xfs.elements.length + this.newXfs.length - 1;
    this.made.set(key, index);
    return index;
  }

  xml(): string {
    const s = this.source;
    const add = (sec: Section, items: string[], name: string) => (text: string) =>
      text.replace(
        new RegExp(`(<${PREFIX}${name}\\b[^>]*?\\scount\\s*=\\s*["'])\\d+(["'])`),
        `$1${sec.elements.length + items.length}$2`,
      );
    // The later section first, so the earlier one's offsets still hold.
    const [first, second] =
      this.fonts.start < this.xfs.start
        ? [
            { sec: this.fonts, items: this.newFonts, name: 'fonts' },
            { sec: this.xfs, items: this.newXfs, name: 'cellXfs' },
          ]
        : [
            { sec: this.xfs, items: this.newXfs, name: 'cellXfs' },
            { sec: this.fonts, items: this.newFonts, name: 'fonts' },
          ];
    const head = add(first.sec, first.items, first.name)(s.slice(0, first.sec.end));
    const middle = add(second.sec, second.items, second.name)(s.slice(first.sec.end, second.sec.end));
    return head + first.items.join('') + middle + second.items.join('') + s.slice(second.sec.end);
  }
}

/** A section such as `<fonts count="2">…</fonts>`: its content's span and its elements. */
function section(source: string, name: string, element: string): Section | null {
  const open = new RegExp(`<(${PREFIX})${name}\\b[^>]*?(/?)>`).exec(source);
  if (!open || open[2]) return null;
  const start = open.index + open[0].length;
  const end = source.indexOf(`</${open[1]}${name}>`, start);
  if (end < 0) return null;
  const pattern = new RegExp(`<(${PREFIX})${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1${element}>)`, 'g');
  return { start, end, elements: [...source.slice(start, end).matchAll(pattern)].map((m) => m[0]) };
}

/** The child elements of a font or run properties, as tag (without prefix) → attributes text. */
function children(xml: string): [string, string][] {
  const inner = /^<[^>]*?>([\s\S]*)<\/[^>]*>$/.exec(xml.trim())?.[1] ?? xml;
  return [...inner.matchAll(new RegExp(`<${PREFIX}([A-Za-z]+)(\\s[^>]*?)?/?>`, 'g'))].map(
    (m) => [m[1], (m[2] ?? '').replace(/\s+$/, '')] as [string, string],
  );
}

/** An element's opening tag with `name` set to `value` (replaced, or added before the tag's end). */
function setAttr(element: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${name}\\s*=\\s*["'])[^"']*(["'])`);
  if (existing.test(element)) return element.replace(existing, `$1${value}$2`);
  return element.replace(/^(<[^>]*?)(\s*\/?>)/, `$1 ${name}="${value}"$2`);
}

/**
 * The package written again: entries in their order, unchanged ones with
 * their compressed bytes as they were, changed ones deflated anew.
 */
function rezip(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  parts: Map<string, Uint8Array>,
  changed: Map<string, string>,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const replaced = changed.get(entry.name);
    const content =
      replaced !== undefined ? encoder.encode(replaced) : (parts.get(entry.name) ?? new Uint8Array(0));
    const file = new PartEntry(entry.name, replaced !== undefined ? null : original(bytes, entry));
    zip.add(file);
    file.push(content, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** An unchanged entry's method and stored bytes. */
function original(bytes: Uint8Array, entry: ZipEntry): { method: number; data: Uint8Array } {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  return { method: entry.method, data: bytes.subarray(start, start + entry.compressedSize) };
}

/**
 * An entry through fflate's pass-through extension point: the content is
 * pushed (fflate counts its size and CRC), the bytes written are the
 * original compressed ones, or a fresh deflate by Node's zlib.
 */
class PartEntry extends ZipPassThrough {
  constructor(
    name: string,
    private readonly stored: { method: number; data: Uint8Array } | null,
  ) {
    super(name);
    this.compression = stored ? stored.method : 8;
    this.mtime = ENTRY_TIME;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(
      null,
      this.stored ? new Uint8Array(this.stored.data) : new Uint8Array(deflateRawSync(chunk, { level: 6 })),
      final,
    );
  }
}
