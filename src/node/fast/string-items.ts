/**
 * The items of the shared strings part as writers put plain text in them,
 * read without the general scanner's events (the part is a file's second
 * largest): <si><t …>text</t></si>, <si><t/></si> or <si/>, with white
 * space between elements. A rich-text item (runs, phonetic guides) or
 * anything else throws NotForFastPath, and the whole part is read again by
 * the general scanner and ./xlsx-parts.ts' StringCollector.
 */
import { matches, tagAt, TagReader, textOf, unsupported } from './plain-tags';
import { skipSpace } from './xml-scan';

const NONE: string[] = [];

/** Reads the content of <sst> starting at `from`, each item's text to `item`; returns where `</sst>` starts. */
export function scanStringItems(s: string, from: number, item: (text: string) => void): number {
  const tags = new TagReader(s);
  let p = skipSpace(s, from);
  while (tagAt(s, p, 'si')) {
    const si = tags.open(p, 'si', NONE);
    p = skipSpace(s, si.next);
    let text = '';
    if (!si.empty) {
      if (tagAt(s, p, 't')) {
        const read = textOf(s, tags.open(p, 't', NONE), 't');
        text = read.text;
        p = skipSpace(s, read.next);
      }
      if (!matches(s, p, '</si>')) unsupported();
      p = skipSpace(s, p + 5);
    }
    item(text);
  }
  if (!matches(s, p, '</sst>')) unsupported();
  return p;
}
