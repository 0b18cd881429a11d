/**
 * The rows and cells of a worksheet's <sheetData> as spreadsheet writers put
 * them, read without the general scanner's events: no attribute object per
 * element, no name cut out of the text, nothing but the attributes a cell and
 * a row are read for. Most of a sheet is its <sheetData>, and the general
 * scanner spent ten times as long on it as a scan of its bytes takes.
 *
 * Only this grammar is read, each tag checked as the general scanner checks
 * it (./plain-tags.ts):
 *   <row …> (<c …> [<f …>text</f> | <f …/>] [<v>text</v> | <v/>] </c> | <c …/>)* </row>, or <row …/>,
 * with white space between elements. Anything else (an inline string, a
 * prefixed name, an extension element, text between cells, a malformed tag)
 * throws NotForFastPath: the caller reads the whole sheet again through the
 * general scanner, which reads it or refuses it as it always did.
 */
import { matches, tagAt, TagReader, textOf, unsupported } from './plain-tags';
import { skipSpace } from './xml-scan';

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

const ROW_ATTRS = ['r', 'hidden'];
const CELL_ATTRS = ['r', 't', 's'];
const FORMULA_ATTRS = ['t', 'si', 'ref'];
const NO_ATTRS: string[] = [];

/**
 * Reads the content of <sheetData> starting at `from` into `sink`; returns where `</sheetData>` starts.
 * Throws NotForFastPath at the first part outside the grammar above.
 */
export function scanSheetData(s: string, from: number, sink: SheetDataSink): number {
  const tags = new TagReader(s);
  const v = tags.values;
  let p = skipSpace(s, from);
  while (tagAt(s, p, 'row')) {
    const row = tags.open(p, 'row', ROW_ATTRS);
    sink.row(v[0], v[1]);
    p = skipSpace(s, row.next);
    if (!row.empty) {
      while (tagAt(s, p, 'c')) {
        const cell = tags.open(p, 'c', CELL_ATTRS);
        sink.cell(v[0], v[1], v[2]);
        p = skipSpace(s, cell.next);
        if (!cell.empty) {
          if (tagAt(s, p, 'f')) {
            const f = tags.open(p, 'f', FORMULA_ATTRS);
            const [t, si, ref] = v;
            const read = textOf(s, f, 'f');
            sink.formula(read.text, t, si, ref);
            p = skipSpace(s, read.next);
          }
          if (tagAt(s, p, 'v')) {
            const read = textOf(s, tags.open(p, 'v', NO_ATTRS), 'v');
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
