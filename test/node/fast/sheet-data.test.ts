/**
 * A worksheet's <sheetData> read by its own scanner (src/node/fast/sheet-data.ts)
 * gives the model the general scanner gives, cell for cell, and a sheet it
 * does not take, or a damaged one, ends as the general scanner ends it: the
 * same model or the same refusal. Sheets are generated with what writers put
 * in them and what they rarely do (white space, inline strings, prefixes,
 * entities, repeated attributes), then damaged.
 */
import fc from 'fast-check';
import { damaged, sameBothWays, shareRead } from './parity';
import * as sheetData from '../../../src/node/fast/sheet-data';
import { parseSheet, readSheet } from '../../../src/node/fast/sheet-xml';
import type { CellStyle, StringValue } from '../../../src/node/fast/xlsx-parts';
import { DEFAULT_LIMITS } from '../../../src/node/read/outcome';
import { ReadBudget } from '../../../src/node/read/sheet-builder';

const strings: StringValue[] = [
  'Sở Nội vụ',
  'Đã hoàn thành',
  { runs: [{ text: 'Quý ', font: '.VnTime' }, { text: 'IV/2026' }] },
  'a & b',
];
const styles: CellStyle[] = [{}, { format: 'dd/mm/yyyy' }, { font: 'Times New Roman' }, { format: '0.00' }];

type Outcome = { ok: true; sheet: unknown } | { ok: false; error: string };

function read(xml: string, fast: boolean): Outcome {
  try {
    const ctx = {
      name: 'Sheet1',
      hidden: false,
      strings,
      styles,
      date1904: false,
      date1904ExcelJS: false,
      budget: new ReadBudget(DEFAULT_LIMITS),
    };
    const part = 'xl/worksheets/sheet1.xml';
    const bytes = new TextEncoder().encode(xml);
    // The reader's way (the sheet data scanner, the general scanner after it when it gives up), or the general alone.
    const { sheet, formatted } = fast ? parseSheet(part, bytes, ctx) : readSheet(part, bytes, ctx, false);
    return { ok: true, sheet: { sheet, formatted: formatted.map((f) => f.format) } };
  } catch (e) {
    return { ok: false, error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}

const space = fc.constantFrom('', '', '', ' ', '\n  ', '\r\n');
const attrSpace = fc.constantFrom(' ', ' ', ' ', '\t', '\n ');
const quote = fc.constantFrom('"', '"', "'");
const attr = (name: string, value: fc.Arbitrary<string>) =>
  fc.tuple(attrSpace, quote, value).map(([s, q, v]) => `${s}${name}=${q}${v}${q}`);
const maybe = (a: fc.Arbitrary<string>) => fc.option(a, { nil: '' });

const address = fc
  .tuple(fc.constantFrom('A', 'B', 'C', 'K', 'AA', 'a'), fc.integer({ min: 1, max: 12 }))
  .map(([c, r]) => `${c}${r}`);
const valueText = fc.constantFrom(
  '0',
  '1',
  '2',
  '3',
  '7',
  '46022',
  '1.5',
  'TRUE',
  '#N/A',
  'a &amp; b',
  '&lt;5',
  '&#272;ã',
  'x &bogus; y',
  ' 12 ',
  '',
  'Hồ sơ số 0123456789012345',
);
const formulaText = fc.constantFrom(
  'SUM(A1:A3)',
  'A1&amp;B1',
  '',
  'IF(A1&gt;0,1,0)',
  'VLOOKUP(A2,$B$1:$C$9,2,0)',
);

const formula = fc
  .tuple(
    maybe(attr('t', fc.constantFrom('shared', 'normal', 'array'))),
    maybe(attr('si', fc.constantFrom('0', '1'))),
    maybe(attr('ref', fc.constantFrom('C1:C9', 'D2'))),
    fc.option(formulaText, { nil: null }),
    space,
  )
  .map(([t, si, ref, text, s]) =>
    text === null ? `<f${t}${si}${ref}${s}/>` : `<f${t}${si}${ref}>${text}</f>`,
  );

const value = fc
  .tuple(fc.option(valueText, { nil: null }), maybe(attr('xml:space', fc.constant('preserve'))))
  .map(([text, a]) => (text === null ? `<v${a}/>` : `<v${a}>${text}</v>`));

// Mostly what writers put in a cell, now and then what only some do.
const rare = fc.constantFrom(
  '<is><t>nội dung</t></is>',
  '<is><r><rPr><rFont val="VNI-Times"/></rPr><t>Bo^.</t></r></is>',
  'chữ',
  '<extLst/>',
  '<x:v>1</x:v>',
);
const content = fc.oneof(
  { weight: 30, arbitrary: fc.tuple(maybe(formula), space, maybe(value)).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(value, formula).map(([v, f]) => v + f) },
  { weight: 1, arbitrary: rare },
);

const cell = fc
  .tuple(
    maybe(attr('r', address)),
    maybe(attr('s', fc.constantFrom('0', '1', '2', '3', '9', ''))),
    maybe(attr('t', fc.constantFrom('s', 'n', 'str', 'b', 'e', 'd', 'inlineStr'))),
    maybe(attr('cm', fc.constant('1'))),
    fc.option(content, { nil: null }),
    fc.oneof({ weight: 30, arbitrary: fc.constant('c') }, { weight: 1, arbitrary: fc.constant('x:c') }),
    space,
  )
  .map(([r, s, t, cm, inner, name, sp]) =>
    inner === null ? `<${name}${r}${s}${t}${cm}${sp}/>` : `<${name}${r}${s}${t}${cm}>${inner}</${name}>`,
  );

const row = fc
  .tuple(
    maybe(attr('r', fc.constantFrom('1', '2', '3', '5', '9', ''))),
    maybe(attr('spans', fc.constant('1:11'))),
    maybe(attr('hidden', fc.constantFrom('1', 'true', '0'))),
    maybe(attr('x14ac:dyDescent', fc.constant('0.25'))),
    fc.array(
      fc.tuple(cell, space).map((p) => p.join('')),
      { maxLength: 5 },
    ),
    space,
  )
  .map(([r, spans, hidden, dy, cells, sp]) =>
    cells.length === 0 && sp === ' '
      ? `<row${r}${spans}${hidden}${dy}/>`
      : `<row${r}${spans}${hidden}${dy}>${sp}${cells.join('')}</row>`,
  );

const sheet = fc
  .tuple(
    fc.array(
      fc.tuple(row, space).map((p) => p.join('')),
      { maxLength: 6 },
    ),
    fc.constantFrom('', '<cols><col min="2" max="3" width="9" hidden="1"/></cols>'),
    fc.constantFrom('', '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>'),
    fc.constantFrom('<sheetData>', '<sheetData >'),
  )
  .map(
    ([rows, cols, merges, open]) =>
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="urn:x"><dimension ref="A1:K12"/>' +
      `${cols}${open}${rows.join('')}</sheetData>${merges}</worksheet>`,
  );

describe('the sheet data scanner', () => {
  it('gives the general scanner’s model for every generated sheet, and reads most of them itself', () => {
    const scan = jest.spyOn(sheetData, 'scanSheetData');
    sameBothWays(sheet, read, 600);
    expect(shareRead(scan)).toBeGreaterThan(1 / 3);
    scan.mockRestore();
  });

  it('reads or refuses a damaged sheet as the general scanner does', () => {
    sameBothWays(damaged(sheet, '<sheetData', ['', '<', '>', '"', '&', '/', ' ', 'c', '\u0001']), read, 1500);
  });

  it('reads a repeated attribute, an undefined entity and a bad address as refusals of the whole sheet', () => {
    const wrap = (data: string) =>
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;
    for (const data of [
      '<row r="1"><c r="A1" r="B1"><v>1</v></c></row>',
      '<row r="1"><c r="A1" t="str"><v>a &nbsp; b</v></c></row>',
      '<row r="1"><c r="1A"><v>1</v></c></row>',
    ]) {
      const fast = read(wrap(data), true);
      expect(fast.ok).toBe(false);
      expect(fast).toEqual(read(wrap(data), false));
    }
  });
});
