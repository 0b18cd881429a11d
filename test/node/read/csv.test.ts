import fc from 'fast-check';
import type { WorkbookModel } from '../../../src/core/model/sheet';
import { readWorkbookBuffer } from '../../../src/node/read';
import { decodeCsv, parseCsv, sniffDelimiter } from '../../../src/node/read/csv';
import { encodeWindows1258 } from './fixtures';
import { buildCsv, seedTable } from '../../fixtures';
import { createRegistry } from '../../../src/core/agency';
import { readWorkbookTables } from '../../../src/core/table/read-table';

const ROWS = [
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
  ['1', 'Xây dựng kế hoạch chuyển đổi số', 'Sở Khoa học và Công nghệ', '10/12'],
  ['2', 'Rà soát thủ tục hành chính', 'Văn phòng UBND tỉnh', '07/2026'],
];
const TEXT = ROWS.map((r) => r.join(',')).join('\r\n') + '\r\n';

async function readCsvBytes(bytes: Uint8Array, name = 'phu-luc.csv'): Promise<WorkbookModel> {
  const outcome = await readWorkbookBuffer(bytes, name);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome.workbook;
}

function grid(wb: WorkbookModel): unknown[][] {
  return wb.sheets[0].cells.map((line) => Array.from(line, (c) => c?.value));
}

describe('CSV encodings', () => {
  it('UTF-8 without BOM', async () => {
    const wb = await readCsvBytes(new TextEncoder().encode(TEXT));
    expect(wb.encoding).toBe('utf-8');
    expect(wb.format).toBe('csv');
    expect(grid(wb)).toEqual(ROWS);
  });

  it('UTF-8 with BOM: the BOM is not part of the first cell', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    const wb = await readCsvBytes(bytes);
    expect(wb.encoding).toBe('utf-8-bom');
    expect(grid(wb)).toEqual(ROWS);
  });

  it('Windows-1258, decoded to NFC', async () => {
    const wb = await readCsvBytes(encodeWindows1258(TEXT));
    expect(wb.encoding).toBe('windows-1258');
    expect(grid(wb)).toEqual(ROWS);
    expect((wb.sheets[0].cells[1][2]?.value as string).normalize('NFC')).toBe(
      wb.sheets[0].cells[1][2]?.value,
    );
  });

  it.each([
    ['utf-16le', 'phu-luc.txt'],
    ['utf-16be', 'phu-luc.csv'],
  ] as const)(
    '%s with its BOM, tab-separated, as Excel\'s "Unicode Text" saves (%s)',
    async (encoding, name) => {
      const text = ROWS.map((r) => r.join('\t')).join('\r\n') + '\r\n';
      const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
      const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
      const wb = await readCsvBytes(bytes, name);
      expect(wb.encoding).toBe(encoding);
      expect(wb.format).toBe('csv');
      expect(grid(wb)).toEqual(ROWS);
    },
  );

  it('still refuses UTF-16 bytes under a name that is not a text file', async () => {
    const outcome = await readWorkbookBuffer(Buffer.from('\uFEFFSTT\tNội dung\r\n', 'utf16le'), 'anh.png');
    expect(outcome.ok).toBe(false);
  });

  it('decodes a hand-written Windows-1258 byte string', () => {
    // "Việt" in CP1258: V i ê(EA) combining dot below(F2) t.
    expect(decodeCsv(new Uint8Array([0x56, 0x69, 0xea, 0xf2, 0x74]))).toEqual({
      text: 'Việt',
      encoding: 'windows-1258',
    });
  });
});

describe('CSV structure', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])('sniffs the %s delimiter (%s)', async (d) => {
    const text = ROWS.map((r) => r.join(d)).join('\n');
    expect(sniffDelimiter(text)).toBe(d);
    expect(grid(await readCsvBytes(new TextEncoder().encode(text)))).toEqual(ROWS);
  });

  it('is not fooled by commas inside quoted fields of a semicolon file', () => {
    const text = 'STT;Cơ quan\n1;"Sở Tài chính, Sở Kế hoạch và Đầu tư"\n2;"Các sở, ngành"\n';
    expect(sniffDelimiter(text)).toBe(';');
  });

  // Ninh Bình's cells break over lines (quoted) and are full of commas ("Các sở ban ngành, \nphường, xã"):
  // read with the comma, each quoted cell would be cut at its line breaks into many short records.
  it.each([
    [';', 'utf-8'],
    ['\t', 'utf-8'],
    [';', 'windows-1258'],
  ] as const)(
    'reads the Ninh Bình appendix saved with %j (%s): all 13 tasks',
    async (delimiter, encoding) => {
      const table = seedTable('ninh-binh');
      const bytes = buildCsv(table, { encoding, delimiter, titleRows: true });
      const wb = await readCsvBytes(bytes, 'phu-luc-ninh-binh.csv');
      const { tables } = readWorkbookTables(wb, createRegistry({ province: 'Ninh Bình' }));
      expect(tables).toHaveLength(1);
      expect(tables[0].tasks.map((t) => t.stt)).toEqual(table.rows.map((r) => r[0]));
      expect(tables[0].tasks[1].raw.partners).toBe(table.rows[1][3].replace(/ +\n/g, '\n').trim());
    },
  );

  it('prefers the delimiter that leaves no quote inside a field', () => {
    const text = 'STT;Nội dung;Cơ quan\n1;"Xây dựng,\nban hành";"Sở Nội vụ, \nSở Tài chính"\n';
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('follows an Excel "sep=" first line', async () => {
    const wb = await readCsvBytes(new TextEncoder().encode('sep=;\na,b;c\n'));
    expect(grid(wb)).toEqual([['a,b', 'c']]);
  });

  it('keeps quoted line breaks, doubled quotes and delimiters inside a field', async () => {
    const text = 'STT,Nội dung\r\n1,"Triển khai ""Đề án 06"",\r\ngiai đoạn 2"\r\n2,x\r\n';
    expect(grid(await readCsvBytes(new TextEncoder().encode(text)))).toEqual([
      ['STT', 'Nội dung'],
      ['1', 'Triển khai "Đề án 06",\r\ngiai đoạn 2'],
      ['2', 'x'],
    ]);
  });

  it.each([
    ['a\rb', [['a'], ['b']]],
    ['a,', [['a', '']]],
    ['x,"open\nto the end', [['x', 'open\nto the end']]],
    ['"ab"cd,e', [['abcd', 'e']]],
    ['a"b,c', [['a"b', 'c']]],
  ])('parses the edge case %j', (text, expected) => {
    const parsed: string[][] = [];
    parseCsv(text, ',', (fields) => parsed.push(fields));
    expect(parsed).toEqual(expected);
  });

  it('keeps every value as text: no dates, no numbers, leading zeros kept', async () => {
    const wb = await readCsvBytes(new TextEncoder().encode('10/12,07/2026,1.000,0123,TRUE\n'));
    expect(wb.sheets[0].cells[0].map((c) => c?.value)).toEqual(['10/12', '07/2026', '1.000', '0123', 'TRUE']);
  });

  it('leaves empty fields empty and ends without a phantom row', async () => {
    const wb = await readCsvBytes(new TextEncoder().encode('a,,c\n\n,b\n'));
    expect(wb.sheets[0].cells).toEqual([
      [{ value: 'a' }, undefined, { value: 'c' }],
      [],
      [undefined, { value: 'b' }],
    ]);
    expect(wb.sheets[0].colCount).toBe(3);
  });

  it('accepts a .txt export too and names the sheet after the file', async () => {
    const wb = await readCsvBytes(new TextEncoder().encode('a\tb\n'), 'Báo cáo quý 3.txt');
    expect(wb.sheets[0].name).toBe('Báo cáo quý 3');
  });

  it('refuses a CSV over the row cap with a reason', async () => {
    const outcome = await readWorkbookBuffer(new TextEncoder().encode('x\n'.repeat(50)), 'a.csv', {
      maxRows: 10,
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('round-trips any table of strings through quoting (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ơ', ',', ';', '\t', '"', '\n', '\r', ' ', 'Đ') });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';', '\t'), (rows, d) => {
        const text = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(d)).join('\r\n');
        const parsed: string[][] = [];
        parseCsv(text, d, (fields) => parsed.push(fields));
        expect(parsed).toEqual(rows);
      }),
    );
  });
});
