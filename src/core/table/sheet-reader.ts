/**
 * Cell access for the table reader: legacy text decoded, text cleaned,
 * merged ranges looked up. Everything here is called once per cell of a
 * possibly huge sheet, so it avoids work on empty and numeric cells.
 */
import type { MergeRange, SheetCell, SheetModel } from '../model/sheet';
import { decodeCell, legacyFromFont, sheetLegacyEncoding } from '../text/legacy/detect';
import { cleanText, stripSoftHyphen } from '../text/normalize';

export type LegacyEncoding = 'tcvn3' | 'vni';

/** A cell read as text: what the reader shows and what was stored. */
export interface CellReading {
  /** Decoded, cleaned text; line breaks kept, each line trimmed. */
  lines: string;
  /** The stored text before decoding and cleaning; null for numbers, booleans and errors. */
  stored: string | null;
  encoding: LegacyEncoding | null;
  /**
   * With a legacy encoding: the cell in Unicode, run by run, before cleaning. A cell may mix a legacy
   * font with Unicode runs; converting its whole text with one font would garble the Unicode part.
   */
  decoded?: string;
  /** The legacy font when there is one, else the first font named. */
  font?: string;
}

// Only spacing and invisible characters: a cell holding nothing else is empty.
const BLANK = /^[\s\u00A0\u200B-\u200D\u2060\uFEFF]*$/;
const DIGITS = /^\d+(?:[.,]\d+)*\.?$/;

/** What each character below U+0300 is to `settled`: refused, printable ASCII, another Latin character, or a letter only Unicode Vietnamese has (Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư). */
const REFUSED = 0;
const ASCII = 1;
const LATIN = 2;
const VIETNAMESE = 3;
const BELOW_MARKS = (() => {
  const kinds = new Uint8Array(0x300);
  kinds.fill(ASCII, 0x20, 0x7f);
  kinds.fill(LATIN, 0xa1, 0x300);
  kinds[0xad] = REFUSED;
  for (const c of [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0])
    kinds[c] = VIETNAMESE;
  return kinds;
})();

/**
 * Text that cleaning and decoding leave as it is, so the reader can skip them
 * (most cells of a large sheet): printable ASCII, Latin letters, precomposed
 * Vietnamese and common punctuation, no control or invisible characters, no
 * combining marks (NFC already), no doubled or edge spaces; and either plain
 * ASCII or holding a letter only Unicode Vietnamese has (ă đ ơ ư ạ …), which a
 * legacy font cannot store (VIETNAMESE.md §1, detection step 1). One pass over
 * the characters: every text cell of a sheet comes through here.
 */
export function settled(v: string): boolean {
  let ascii = true;
  let vietnamese = false;
  // A space first, after another space or last is cleaned away.
  let afterSpace = true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    if (c < 0x300) {
      const kind = BELOW_MARKS[c];
      if (kind === ASCII) continue;
      if (kind === REFUSED) return false;
      ascii = false;
      if (kind === VIETNAMESE) vietnamese = true;
      continue;
    }
    ascii = false;
    if (c >= 0x1ea0 && c <= 0x1ef9) vietnamese = true;
    else if (!((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e))) return false;
  }
  return (v.length === 0 || !afterSpace) && (ascii || vietnamese);
}

export function isBlankCell(cell: SheetCell | undefined): boolean {
  if (!cell) return true;
  if (cell.error) return false;
  const v = cell.value;
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // Most cells start with a visible character: no need for the pattern.
  const c = v.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  return BLANK.test(v);
}

/** A number written as Excel shows it in General format: 1 → "1", 1.1 stays "1.1" (no float noise). */
export function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

/** A cell holding a number or text made of digits only ("1", "1.2"): never a header, never a footer. */
export function isNumberCell(cell: SheetCell | undefined): boolean {
  if (!cell) return false;
  if (typeof cell.value === 'number') return true;
  return typeof cell.value === 'string' && DIGITS.test(cell.value.trim());
}

// Texts that need decoding or cleaning repeat (agency lists, deadlines): decode each once per font. Keyed by the
// cell's own string within a map per font and encoding: a string keeps its hash, a joined key is hashed anew.
type Decoded = { lines: string; decoded: string; encoding: LegacyEncoding | null };
const decoded = new Map<string, Map<string, Decoded>>();
let cachedCount = 0;
const MAX_CACHED = 50_000;

function decodeAndClean(
  cell: SheetCell & { value: string },
  sheetEncoding: LegacyEncoding | null,
): {
  lines: string;
  decoded: string;
  encoding: LegacyEncoding | null;
} {
  const font = cell.runs?.length ? null : `${cell.font ?? ''}\u0001${sheetEncoding ?? ''}`;
  const hit = font === null ? undefined : decoded.get(font)?.get(cell.value);
  if (hit) return hit;
  // Decode first: TCVN3's "ư" is the soft hyphen, stripped only once it is a letter again.
  const { text, encoding } = decodeCell(cell, sheetEncoding);
  const result = {
    lines: cleanText(stripSoftHyphen(text), { keepLineBreaks: true }),
    decoded: text,
    encoding,
  };
  if (font !== null) {
    if (++cachedCount > MAX_CACHED) {
      decoded.clear();
      cachedCount = 1;
    }
    let byValue = decoded.get(font);
    if (!byValue) decoded.set(font, (byValue = new Map()));
    byValue.set(cell.value, result);
  }
  return result;
}

/** `sheetEncoding`: the legacy encoding of a fontless sheet (SheetReader.legacy), if any. */
export function readCell(cell: SheetCell, sheetEncoding: LegacyEncoding | null = null): CellReading {
  const v = cell.value;
  if (cell.error) return { lines: cell.error, stored: null, encoding: null };
  if (typeof v !== 'string') {
    if (cell.text !== undefined) return { lines: cleanText(cell.text), stored: null, encoding: null };
    const text = typeof v === 'number' ? numberText(v) : v === null ? '' : v ? 'TRUE' : 'FALSE';
    return { lines: text, stored: null, encoding: null };
  }
  if (!cell.runs?.length && settled(v))
    return cell.font
      ? { lines: v, stored: v, encoding: null, font: cell.font }
      : { lines: v, stored: v, encoding: null };
  const { lines, decoded, encoding } = decodeAndClean(cell as SheetCell & { value: string }, sheetEncoding);
  const reading: CellReading = { lines, stored: v, encoding };
  if (encoding) reading.decoded = decoded;
  const fonts = cell.runs?.length ? cell.runs.map((run) => run.font ?? cell.font) : [cell.font];
  const font = fonts.find((f) => legacyFromFont(f)) ?? fonts.find((f) => f);
  if (font) reading.font = font;
  return reading;
}

/** One line of text, for matching headers, headings and footers. */
export function cellText(cell: SheetCell | undefined): string {
  if (isBlankCell(cell)) return '';
  return oneLine(readCell(cell as SheetCell).lines);
}

const oneLine = (lines: string): string => (lines.includes('\n') ? lines.replace(/\n/g, ' ') : lines);

/** Columns whose clean reading is noted (a bit each in a 32-bit number); cells further right are read again. */
const CLEAN_COLUMNS = 31;

/** A column's readings by text, with the font each was read in, and how often a text came back. */
interface RepeatedTexts {
  byText: Map<string, { font: string | undefined; reading: CellReading }>;
  tries: number;
  hits: number;
}

/** A column is judged on its first cells: kept on if at least a quarter of them repeated an earlier text. */
const TRIAL_CELLS = 256;
const MAX_KEPT = 10_000;
const REPEATS_FROM_ROWS = 1000;

/** Merged ranges by row, so that a lookup costs one map access and a short scan. */
export class SheetReader {
  readonly sheet: SheetModel;
  readonly rowCount: number;
  private readonly mergesByRow = new Map<number, MergeRange[]>();
  private readonly hidden: Set<number>;
  /** Cells found as they are stored (no legacy text, nothing to clean), a bit per column by row: see `read`. */
  private readonly clean: number[] = [];
  /**
   * By column: its readings kept by text (see `readRepeated`); null once it proved not to repeat. Only in a
   * sheet long enough for it to pay: in the tables agencies send (tens of rows) keeping cost more than it saved.
   */
  private readonly repeats: (RepeatedTexts | null | undefined)[] | null;

  /** The legacy encoding of the sheet's text when no cell names a font (see sheetLegacyEncoding). */
  readonly legacy: LegacyEncoding | null;

  constructor(sheet: SheetModel) {
    this.sheet = sheet;
    this.legacy = sheetLegacyEncoding(sheet.cells);
    this.rowCount = sheet.cells.length;
    this.repeats = this.rowCount >= REPEATS_FROM_ROWS ? [] : null;
    this.hidden = new Set(sheet.hiddenRows);
    for (const m of sheet.merges) {
      // Rows past the last one holding cells are never read: a merge over whole columns stops there.
      const bottom = Math.min(m.bottom, this.rowCount - 1);
      for (let r = m.top; r <= bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
  }

  cell(row: number, col: number): SheetCell | undefined {
    return this.sheet.cells[row]?.[col];
  }

  /** Last column index with a cell in this row, plus one. */
  width(row: number): number {
    return this.sheet.cells[row]?.length ?? 0;
  }

  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    if (isBlankCell(cell)) return '';
    return oneLine(this.read(row, col, cell as SheetCell).lines);
  }

  /**
   * The cell at `row`, `col` read (readCell with the sheet's legacy guess). A cell found as stored is noted,
   * so that the check of the cells no rule reads (rules/outside-cells.ts) passes it over without reading
   * it again: in a large table that second reading was a fifth of validation's time.
   */
  read(row: number, col: number, cell: SheetCell): CellReading {
    const reading = this.repeats ? this.readRepeated(this.repeats, col, cell) : readCell(cell, this.legacy);
    if (col < CLEAN_COLUMNS && reading.encoding === null && reading.stored === reading.lines)
      this.clean[row] = (this.clean[row] ?? 0) | (1 << col);
    return reading;
  }

  /**
   * `readCell`, with the readings of a column that repeats its texts (agencies, results, deadlines) kept by
   * text: a repeated text costs a map look-up (its hash kept in the string) instead of a pass over its
   * characters and a new reading. A column whose texts rarely repeat (the tasks) stops being kept after its
   * first cells, so that it costs no look-ups and holds no texts. Readings are shared, never changed.
   */
  private readRepeated(
    repeats: (RepeatedTexts | null | undefined)[],
    col: number,
    cell: SheetCell,
  ): CellReading {
    const text = cell.value;
    if (typeof text !== 'string' || cell.runs?.length) return readCell(cell, this.legacy);
    let memo = repeats[col];
    if (memo === null) return readCell(cell, this.legacy);
    if (memo === undefined) repeats[col] = memo = { byText: new Map(), tries: 0, hits: 0 };
    memo.tries++;
    const kept = memo.byText.get(text);
    if (kept !== undefined && kept.font === cell.font) {
      memo.hits++;
      return kept.reading;
    }
    const reading = readCell(cell, this.legacy);
    if (memo.tries === TRIAL_CELLS && memo.hits * 4 < TRIAL_CELLS) repeats[col] = null;
    else {
      if (memo.byText.size >= MAX_KEPT) memo.byText.clear();
      memo.byText.set(text, { font: cell.font, reading });
    }
    return reading;
  }

  /** Whether the cell at `row`, `col` was read and found as stored: NFC, no legacy text, nothing to clean. */
  readClean(row: number, col: number): boolean {
    return col < CLEAN_COLUMNS && ((this.clean[row] ?? 0) & (1 << col)) !== 0;
  }

  isHidden(row: number): boolean {
    return this.hidden.has(row);
  }

  merge(row: number, col: number): MergeRange | undefined {
    const list = this.mergesByRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /**
   * The row a field's value lives in: a row covered by a vertical merge takes
   * the merge's value (the model keeps it in the anchor only); the other
   * columns of a horizontal merge are empty, so a merge is read once.
   */
  sourceRow(row: number, col: number): number {
    const m = this.mergesByRow.size ? this.merge(row, col) : undefined;
    return m && m.top < row && m.left === col ? m.top : row;
  }

  /** Whether a cell of this row in `left`…`right` lies under a merge begun in a row above: part of that row, not an empty row. */
  mergedDown(row: number, left: number, right: number): boolean {
    const list = this.mergesByRow.get(row);
    return !!list && list.some((m) => m.top < row && m.right >= left && m.left <= right);
  }

  /** The columns from `left` to `right` holding something in this row (merged-over cells are empty). */
  filledColumns(row: number, left: number, right: number): number[] {
    const cells = this.sheet.cells[row];
    const out: number[] = [];
    if (!cells) return out;
    const end = Math.min(right, cells.length - 1);
    for (let c = left; c <= end; c++) if (!isBlankCell(cells[c])) out.push(c);
    return out;
  }
}
