/**
 * The fast XML scanner and saxes, the reference it stands in for, give the
 * same events on the documents the scanner takes, and refuse the same
 * documents: generated ones, damaged copies of them, and the parts of a
 * real workbook. What the scanner does not take goes to saxes.
 */
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { plainXml, scanXml } from '../../../src/node/fast/xml-scan';
import { parseXml } from '../../../src/node/fast/xml';
import { ReadError } from '../../../src/node/read/outcome';
import { buildAppendixWorkbook, seedTable } from '../../fixtures';

type Event = ['open', string, Record<string, string>] | ['text', string] | ['close', string];
type Result = { ok: true; events: Event[] } | { ok: false };

function recorder(): { events: Event[]; open: (n: string, a: Record<string, string>) => void } & {
  text: (t: string) => void;
  close: (n: string) => void;
} {
  const events: Event[] = [];
  return {
    events,
    open: (n, a) => events.push(['open', n, { ...a }]),
    text: (t) => events.push(['text', t]),
    close: (n) => events.push(['close', n]),
  };
}

function bySaxes(xml: string): Result {
  const r = recorder();
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => r.open(tag.name, tag.attributes as Record<string, string>));
  parser.on('text', r.text);
  parser.on('closetag', (tag) => r.close(tag.name));
  try {
    parser.write(xml).close();
    return { ok: true, events: r.events };
  } catch {
    return { ok: false };
  }
}

/** Elements whose attributes a caller does not read, in the tests below: half of the generated names. */
const unread = (name: string) => name.length % 2 === 1;

/** saxes' result as a caller reading no attributes of `unread` elements sees it. */
function withoutUnread(result: Result): Result {
  if (!result.ok) return result;
  return {
    ok: true,
    events: result.events.map((e): Event => (e[0] === 'open' && unread(e[1]) ? ['open', e[1], {}] : e)),
  };
}

function byScanner(xml: string, skipUnread = false): Result | 'not taken' {
  const plain = plainXml(xml);
  if (!plain) return 'not taken';
  const r = recorder();
  try {
    scanXml(plain.xml, plain.start, skipUnread ? { ...r, attributesOf: (n) => !unread(n) } : r);
    return { ok: true, events: r.events };
  } catch {
    return { ok: false };
  }
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string, q: string) =>
  escapeText(s).replace(q === '"' ? /"/g : /'/g, q === '"' ? '&quot;' : '&apos;');

// Names as spreadsheet parts have them, prefixed ones, and some beyond ASCII.
const name = fc.constantFrom(
  'c',
  'row',
  'v',
  'x:c',
  'r:id',
  'si',
  't',
  'xml:space',
  'a-b.c',
  '_x',
  'é',
  'Đơn',
);
// Text with what needs escaping, tabs, line feeds, Vietnamese, an astral character.
const chars = fc.string({
  unit: fc.constantFrom(
    'a',
    ' ',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '&',
    '<',
    '>',
    '"',
    "'",
    ';',
    '#',
    'ơ',
    'Đ',
    '😀',
    ']',
  ),
  maxLength: 12,
});
// Character references and entities written as writers do.
const reference = fc.constantFrom(
  '&amp;',
  '&lt;',
  '&#10;',
  '&#x9;',
  '&#x1F600;',
  '&quot;',
  '&apos;',
  '&#272;',
);

interface Node {
  name: string;
  attrs: [string, string, string][];
  children: (Node | string)[];
}

const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name,
    attrs: fc.uniqueArray(fc.tuple(name, chars, fc.constantFrom('"', "'")), {
      selector: (a) => a[0],
      maxLength: 4,
    }),
    children: fc.array(
      fc.oneof(
        {
          weight: 2,
          arbitrary: fc.tuple(chars, fc.option(reference)).map(([t, r]) => escapeText(t) + (r ?? '')),
        },
        { weight: 1, arbitrary: tie('node') },
      ),
      { maxLength: 4, depthIdentifier: 'tree' },
    ),
  }),
})).node;

function write(node: Node, space: string): string {
  const attrs = node.attrs.map(([n, v, q]) => `${space || ' '}${n}=${q}${escapeAttr(v, q)}${q}`).join('');
  if (node.children.length === 0) return `<${node.name}${attrs}${space}/>`;
  const inner = node.children.map((c) => (typeof c === 'string' ? c : write(c, space))).join('');
  return `<${node.name}${attrs}>${inner}</${node.name}${space}>`;
}

const document = fc
  .tuple(
    tree,
    fc.constantFrom('', ' ', '\n\t', '\r\n'),
    fc.constantFrom(
      '',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
      "<?xml version='1.0'?>",
    ),
    fc.constantFrom('', '\n', '  \n'),
  )
  .map(([node, space, decl, tail]) => decl + write(node, space) + tail);

describe('the fast XML scanner', () => {
  it('gives saxes’ events on every plain document', () => {
    fc.assert(
      fc.property(document, (xml) => {
        const scanned = byScanner(xml);
        expect(scanned).not.toBe('not taken');
        expect(scanned).toEqual(bySaxes(xml));
        expect(bySaxes(xml).ok).toBe(true);
        expect(byScanner(xml, true)).toEqual(withoutUnread(bySaxes(xml)));
      }),
      { numRuns: 400 },
    );
  });

  it('accepts and refuses what saxes does on damaged documents, with the same events when accepted', () => {
    const damage = fc.tuple(
      fc.nat(),
      fc.nat({ max: 3 }),
      fc.constantFrom(
        '<',
        '>',
        '/',
        '=',
        '"',
        "'",
        '&',
        ';',
        ' ',
        'a',
        '1',
        '-',
        ':',
        '</a>',
        '<a>',
        '&#0;',
        '',
      ),
    );
    fc.assert(
      fc.property(document, fc.array(damage, { minLength: 1, maxLength: 3 }), (xml, edits) => {
        let s = xml;
        for (const [at, cut, insert] of edits) {
          const i = at % (s.length + 1);
          s = s.slice(0, i) + insert + s.slice(i + cut);
        }
        const scanned = byScanner(s);
        if (scanned === 'not taken') return;
        expect(scanned).toEqual(bySaxes(s));
        // Attributes a caller does not read are checked all the same: the same refusals.
        expect(byScanner(s, true)).toEqual(withoutUnread(bySaxes(s)));
      }),
      { numRuns: 1500 },
    );
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['a comment', '<a><!-- note --></a>'],
    ['a CDATA section', '<a><![CDATA[<b>]]></a>'],
    ['a processing instruction', '<a><?pi data?></a>'],
    ['a control character', '<a>\u0001</a>'],
    ['a lone surrogate', '<a>\uD800</a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['an unusual declaration', '<?xml version="1.0" foo="bar"?><a/>'],
  ])('leaves %s to saxes', (_, xml) => {
    expect(plainXml(xml)).toBeNull();
  });

  it.each([
    ['an undefined entity', '<a>&nbsp;</a>'],
    ['a reference to NUL', '<a>&#0;</a>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['attributes without space between', '<a x="1"y="2"/>'],
    ['an unquoted value', '<a x=1/>'],
    ['a mismatched close tag', '<a><b></a></b>'],
    ['an unclosed element', '<a><b/>'],
    ['text outside the root', '<a/>text'],
    ['a second root', '<a/><b/>'],
    ['a name starting with a digit', '<1a/>'],
    ['"<" in a value', '<a x="<"/>'],
    ['no root', '  '],
    ['a duplicate attribute the caller does not read', '<abc x="1" x="2"/>'],
    ['an undefined entity in an attribute the caller does not read', '<abc x="&nbsp;"/>'],
  ])('refuses %s, as saxes does', (_, xml) => {
    expect(byScanner(xml)).toEqual({ ok: false });
    expect(byScanner(xml, true)).toEqual({ ok: false });
    expect(bySaxes(xml)).toEqual({ ok: false });
  });

  it('reads line ends as XML does: CR LF and a lone CR are LF, a space in an attribute', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<a x="1\r\n2">one\r\ntwo\rthree&#13;</a>';
    expect(plainXml(xml)).not.toBeNull();
    expect(byScanner(xml)).toEqual(bySaxes(xml));
    expect(byScanner(xml)).toEqual({
      ok: true,
      events: [
        ['text', '\n'],
        ['open', 'a', { x: '1 2' }],
        ['text', 'one\ntwo\nthree\r'],
        ['close', 'a'],
      ],
    });
  });

  it('reads "__proto__" as an attribute like any other', () => {
    const xml = '<a __proto__="x" constructor="y"/>';
    expect(byScanner(xml)).toEqual(bySaxes(xml));
    expect((byScanner(xml) as { events: Event[] }).events[0][2]).toEqual(
      Object.assign(Object.create(null), { constructor: 'y' }, JSON.parse('{"__proto__":"x"}')),
    );
  });

  it('gives saxes’ events on every part of a real appendix workbook', async () => {
    const bytes = await buildAppendixWorkbook(seedTable('bac-ninh'), { titleRows: true });
    const parts = Object.entries(unzipSync(bytes)).filter(([n]) => /\.(xml|rels)$/.test(n));
    expect(parts.length).toBeGreaterThan(4);
    for (const [, data] of parts) {
      // As Excel saves them too: CR LF after the declaration.
      const xml = new TextDecoder().decode(data).replace('?>\n', '?>\r\n');
      expect(plainXml(xml)).not.toBeNull();
      expect(byScanner(xml)).toEqual(bySaxes(xml));
    }
  });

  it('turns a damaged part into a damaged-file error naming the part', () => {
    const read = () =>
      parseXml('xl/worksheets/sheet1.xml', new TextEncoder().encode('<a><b></a>'), { open() {} });
    expect(read).toThrow(ReadError);
    expect(read).toThrow(/sheet1\.xml/);
  });
});

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/spreadsheets');
const corpusFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? corpusFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );

(existsSync(CORPUS) ? describe : describe.skip)('the fast XML scanner on the real-world corpus', () => {
  it('takes every part of its .xlsx/.xlsm files and gives saxes’ events', () => {
    let parts = 0;
    for (const file of corpusFiles(CORPUS).filter((f) => /\.xls[xm]$/i.test(f))) {
      let entries: Record<string, Uint8Array>;
      try {
        entries = unzipSync(readFileSync(file));
      } catch {
        continue; // encrypted or damaged: not a zip
      }
      for (const [name, data] of Object.entries(entries)) {
        if (!/\.(xml|rels)$/i.test(name)) continue;
        const xml = new TextDecoder().decode(data);
        expect([path.basename(file), name, plainXml(xml) !== null]).toEqual([
          path.basename(file),
          name,
          true,
        ]);
        expect(byScanner(xml)).toEqual(bySaxes(xml));
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(100);
  });
});
