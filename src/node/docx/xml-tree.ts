import { SaxesParser } from 'saxes';

/**
 * A small element tree built with saxes: the parts of a plan (document,
 * numbering, styles) are a few megabytes at most, and a tree is easier to
 * walk than a stream when Word nests tables in cells and runs in links.
 * saxes never expands DOCTYPE entities (an undefined one is an error), so a
 * hostile document cannot grow here.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

export function parseXml(bytes: Uint8Array): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1].children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => stack[stack.length - 1].children.push(text));
  parser.on('cdata', (text) => stack[stack.length - 1].children.push(text));
  parser.write(new TextDecoder('utf-8').decode(bytes)).close();
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error('empty XML part');
  return top;
}

export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The `w:val` attribute of a child, e.g. `<w:pStyle w:val="Heading1"/>`. */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`); undefined when absent. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['w:val'];
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}
