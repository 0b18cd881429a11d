/**
 * The styles part of an .xlsx edited in place: a converted cell gets a copy
 * of its cell style whose font is the Unicode one, added after the styles
 * that are there (no other cell's look changes).
 */
import { escapeText, PREFIX } from '../write/xlsx-text';

interface Section {
  /** Where the section's content ends in the part (new elements go there). */
  end: number;
  elements: string[];
}

export class Styles {
  private readonly newFonts: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly made = new Map<string, number>();

  private constructor(
    private readonly source: string,
    private readonly fonts: Section,
    private readonly xfs: Section,
    private readonly prefix: string,
  ) {}

  /** Null for a part without fonts or cell styles to copy (the caller edits another way). */
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
    const props = new Map(children(content(this.fonts.elements[fontId] ?? '')));
    for (const [tag, attrs] of children(runProps ?? '')) props.set(tag === 'rFont' ? 'name' : tag, attrs);
    props.delete('charset');
    props.delete('scheme');
    props.set('name', ` val="${escapeText(name)}"`);
    const p = this.prefix;
    this.newFonts.push(
      `<${p}font>${[...props].map(([tag, attrs]) => `<${p}${tag}${attrs}/>`).join('')}</${p}font>`,
    );
    const fontIndex = this.fonts.elements.length + this.newFonts.length - 1;
    this.newXfs.push(setAttr(setAttr(xf, 'fontId', String(fontIndex)), 'applyFont', '1'));
    const index = this.xfs.elements.length + this.newXfs.length - 1;
    this.made.set(key, index);
    return index;
  }

  xml(): string {
    let s = this.source;
    // The later section first, so that the earlier one's offset still holds.
    const inserts = [
      { at: this.fonts.end, text: this.newFonts.join('') },
      { at: this.xfs.end, text: this.newXfs.join('') },
    ].sort((a, b) => b.at - a.at);
    for (const { at, text } of inserts) s = s.slice(0, at) + text + s.slice(at);
    s = setCount(s, 'fonts', this.fonts.elements.length + this.newFonts.length);
    return setCount(s, 'cellXfs', this.xfs.elements.length + this.newXfs.length);
  }
}

/** A section such as `<fonts count="2">…</fonts>`: where its content ends, and its elements. */
function section(source: string, name: string, element: string): Section | null {
  const open = new RegExp(`<(${PREFIX})${name}\\b[^>]*?(/?)>`).exec(source);
  if (!open || open[2]) return null;
  const start = open.index + open[0].length;
  const end = source.indexOf(`</${open[1]}${name}>`, start);
  if (end < 0) return null;
  const pattern = new RegExp(`<(${PREFIX})${element}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1${element}>)`, 'g');
  return { end, elements: [...source.slice(start, end).matchAll(pattern)].map((m) => m[0]) };
}

/** What an element holds between its tags; nothing for an empty one (`<font/>`). */
function content(element: string): string {
  const open = element.indexOf('>');
  if (open < 0 || element[open - 1] === '/') return '';
  return element.slice(open + 1, element.lastIndexOf('</'));
}

/** Empty child elements (a font's properties) as tag without prefix → attributes text. */
function children(xml: string): [string, string][] {
  return [...xml.matchAll(new RegExp(`<${PREFIX}([A-Za-z]+)(\\s[^>]*?)?/?>`, 'g'))].map(
    (m) => [m[1], (m[2] ?? '').replace(/\s+$/, '')] as [string, string],
  );
}

/** An element's opening tag with `name` set to `value` (replaced, or added before the tag's end). */
function setAttr(element: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${name}\\s*=\\s*["'])[^"']*(["'])`);
  if (existing.test(element)) return element.replace(existing, `$1${value}$2`);
  return element.replace(/^(<[^>]*?)(\s*\/?>)/, `$1 ${name}="${value}"$2`);
}

function setCount(xml: string, name: string, count: number): string {
  return xml.replace(
    new RegExp(`(<${PREFIX}${name}\\b[^>]*?\\scount\\s*=\\s*["'])\\d+(["'])`),
    `$1${count}$2`,
  );
}
