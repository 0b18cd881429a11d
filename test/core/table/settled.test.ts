/**
 * The reader passes over text cleaning and decoding would leave as it is. Its one-pass test agrees with the
 * definition written as patterns (VIETNAMESE.md §1): every other cell is decoded and cleaned.
 */
import fc from 'fast-check';
import type { SheetCell } from '../../../src/core/model/sheet';
import { readCell, settled, SheetReader } from '../../../src/core/table/sheet-reader';

const SETTLED_CHARS = /^[\x20-\x7E\u00A1-\u00AC\u00AE-\u02FF\u1EA0-\u1EF9\u2010-\u2027\u2030-\u205E]*$/;
const EDGE_SPACES = /^ | $| {2}/;
const ASCII = /^[\x20-\x7E]*$/;
const VIETNAMESE_UNICODE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
const byPatterns = (v: string) =>
  SETTLED_CHARS.test(v) && !EDGE_SPACES.test(v) && (VIETNAMESE_UNICODE.test(v) || ASCII.test(v));

// Characters at and around every edge of the definition, and the ones legacy fonts and Word leave behind.
const EDGES = [
  0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x20, 0x21, 0x41, 0x7e, 0x7f, 0xa0, 0xa1, 0xac, 0xad, 0xae, 0xe0, 0xe2, 0xf4,
  0x101, 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0, 0x1b1, 0x2ff,
  0x300, 0x301, 0x323, 0x1e9f, 0x1ea0, 0x1ea1, 0x1ec7, 0x1ef9, 0x1efa, 0x200b, 0x200f, 0x2010, 0x2013, 0x2027,
  0x2028, 0x2030, 0x205e, 0x205f, 0xfeff, 0xd83d,
].map((c) => String.fromCharCode(c));

it('agrees with the definition on text made of the characters at its edges', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...EDGES), { maxLength: 12 }), (chars) => {
      const v = chars.join('');
      expect(settled(v)).toBe(byPatterns(v));
    }),
    { numRuns: 5000 },
  );
});

it('agrees with the definition on any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (v) => {
      expect(settled(v)).toBe(byPatterns(v));
    }),
  );
});

it('passes over settled Vietnamese and reads the rest', () => {
  for (const v of ['Sở Khoa học và Công nghệ', 'Trước 30/6/2026', 'Quarter 3', ''])
    expect(settled(v)).toBe(true);
  // Decomposed marks, doubled and edge spaces, a TCVN3 "Së" and a "Quý" (no letter only Unicode has), a soft hyphen.
  for (const v of [
    'Sở Khoa học'.normalize('NFD'),
    'Sở  Nội vụ',
    ' Sở Y tế',
    'Sở Y tế ',
    'Së Néi vô',
    'Quý III',
    'a\u00ADb',
  ])
    expect(settled(v)).toBe(false);
  expect(readCell({ value: ' Sở  Nội vụ ' }).lines).toBe('Sở Nội vụ');
});

describe('a column that repeats its texts', () => {
  // Past the reader's first cells of a column, a text met again is given its earlier reading.
  const rows = 1200;
  const sheetOf = (cellAt: (r: number) => SheetCell) => {
    const cells = Array.from({ length: rows }, (_, r) => [cellAt(r)]);
    return new SheetReader({ name: 'S', cells, merges: [], hiddenRows: [], hiddenCols: [], colCount: 1 });
  };
  const readAll = (reader: SheetReader) =>
    Array.from({ length: rows }, (_, r) => reader.read(r, 0, reader.cell(r, 0) as SheetCell));

  it('reads the same stored text in a legacy font and in a Unicode font each as its font says', () => {
    // "Së Néi vô" is TCVN3 for "Sở Nội vụ" in .VnTime; in Times New Roman it is what it says.
    const reader = sheetOf((r) => ({
      value: 'Së Néi vô',
      font: r % 3 === 0 ? '.VnTime' : 'Times New Roman',
    }));
    readAll(reader).forEach((reading, r) => {
      const alone = readCell(reader.cell(r, 0) as SheetCell);
      expect(reading).toEqual(alone);
      expect(reading.encoding).toBe(r % 3 === 0 ? 'tcvn3' : null);
    });
  });

  it('reads every cell as it would alone, whether the column repeats or not', () => {
    const texts = ['Sở Nội vụ', ' Sở  Y tế ', 'Quý III/2026', 'Sở Tài chính'.normalize('NFD')];
    for (const cellAt of [
      (r: number) => ({ value: texts[r % texts.length] }),
      (r: number) => ({ value: `Nhiệm vụ ${r}` }),
      (r: number) => ({ value: r % 2 ? texts[r % texts.length] : `Nhiệm vụ ${r}` }),
    ]) {
      const reader = sheetOf(cellAt);
      readAll(reader).forEach((reading, r) => expect(reading).toEqual(readCell(cellAt(r))));
    }
  });
});
