/**
 * The one XML loop of the lean reader, element names without their prefix
 * ("x:c" → "c"). A plain document goes through the fast scanner
 * (./xml-scan.ts); any other through saxes, without namespace processing or
 * position tracking (both cost time and neither is needed). Entities are
 * never expanded (both refuse an undefined one), so a DOCTYPE entity trick
 * ends as 'corrupt'. A caller may read an element's content itself on the
 * fast path (`content`, as the sheet reader does with <sheetData>).
 */
import type { SaxesParser } from 'saxes';
import { ReadError } from '../read/outcome';
import { detached } from './detach';
import { NotForFastPath, plainXml, scanXml, type XmlHandlers } from './xml-scan';

export type { XmlHandlers };

const local = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

const decoder = new TextDecoder('utf-8');

// A parser resets itself when a document ends, so one serves every part of every file (a thousand files
// read five parts each); one left by an error, or in use by an outer call, is not reused.
let idle: SaxesParser | null = null;

export function parseXml(part: string, xml: Uint8Array, handlers: XmlHandlers): void {
  const text = decoder.decode(xml);
  const plain = plainXml(text);
  // Texts are kept (cells, names): each a copy of its own, never a view keeping the whole part alive.
  const onText = handlers.text;
  const own: XmlHandlers = { ...handlers, text: onText && ((t) => onText(detached(t))) };
  if (!plain) parseWithSaxes(part, text, own);
  else {
    try {
      const close = own.close;
      const attributesOf = own.attributesOf;
      scanXml(plain.xml, plain.start, {
        open: (name, attrs) => own.open(local(name), attrs),
        text: own.text,
        close: close && ((name) => close(local(name))),
        content: handlers.content,
        attributesOf: attributesOf && ((name) => attributesOf(local(name))),
      });
    } catch (e) {
      if (e instanceof ReadError || e instanceof NotForFastPath) throw e;
      throw new ReadError('corrupt', `${part}: ${(e as Error).message}`);
    }
  }
}

/** saxes, loaded on first use: spreadsheet parts are plain documents, read by the fast scanner. */
let Saxes: typeof SaxesParser | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS package loaded on first use
const saxes = (): typeof SaxesParser => (Saxes ??= (require('saxes') as typeof import('saxes')).SaxesParser);

function parseWithSaxes(part: string, text: string, handlers: XmlHandlers): void {
  const parser = idle ?? new (saxes())({ position: false });
  idle = null;
  parser.on('opentag', (tag) => handlers.open(local(tag.name), tag.attributes as Record<string, string>));
  if (handlers.text) parser.on('text', handlers.text);
  else parser.off('text');
  const close = handlers.close;
  if (close) parser.on('closetag', (tag) => close(local(tag.name)));
  else parser.off('closetag');
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('corrupt', `${part}: ${(e as Error).message}`);
  }
  idle = parser;
}

/**
 * A part read by `read` with its own `content` readers (`fast`), or, when one meets content beyond what it
 * reads, read again all through the general scanner, which reads or refuses it as it always did.
 */
export function fastOrGeneral<T>(read: (fast: boolean) => T): T {
  try {
    return read(true);
  } catch (e) {
    if (!(e instanceof NotForFastPath)) throw e;
  }
  return read(false);
}

/** Attribute names without their prefix ("r:id" → "id"), for the few attributes read by local name. */
export function attr(attrs: Record<string, string>, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  for (const key in attrs) if (local(key) === name) return attrs[key];
  return undefined;
}
