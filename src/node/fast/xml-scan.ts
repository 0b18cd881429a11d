/**
 * The lean reader's fast path through XML. Spreadsheet writers produce plain
 * documents: elements, attributes, text, the five predefined entities and
 * character references, nothing else. For those, this scanner gives the same
 * events as saxes (./xml.ts) by native string searches, several times faster
 * (saxes reads a character at a time, which was a third of a merge's reading).
 * Line ends are normalised first, as XML does (Excel ends its declaration
 * with CR LF). Anything beyond that subset — a DOCTYPE, comment, CDATA
 * section, processing instruction, "]]>" or a character XML forbids — is left
 * to saxes, which stays the reference: tests hold the two to the same events
 * and the same refusals on generated documents.
 */

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
  /**
   * The content of an element (its name as written, prefix included) read by the caller from `s`, starting
   * at `from`, right after its opening: where its end tag starts, or −1 to have it scanned here. The fast
   * scanner only; what the caller reads is its to check (./sheet-data.ts).
   */
  content?(name: string, s: string, from: number): number;
  /**
   * Whether `open` reads the attributes of the element `name` (as written, prefix included); when it does
   * not, `open` is given none, though they are checked as always. The fast scanner only: building them
   * was half its time in a worksheet's parts outside the cells, which the sheet reader passes over.
   */
  attributesOf?(name: string): boolean;
}

/** What `open` is given for an element whose attributes its caller does not read. */
const UNREAD: Record<string, string> = Object.freeze({});

/** A document saxes would refuse too; the message says what is wrong. */
export class XmlSyntaxError extends Error {}

/** Thrown by a `content` reader for content beyond what it reads: the caller reads the document again without it. */
export class NotForFastPath extends Error {}

// The declaration as writers put it; any other form goes to saxes, which checks it.
const DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.\d+\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][\w.-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>/;
// Characters XML 1.0 does not allow; a lone surrogate too (the `u` flag pairs the others), looked for
// only where a surrogate is (the Unicode-aware search is several times slower).
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORBIDDEN_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
// One search for either, so that a plain document is walked once; the two are told apart only on a hit.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORBIDDEN_OR_SURROGATE = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const LONE_SURROGATE = /\p{Cs}/u;
const NAME =
  /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}][-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}]*$/u;
const SPACE_ONLY = /^[ \t\n]*$/;
// ASCII name characters: letters, digits, "-", ".", ":", "_" (a name cannot start with a digit, "-" or ".").
export const ASCII_NAME = Array.from({ length: 128 }, (_, c) =>
  /[-.0-9:A-Z_a-z]/.test(String.fromCharCode(c)),
);
// What ends an ASCII name: white space, "/", ">", "=", quotes, "<" (the end of the text, NaN, too).
const ENDS_NAME = Array.from({ length: 128 }, (_, c) => ' \t\n/>="\'<'.includes(String.fromCharCode(c)));
export const TAB_OR_NEWLINE = /[\t\n]/g;

const CR_LF = /\r\n?/g;

/**
 * The document with its line ends normalised (XML 1.0 §2.11: CR LF and a lone
 * CR are LF) and where its content starts (after the declaration); null when
 * the document is not for this scanner.
 */
export function plainXml(text: string): { xml: string; start: number } | null {
  const s = text.includes('\r') ? text.replace(CR_LF, '\n') : text;
  let start = 0;
  if (s.startsWith('<?')) {
    const decl = DECLARATION.exec(s);
    if (!decl) return null;
    start = decl[0].length;
  } else {
    // Space before the root, with no declaration, is passed over unreported (as saxes does).
    while (start < s.length && ' \t\n'.includes(s[start])) start++;
  }
  if (s.includes('<!', start) || s.includes('<?', start) || s.includes(']]>')) return null;
  if (FORBIDDEN_OR_SURROGATE.test(s) && (FORBIDDEN_CHAR.test(s) || LONE_SURROGATE.test(s))) return null;
  return { xml: s, start };
}

/**
 * The end of the name starting at `from`, checked against the XML name rule:
 * ASCII names (all that spreadsheet parts use) inline, others by the pattern.
 */
function nameEnd(s: string, from: number): number {
  let p = from;
  let ascii = true;
  for (let c = s.charCodeAt(p); ; c = s.charCodeAt(++p)) {
    if (c < 0x80) {
      if (ENDS_NAME[c]) break;
      if (ascii && (!ASCII_NAME[c] || (p === from && c <= 0x39)))
        throw new XmlSyntaxError(`invalid name: "${s.slice(from, p + 1)}"`);
    } else if (c !== c) break;
    else ascii = false;
  }
  if (p === from) throw new XmlSyntaxError('empty name');
  if (!ascii && !NAME.test(s.slice(from, p))) throw new XmlSyntaxError(`invalid name: "${s.slice(from, p)}"`);
  return p;
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function entity(name: string): string {
  switch (name) {
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  const code = /^#x[0-9A-Fa-f]+$/.test(name)
    ? parseInt(name.slice(2), 16)
    : /^#\d+$/.test(name)
      ? parseInt(name.slice(1), 10)
      : NaN;
  if (Number.isNaN(code)) throw new XmlSyntaxError(`undefined entity: "${name}"`);
  if (!isXmlChar(code)) throw new XmlSyntaxError(`character reference to a disallowed character: ${name}`);
  return String.fromCodePoint(code);
}

export function decodeEntities(raw: string): string {
  let out = '';
  let at = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', at)) {
    const semi = raw.indexOf(';', amp);
    if (semi < 0) throw new XmlSyntaxError('unterminated entity');
    out += raw.slice(at, amp) + entity(raw.slice(amp + 1, semi));
    at = semi + 1;
  }
  return at === 0 ? raw : out + raw.slice(at);
}

export const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a;

/** Whether the text at `a` and at `b` is the same for `length` characters. */
export function sameText(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/**
 * Where the white space from `p` ends. The scanners' loops test characters themselves rather than call a
 * helper per character: `phuluc merge` has V8 compile without inlining (src/node/commands/merge.ts), and
 * the calls were a tenth of the reading thread's scanning.
 */
export function skipSpace(s: string, p: number): number {
  for (let c = s.charCodeAt(p); c === 0x20 || c === 0x09 || c === 0x0a; c = s.charCodeAt(++p));
  return p;
}

/** Scans a document `plainXml` accepted (its `xml`), from `start`; throws XmlSyntaxError where saxes would fail. */
export function scanXml(s: string, start: number, handlers: XmlHandlers): void {
  const onText = handlers.text;
  const onClose = handlers.close;
  const onContent = handlers.content;
  const onAttributesOf = handlers.attributesOf;
  const open: string[] = [];
  // Where the names of the current tag's attributes start and end, when they are not kept: to find a repeated one.
  const starts: number[] = [];
  const ends: number[] = [];
  let sawRoot = false;
  let i = start;
  const n = s.length;
  while (i < n) {
    const lt = s.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const raw = s.slice(i, end);
      if (open.length === 0 && !SPACE_ONLY.test(raw))
        throw new XmlSyntaxError('text data outside of root node');
      const text = raw.includes('&') ? decodeEntities(raw) : raw;
      if (onText) onText(text);
    }
    if (lt < 0) break;
    if (s.charCodeAt(lt + 1) === 0x2f) {
      // The usual case first, without cutting the name out: "</" + the open element's name + ">".
      const top = open.length ? open[open.length - 1] : '';
      if (top && s.charCodeAt(lt + 2 + top.length) === 0x3e && s.startsWith(top, lt + 2)) {
        open.pop();
        if (onClose) onClose(top);
        i = lt + 3 + top.length;
        continue;
      }
      // </name> with optional space before ">".
      const gt = s.indexOf('>', lt);
      if (gt < 0) throw new XmlSyntaxError('unclosed tag');
      let nameEnd = lt + 2;
      while (nameEnd < gt && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
      const name = s.slice(lt + 2, nameEnd);
      if (!SPACE_ONLY.test(s.slice(nameEnd, gt)))
        throw new XmlSyntaxError('disallowed character in closing tag');
      if (open.length === 0 || open[open.length - 1] !== name)
        throw new XmlSyntaxError('unexpected close tag');
      open.pop();
      if (onClose) onClose(name);
      i = gt + 1;
      continue;
    }
    let p = nameEnd(s, lt + 1);
    const name = s.slice(lt + 1, p);
    if (open.length === 0 && sawRoot) throw new XmlSyntaxError('text data outside of root node');
    sawRoot = true;
    const attrs: Record<string, string> = !onAttributesOf || onAttributesOf(name) ? {} : UNREAD;
    let count = 0;
    for (;;) {
      const before = p;
      p = skipSpace(s, p);
      const c = s.charCodeAt(p);
      if (c === 0x3e) {
        handlers.open(name, attrs);
        open.push(name);
        i = p + 1;
        if (onContent) {
          const end = onContent(name, s, i);
          if (end >= 0) i = end;
        }
        break;
      }
      if (c === 0x2f) {
        if (s.charCodeAt(p + 1) !== 0x3e)
          throw new XmlSyntaxError('forward-slash in opening tag not followed by >');
        handlers.open(name, attrs);
        if (onClose) onClose(name);
        i = p + 2;
        break;
      }
      if (p === before) throw new XmlSyntaxError('no whitespace between attributes');
      const nameStart = p;
      p = nameEnd(s, p);
      const attrEnd = p;
      p = skipSpace(s, p);
      if (s.charCodeAt(p) !== 0x3d) throw new XmlSyntaxError('attribute without value');
      p++;
      p = skipSpace(s, p);
      const quote = s[p];
      if (quote !== '"' && quote !== "'") throw new XmlSyntaxError('unquoted attribute value');
      // One pass to the closing quote, noting what the value needs (values are short: "A1", "1", "s").
      const q = quote.charCodeAt(0);
      let close = p + 1;
      let spaces = false;
      let amp = false;
      for (let c = s.charCodeAt(close); c !== q; c = s.charCodeAt(++close)) {
        if (c !== c) throw new XmlSyntaxError('unclosed tag');
        if (c === 0x3c) throw new XmlSyntaxError('disallowed character in attribute value');
        if (c === 0x26) amp = true;
        else if (c === 0x09 || c === 0x0a) spaces = true;
      }
      if (attrs === UNREAD) {
        // Checked as if kept: no name twice, no undefined reference.
        for (let k = 0; k < count; k++)
          if (
            ends[k] - starts[k] === attrEnd - nameStart &&
            sameText(s, starts[k], nameStart, attrEnd - nameStart)
          )
            throw new XmlSyntaxError(`duplicate attribute: ${s.slice(nameStart, attrEnd)}`);
        starts[count] = nameStart;
        ends[count] = attrEnd;
        count++;
        if (amp) decodeEntities(s.slice(p + 1, close));
        p = close + 1;
        continue;
      }
      const attrName = s.slice(nameStart, attrEnd);
      let value = s.slice(p + 1, close);
      // Attribute value normalisation (XML 1.0 §3.3.3): a literal tab or line feed is a space; a reference is not.
      if (spaces) value = value.replace(TAB_OR_NEWLINE, ' ');
      if (amp) value = decodeEntities(value);
      // The first attribute of a tag cannot repeat one (most tags have one to three).
      if (count++ > 0 && Object.hasOwn(attrs, attrName))
        throw new XmlSyntaxError(`duplicate attribute: ${attrName}`);
      // "__proto__" as a name is an attribute like any other (saxes' attributes have no prototype).
      if (attrName === '__proto__') Object.defineProperty(attrs, attrName, { value, enumerable: true });
      else attrs[attrName] = value;
      p = close + 1;
    }
  }
  if (open.length) throw new XmlSyntaxError('unclosed tag');
  if (!sawRoot) throw new XmlSyntaxError('document must contain a root element');
}
