/**
 * An OpenDocument sheet says "this row 1,048,000 times" and "this cell 16,000
 * times" in two attributes; SheetJS writes out every repeated cell that holds
 * something, so a file of a few kilobytes can ask for billions of cells (a
 * hang, then gigabytes). Watched while the zip guard inflates content.xml:
 * repeated cells with content are counted (row repeats × column repeats)
 * before SheetJS is given the file. Repeated empty cells (LibreOffice ends
 * every sheet with them) cost nothing and are not counted.
 */

// A row or cell start tag, whole (one cut by a chunk's end is carried to the next chunk).
const TAG = /<table:(table-row|table-cell|covered-table-cell)\b([^<>]*)>/g;
const ROWS_REPEATED = /\btable:number-rows-repeated\s*=\s*["'](\d+)["']/;
const COLUMNS_REPEATED = /\btable:number-columns-repeated\s*=\s*["'](\d+)["']/;
/** A tag cut by a chunk's end is carried up to this length; a longer one is a damaged file's. */
const MAX_TAIL = 4096;

export class OdsRepeats {
  /** Cells SheetJS would make of the repeated cells seen so far. */
  cells = 0;
  private rowRepeat = 1;
  private tail = '';

  readonly inspect = (name: string, chunk: Uint8Array): void => {
    if (name !== 'content.xml') return;
    // latin1 keeps bytes 1:1 and the patterns are ASCII.
    const text = this.tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    for (const [, kind, attrs] of text.matchAll(TAG)) {
      if (kind === 'table-row') {
        this.rowRepeat = Number(ROWS_REPEATED.exec(attrs)?.[1] ?? 1);
        continue;
      }
      // A self-closing cell holds nothing; one with a value type, text or a formula does.
      if (attrs.trimEnd().endsWith('/')) continue;
      this.cells += this.rowRepeat * Number(COLUMNS_REPEATED.exec(attrs)?.[1] ?? 1);
    }
    const open = text.lastIndexOf('<');
    this.tail = open > text.lastIndexOf('>') ? text.slice(open) : '';
    if (this.tail.length > MAX_TAIL) {
      // A row or cell tag padded past any real one's length could hide its repeats: not for SheetJS.
      if (this.tail.startsWith('<table:')) this.cells = Infinity;
      this.tail = '';
    }
  };
}
