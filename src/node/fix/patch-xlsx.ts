/**
 * `phuluc fix` on an .xlsx, edited in place: only the edited cells of their
 * sheets change, with new shared strings (and, for converted legacy text, a
 * new font and cell style) added to the workbook's own parts. Every other
 * part — charts, pictures, comments, validation lists, conditional formats,
 * pivot tables, print settings — is written back with the
 * very bytes it had. A full model (exceljs) would rewrite the whole package
 * and lose what it does not model: a chart makes it fail to load at all.
 *
 * Returns null for a package this cannot edit safely (no workbook part, a
 * sheet whose cells carry no address, a style part of an unusual shape); the
 * caller then edits an exceljs copy as before.
 */
import type { CellEdit } from '../../core/fix/compose';
import { numberText } from '../../core/table/sheet-reader';
import { parseXml } from '../fast/xml';
import {
  folderOf,
  parseRels,
  parseWorkbook,
  relsPathOf,
  StringCollector,
  unescapeValue,
  type StringValue,
} from '../fast/xlsx-parts';
import { DEFAULT_LIMITS } from '../read/outcome';
import { inflateGuarded, readZipDirectory } from '../read/zip-guard';
import type { AppliedEdits, SkippedEdit } from './apply-edits';
import { rezip } from './rezip';
import { SharedStrings } from './xlsx-shared-strings';
import { Styles } from './xlsx-styles';
import { firstRunProps, PREFIX, textElement } from '../write/xlsx-text';

export interface PatchedXlsx extends AppliedEdits {
  bytes: Uint8Array;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** The relationship a part's `type` names, by its last segment ("…/officeDocument"). */
const ofType = (rels: ReturnType<typeof parseRels>, kind: string) =>
  [...rels.values()].find((r) => r.type.endsWith(`/${kind}`));

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
  const workbookRels = workbookPart ? parts.get(relsPathOf(workbookPart)) : undefined;
  if (!workbookPart || !workbookXml || !workbookRels) return null;
  const rels = parseRels(workbookRels, folderOf(workbookPart));
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
