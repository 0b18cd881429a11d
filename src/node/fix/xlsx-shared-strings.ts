/**
 * The shared-strings part of an .xlsx edited in place: items looked up by
 * index as the reader decoded them, new texts appended once each (a text
 * already held as a plain item is pointed at, not added again).
 */
import { parseSharedStrings, unescapeValue, type StringValue } from '../fast/xlsx-parts';
import { firstRunProps, PREFIX, textElement } from '../write/xlsx-text';

const encoder = new TextEncoder();

export class SharedStrings {
  private readonly items: StringValue[];
  private readonly plain = new Map<string, number>();
  private readonly added: string[] = [];
  private elements: string[] | null = null;

  constructor(private readonly source: string) {
    this.items = parseSharedStrings(encoder.encode(source));
    this.items.forEach((item, i) => {
      if (typeof item !== 'string') return;
      const text = unescapeValue(item);
      if (!this.plain.has(text)) this.plain.set(text, i);
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
      ...this.source.matchAll(new RegExp(`<(${PREFIX})si\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1si>)`, 'g')),
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

  /** The part with the new items before its end; uniqueCount follows them (count, the references, does not change). */
  xml(): string {
    const close = new RegExp(`</(${PREFIX})sst\\s*>`).exec(this.source);
    if (!close) throw new Error('sharedStrings.xml: no closing sst tag');
    const p = close[1];
    const items = this.added.map((t) => `<${p}si>${textElement(p, t)}</${p}si>`).join('');
    const total = this.items.length + this.added.length;
    const head = this.source
      .slice(0, close.index)
      .replace(new RegExp(`<${PREFIX}sst\\b[^>]*>`), (tag) =>
        tag.replace(/(\suniqueCount\s*=\s*["'])\d+(["'])/, `$1${total}$2`),
      );
    return head + items + this.source.slice(close.index);
  }
}
