/**
 * The rows and cells of a worksheet's <sheetData> as spreadsheet writers put
 * them, read without the general scanner's events: no attribute object per
 * element, no name cut out of the text, nothing but the attributes a cell and
 * a row are read for. Most of a sheet is its <sheetData>, and the general
 * scanner spent ten times as long on it as a scan of its bytes takes.
 *
 * Only this grammar is read, each part checked as the general scanner checks
 * it (names, quoting, duplicate attributes, references):
 *   <row …> (<c …> [<f …>text</f> | <f …/>] [<v>text</v> | <v/>] </c> | <c …/>)* </row>, or <row …/>,
 * with white space between elements. Anything else (an inline string, a
 * prefixed name, an extension element, text between cells, a malformed tag)
 * throws NotForFastPath: the caller reads the whole sheet again through the
 * general scanner, which reads it or refuses it as it always did.
 */
import { detached } from './detach';
import { decodeEntities, NotForFastPath } from './xml-scan';

/** What a sheet reader does with each part, in document order (./sheet-xml.ts). */
export interface SheetDataSink {
  row(r: string | undefined, hidden: string | undefined): void;
  endRow(): void;
  cell(r: string | undefined, t: string | undefined, s: string | undefined): void;
  /** The formula's text ('' for <f/>) and its t, si and ref attributes. */
  formula(text: string, t: string | undefined, si: string | undefined, ref: string | undefined): void;
  value(text: string): void;
  endCell(): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const AMP = 0x26;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;
// ASCII name characters (a name cannot start with a digit, "-" or "."); any other name is left to the general scanner.
const NAME_CHAR = Array.from({ length: 128 }, (_, c) => /[-.0-9:A-Z_a-z]/.test(String.fromCharCode(c)));
const TAB_OR_NEWLINE = /[\t\n]/g;

const ROW_ATTRS = ['r', 'hidden'];
const CELL_ATTRS = ['r', 't', 's'];
const FORMULA_ATTRS = ['t', 'si', 'ref'];
const NO_ATTRS: string[] = [];

/** Whether `name` is written in `s` at `at`: a loop the compiler inlines, where a call to startsWith is not. */
function matches(s: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (s.charCodeAt(at + k) !== name.charCodeAt(k)) return false;
  return true;
}

/** Whether the text at `a` and at `b` is the same for `length` characters. */
function sameText(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

const unsupported = (): never => {
  throw new NotForFastPath('sheet data beyond the plain form');
};

/**
 * Reads the tags' attributes into `values` (by the index of their name in `wanted`; others are checked
 * and passed over). Returns where the tag ends: at ">" or at "/>".
 */
class TagReader {
  readonly values: (string | undefined)[] = [undefined, undefined, undefined];
  /** Where each attribute name of the current tag starts and ends, to find a repeated one. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly s: string) {}

  attributes(p: number, wanted: readonly string[]): number {
    const s = this.s;
    const values = this.values;
    values[0] = values[1] = values[2] = undefined;
    let count = 0;
    for (;;) {
      const before = p;
      while (isSpace(s.charCodeAt(p))) p++;
      const c = s.charCodeAt(p);
      if (c === GT || c === SLASH) return p;
      if (p === before) unsupported();
      const nameStart = p;
      if (!(c < 128 && NAME_CHAR[c]) || c <= 0x39 || c === 0x2d || c === 0x2e) unsupported();
      for (let d = s.charCodeAt(++p); d !== EQUALS; d = s.charCodeAt(++p))
        if (!(d < 128 && NAME_CHAR[d])) unsupported();
      const nameEnd = p;
      const length = nameEnd - nameStart;
      for (let k = 0; k < count; k++)
        if (this.ends[k] - this.starts[k] === length && sameText(s, this.starts[k], nameStart, length))
          unsupported();
      this.starts[count] = nameStart;
      this.ends[count] = nameEnd;
      count++;
      const quote = s.charCodeAt(++p);
      if (quote !== 0x22 && quote !== 0x27) unsupported();
      let close = p + 1;
      let amp = false;
      let spaces = false;
      for (let d = s.charCodeAt(close); d !== quote; d = s.charCodeAt(++close)) {
        if (d !== d || d === LT) unsupported();
        if (d === AMP) amp = true;
        else if (d === 0x09 || d === 0x0a) spaces = true;
      }
      let k = 0;
      while (k < wanted.length && (wanted[k].length !== length || !matches(s, nameStart, wanted[k]))) k++;
      if (k < wanted.length || amp) {
        let value = s.slice(p + 1, close);
        // As the general scanner normalises an attribute value (XML 1.0 §3.3.3), and refuses a bad reference in any.
        if (spaces) value = value.replace(TAB_OR_NEWLINE, ' ');
        if (amp) value = entities(value);
        if (k < wanted.length) values[k] = value;
      }
      p = close + 1;
    }
  }
}

function entities(raw: string): string {
  try {
    return decodeEntities(raw);
  } catch {
    return unsupported();
  }
}

/** `<name` at `p` followed by the end of the name. */
function tagAt(s: string, p: number, name: string): boolean {
  if (s.charCodeAt(p) !== LT || !matches(s, p + 1, name)) return false;
  const c = s.charCodeAt(p + 1 + name.length);
  return isSpace(c) || c === GT || c === SLASH;
}

/** The end of the tag at `p` ("/>" or ">"): whether it closed the element itself, and where its content starts. */
function tagEnd(s: string, p: number): { empty: boolean; next: number } {
  if (s.charCodeAt(p) === GT) return { empty: false, next: p + 1 };
  if (s.charCodeAt(p + 1) !== GT) unsupported();
  return { empty: true, next: p + 2 };
}

function skipSpace(s: string, p: number): number {
  while (isSpace(s.charCodeAt(p))) p++;
  return p;
}

/** The text up to `</name>` at `p`: its end tag must follow it directly. */
function textTo(s: string, p: number, name: string): { text: string; next: number } {
  const lt = s.indexOf('<', p);
  if (lt < 0 || s.charCodeAt(lt + 1) !== SLASH || !matches(s, lt + 2, name)) unsupported();
  if (s.charCodeAt(lt + 2 + name.length) !== GT) unsupported();
  const raw = s.slice(p, lt);
  return { text: detached(raw.includes('&') ? entities(raw) : raw), next: lt + 3 + name.length };
}

/**
 * Reads the content of <sheetData> starting at `from` into `sink`; returns where `</sheetData>` starts.
 * Throws NotForFastPath at the first part outside the grammar above.
 */
export function scanSheetData(s: string, from: number, sink: SheetDataSink): number {
  const tags = new TagReader(s);
  const v = tags.values;
  let p = skipSpace(s, from);
  while (tagAt(s, p, 'row')) {
    const row = tagEnd(s, tags.attributes(p + 4, ROW_ATTRS));
    sink.row(v[0], v[1]);
    p = skipSpace(s, row.next);
    if (!row.empty) {
      while (tagAt(s, p, 'c')) {
        const cell = tagEnd(s, tags.attributes(p + 2, CELL_ATTRS));
        sink.cell(v[0], v[1], v[2]);
        p = skipSpace(s, cell.next);
        if (!cell.empty) {
          if (tagAt(s, p, 'f')) {
            const f = tagEnd(s, tags.attributes(p + 2, FORMULA_ATTRS));
            const [t, si, ref] = v;
            const read = f.empty ? { text: '', next: f.next } : textTo(s, f.next, 'f');
            sink.formula(read.text, t, si, ref);
            p = skipSpace(s, read.next);
          }
          if (tagAt(s, p, 'v')) {
            const value = tagEnd(s, tags.attributes(p + 2, NO_ATTRS));
            const read = value.empty ? { text: '', next: value.next } : textTo(s, value.next, 'v');
            sink.value(read.text);
            p = skipSpace(s, read.next);
          }
          if (!matches(s, p, '</c>')) unsupported();
          p = skipSpace(s, p + 4);
        }
        sink.endCell();
      }
      if (!matches(s, p, '</row>')) unsupported();
      p = skipSpace(s, p + 6);
    }
    sink.endRow();
  }
  if (!matches(s, p, '</sheetData>')) unsupported();
  return p;
}
