/**
 * The shared strings read by their own scanner (src/node/fast/string-items.ts)
 * are the general scanner's, item for item, and a part it does not take
 * (rich text, phonetic guides, prefixes) or a damaged one ends as the general
 * scanner ends it: the same strings or the same refusal.
 */
import fc from 'fast-check';
import { damaged, sameBothWays, shareRead } from './parity';
import * as stringItems from '../../../src/node/fast/string-items';
import { parseSharedStrings, readSharedStrings } from '../../../src/node/fast/xlsx-parts';

type Outcome = { ok: true; strings: unknown } | { ok: false; error: string };

function read(xml: string, fast: boolean): Outcome {
  const bytes = new TextEncoder().encode(xml);
  try {
    return { ok: true, strings: fast ? parseSharedStrings(bytes) : readSharedStrings(bytes, false) };
  } catch (e) {
    return { ok: false, error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}

const space = fc.constantFrom('', '', '', ' ', '\n  ', '\r\n');
const text = fc.constantFrom(
  'Sở Nội vụ',
  'Đã hoàn thành',
  ' đầu và cuối ',
  'a &amp; b',
  '&lt;5&gt;',
  '&#272;ã',
  'dòng 1_x000D_\ndòng 2',
  '_x000d_ thường',
  'x &bogus; y',
  '',
);
const t = fc
  .tuple(
    fc.constantFrom('', ' xml:space="preserve"', " xml:space='preserve'", '\txml:space="preserve"'),
    text,
  )
  .map(([a, s]) => (s === '' && a === '' ? '<t/>' : `<t${a}>${s}</t>`));
const rare = fc.constantFrom(
  '<r><rPr><rFont val="VNI-Times"/></rPr><t>Bo^.</t></r><r><t> Nội vụ</t></r>',
  '<t>漢</t><rPh sb="0" eb="1"><t>かん</t></rPh><phoneticPr fontId="1"/>',
  '<x:t>tiền tố</x:t>',
  'chữ rời',
);
const item = fc
  .oneof(
    { weight: 12, arbitrary: fc.tuple(space, t, space).map((p) => `<si>${p.join('')}</si>`) },
    { weight: 1, arbitrary: fc.constantFrom('<si/>', '<si></si>', '<si >\n</si>') },
    { weight: 1, arbitrary: rare.map((r) => `<si>${r}</si>`) },
  )
  .chain((si) => space.map((sp) => si + sp));
const part = fc
  .tuple(fc.array(item, { maxLength: 8 }), fc.constantFrom('<sst', '<sst count="3" uniqueCount="3"'))
  .map(
    ([items, open]) =>
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      `${open} xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join('')}</sst>`,
  );

describe('the shared strings scanner', () => {
  it('gives the general scanner’s strings for every generated part, and reads most of them itself', () => {
    const scan = jest.spyOn(stringItems, 'scanStringItems');
    sameBothWays(part, read, 500);
    expect(shareRead(scan)).toBeGreaterThan(1 / 3);
    scan.mockRestore();
  });

  it('reads or refuses a damaged part as the general scanner does', () => {
    sameBothWays(damaged(part, '<sst', ['', '<', '>', '"', '&', '/', ' ', 't', '\u0001']), read, 1500);
  });
});
