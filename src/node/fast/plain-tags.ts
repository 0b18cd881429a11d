/**
 * The pieces of the lean reader's own content scanners (./sheet-data.ts,
 * ./string-items.ts): tags read where they are expected, their attributes
 * checked as the general scanner checks them (names, quoting, repeated
 * names, references, white space) and only the wanted ones cut out. Whatever
 * is not as expected throws NotForFastPath, and the part is read again by
 * the general scanner, which reads or refuses it as it always did.
 */
import { detached } from './detach';
import {
  ASCII_NAME,
  decodeEntities,
  isSpace,
  NotForFastPath,
  sameText,
  skipSpace,
  TAB_OR_NEWLINE,
} from './xml-scan';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const AMP = 0x26;

/** Whether `name` is written in `s` at `at`: a loop the compiler inlines, where a call to startsWith is not. */
export function matches(s: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (s.charCodeAt(at + k) !== name.charCodeAt(k)) return false;
  return true;
}

export const unsupported = (): never => {
  throw new NotForFastPath('content beyond the plain form');
};

/** Where an opening tag ends: whether it closed its element itself ("/>"), and where what follows starts. */
export interface TagEnd {
  empty: boolean;
  next: number;
}

/** Opening tags read where they are expected, their wanted attributes' values in `values`. */
export class TagReader {
  readonly values: (string | undefined)[] = [undefined, undefined, undefined];
  /** Where each attribute name of the current tag starts and ends, to find a repeated one. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(private readonly s: string) {}

  /**
   * The tag `<name …>` or `<name …/>` at `p` (the caller has seen `tagAt`): its attributes named in `wanted`
   * into `values`, by their index there (the others checked and passed over).
   */
  open(p: number, name: string, wanted: readonly string[]): TagEnd {
    const end = this.attributes(p + 1 + name.length, wanted);
    if (this.s.charCodeAt(end) === GT) return { empty: false, next: end + 1 };
    if (this.s.charCodeAt(end + 1) !== GT) unsupported();
    return { empty: true, next: end + 2 };
  }

  /** Where the attributes from `p` end: at ">" or at "/>". */
  private attributes(p: number, wanted: readonly string[]): number {
    const s = this.s;
    const values = this.values;
    values[0] = values[1] = values[2] = undefined;
    let count = 0;
    for (;;) {
      const before = p;
      p = skipSpace(s, p);
      const c = s.charCodeAt(p);
      if (c === GT || c === SLASH) return p;
      if (p === before) unsupported();
      const nameStart = p;
      // ASCII names only (a name cannot start with a digit, "-" or "."): any other is the general scanner's.
      if (!(c < 128 && ASCII_NAME[c]) || c <= 0x39) unsupported();
      for (let d = s.charCodeAt(++p); d !== EQUALS; d = s.charCodeAt(++p))
        if (!(d < 128 && ASCII_NAME[d])) unsupported();
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
      // The first letter compared here: most attribute names are one letter ("r", "s", "t").
      let k = 0;
      while (
        k < wanted.length &&
        (wanted[k].length !== length || wanted[k].charCodeAt(0) !== c || !matches(s, nameStart, wanted[k]))
      )
        k++;
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
export function tagAt(s: string, p: number, name: string): boolean {
  if (s.charCodeAt(p) !== LT || !matches(s, p + 1, name)) return false;
  const c = s.charCodeAt(p + 1 + name.length);
  return isSpace(c) || c === GT || c === SLASH;
}

/** The text of the element `name` whose opening tag is `tag` ('' for `<name/>`): its end tag must follow it directly. */
export function textOf(s: string, tag: TagEnd, name: string): { text: string; next: number } {
  if (tag.empty) return { text: '', next: tag.next };
  const p = tag.next;
  const lt = s.indexOf('<', p);
  if (lt < 0 || s.charCodeAt(lt + 1) !== SLASH || !matches(s, lt + 2, name)) unsupported();
  if (s.charCodeAt(lt + 2 + name.length) !== GT) unsupported();
  const raw = s.slice(p, lt);
  return { text: detached(raw.includes('&') ? entities(raw) : raw), next: lt + 3 + name.length };
}
