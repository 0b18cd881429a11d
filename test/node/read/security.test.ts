import * as XLSX from 'xlsx';
import { getCell } from '../../../src/core/model/sheet';
import { readWorkbookBuffer } from '../../../src/node/read';
import { DEFAULT_LIMITS } from '../../../src/node/read/outcome';
import { ReadBudget } from '../../../src/node/read/sheet-builder';
import { readWithSheetJS } from '../../../src/node/read/sheetjs';
import { minimalXlsxParts, protoPollutionXlsx, sheetXml, zipParts } from './fixtures';

/** Keys SheetJS 0.18.5 wrote onto Object.prototype through a comment ref of "__proto__". */
const POLLUTED = ['c', 't', 'v', 'a', 'T', 'r', 'h', 'w'];

function expectClean(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of POLLUTED) expect(probe[key]).toBeUndefined();
}

describe('CVE-2023-30533: prototype pollution through a crafted comments part', () => {
  it('the installed SheetJS is 0.20.3, which has the fix', () => {
    expect(XLSX.version).toBe('0.20.3');
  });

  it('the crafted comments part does reach SheetJS\' comment parser (with ref="A1" the comment attaches)', async () => {
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(protoPollutionXlsx());
    files['xl/comments1.xml'] = strToU8(
      strFromU8(files['xl/comments1.xml']).replace('ref="__proto__"', 'ref="A1"'),
    );
    const wb = XLSX.read(zipSync(files), { type: 'buffer' });
    expect(wb.Sheets.S.A1.c?.[0]?.t).toBe('polluted');
  });

  it('reading the file through the public entry leaves Object.prototype untouched', async () => {
    const outcome = await readWorkbookBuffer(protoPollutionXlsx(), 'comments.xlsx');
    expectClean();
    expect(outcome.ok && getCell(outcome.workbook.sheets[0], 0, 0)?.value).toBe('ok');
  });

  it('reading it with SheetJS directly (the path .xls/.xlsb/.ods and fallbacks take) leaves it untouched too', () => {
    readWithSheetJS(protoPollutionXlsx(), 'xlsx', new ReadBudget(DEFAULT_LIMITS));
    expectClean();
  });
});

describe('XML entities are never expanded and never read files', () => {
  const xxe = (doctype: string, use: string) =>
    zipParts(
      minimalXlsxParts(
        sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${use}</t></is></c></row>`).replace(
          '<?xml version="1.0" encoding="UTF-8"?>',
          `<?xml version="1.0" encoding="UTF-8"?>${doctype}`,
        ),
      ),
    );

  function text(outcome: Awaited<ReturnType<typeof readWorkbookBuffer>>): string {
    if (!outcome.ok) return '';
    return outcome.workbook.sheets.flatMap((s) => s.cells.flat().map((c) => String(c?.value ?? ''))).join('');
  }

  it('an external entity (file:///etc/passwd) is refused or kept as literal text', async () => {
    const outcome = await readWorkbookBuffer(
      xxe('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '&xxe;'),
      'x.xlsx',
    );
    expect(text(outcome)).not.toMatch(/root:/);
    if (outcome.ok) expect(text(outcome)).toBe('&xxe;');
    else expect(outcome.reason).toBe('corrupt');
  });

  it('a billion-laughs entity is refused or kept as literal text, quickly', async () => {
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join(
        '',
      ) +
      ']>';
    const outcome = await readWorkbookBuffer(xxe(laughs, '&lol9;'), 'x.xlsx');
    expect(text(outcome).length).toBeLessThan(100);
    if (outcome.ok) expect(text(outcome)).toBe('&lol9;');
  });
});
