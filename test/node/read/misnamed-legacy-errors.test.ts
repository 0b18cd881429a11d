/**
 * Files as people really send them: a CSV saved under a workbook name, a CSV
 * typed in a TCVN3 or VNI font, and formula errors in cells — what the
 * reader makes of them and what the user then sees.
 */
import { strToU8, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { checkWorkbook } from '../../../src/core/engine';
import { findingMessage } from '../../../src/core/messages';
import { createRegistry } from '../../../src/core/agency';
import type { SheetCell, WorkbookModel } from '../../../src/core/model/sheet';
import { encodeTcvn3 } from '../../../src/core/text/legacy/tcvn3';
import { encodeVni } from '../../../src/core/text/legacy/vni';
import { readWorkbookBufferLean } from '../../../src/node/fast/lean-read';
import { readWorkbookBuffer, type ReadOutcome } from '../../../src/node/read';
import { decodeCsv } from '../../../src/node/read/csv';
import { sniffFormat } from '../../../src/node/read/sniff';
import { encodeWindows1258, exceljsBuffer, sheetjsBuffer } from './fixtures';

const TABLE = [
  ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời hạn'],
  [
    '1',
    'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
    'Sở Khoa học và Công nghệ',
    'Sở Nội vụ',
    'Cơ sở dữ liệu',
    'Quý II/2026',
  ],
  [
    '2',
    'Tổ chức hội nghị gặp mặt trí thức tiêu biểu',
    'Sở Nội vụ',
    'Sở Tài chính',
    'Hội nghị được tổ chức',
    'Hằng năm',
  ],
  [
    '3',
    'Đào tạo kỹ năng về đổi mới sáng tạo trong trường học',
    'Sở Giáo dục và Đào tạo',
    'Sở Y tế',
    'Các lớp được mở',
    'Tháng 7/2026',
  ],
];

const csv = (rows: string[][], d = ',') =>
  rows.map((r) => r.map((f) => (f.includes(d) ? `"${f}"` : f)).join(d)).join('\r\n') + '\r\n';

function check(outcome: ReadOutcome) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  const { tables, findings } = checkWorkbook(outcome.workbook, {
    asOf: '2026-12-10',
    planDate: null,
    horizon: null,
    registry: createRegistry({ province: 'Bắc Ninh' }),
  });
  return {
    workbook: outcome.workbook,
    tasks: tables.flatMap((t) => t.tasks),
    findings: findings.map((f) => ({
      code: f.code,
      cell: f.cell,
      message: findingMessage(f),
      suggestion: f.suggestion,
    })),
  };
}

describe('a CSV saved under a workbook name is read by its content', () => {
  it.each([
    ['UTF-8 with BOM, comma', 'bao-cao.xlsx', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(csv(TABLE))])],
    ['UTF-8, comma', 'bao-cao.xlsx', strToU8(csv(TABLE))],
    ['UTF-8, semicolon', 'Bao cao.XLSX', strToU8(csv(TABLE, ';'))],
    ['UTF-8, tab', 'bao-cao.ods', strToU8(csv(TABLE, '\t'))],
    ['Windows-1258, comma', 'bao-cao.xlsm', encodeWindows1258(csv(TABLE))],
    ['UTF-16 "Unicode Text", tab', 'bao-cao.xls', Buffer.from(`\uFEFF${csv(TABLE, '\t')}`, 'utf16le')],
  ])('%s, named %s: the tasks are checked as from any CSV', async (_, name, bytes) => {
    const { workbook, tasks, findings } = check(await readWorkbookBuffer(bytes, name));
    expect(workbook.format).toBe('csv');
    expect(tasks.map((t) => [t.task, t.lead, t.deadline?.kind])).toEqual([
      [TABLE[1][1], ['Sở Khoa học và Công nghệ'], 'period'],
      [TABLE[2][1], ['Sở Nội vụ'], 'recurring'],
      [TABLE[3][1], ['Sở Giáo dục và Đào tạo'], 'period'],
    ]);
    expect(findings.filter((f) => f.code.startsWith('E_'))).toEqual([]);
  });

  it('a title block above the table does not stop it being a table', () => {
    const text = 'Phụ lục\r\nCÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH\r\n\r\n' + csv(TABLE);
    expect(sniffFormat(strToU8(text), 'phu-luc.xlsx')).toEqual({ kind: 'csv', format: 'csv' });
  });

  it.each([
    ['plain prose', 'xin chào\nkhông phải bảng\nchỉ là vài dòng chữ\n'],
    [
      'prose with commas',
      'Kính gửi: các sở, ban, ngành.\nĐề nghị các cơ quan, đơn vị báo cáo đúng hạn, đầy đủ.\nTrân trọng, cảm ơn.\n',
    ],
    ['a single delimited line', 'STT,Nội dung,Cơ quan\n'],
  ])('%s under an .xlsx name is still "not a spreadsheet"', async (_, text) => {
    expect(await readWorkbookBuffer(strToU8(text), 'bao-cao.xlsx')).toMatchObject({
      ok: false,
      code: 'E_FILE_UNREADABLE',
      reason: 'not-a-spreadsheet',
    });
  });

  it('random bytes without NULs under an .xlsx name are still refused', async () => {
    const random = new Uint8Array(4096).map((_, i) => 1 + ((i * 7919 + 13) % 250));
    expect(await readWorkbookBuffer(random, 'bao-cao.xlsx')).toMatchObject({
      ok: false,
      reason: 'not-a-spreadsheet',
    });
  });

  it('UTF-16 prose under an .xlsx name is refused', async () => {
    const bytes = Buffer.from('\uFEFFxin chào\r\nkhông phải bảng\r\n', 'utf16le');
    expect(await readWorkbookBuffer(bytes, 'bao-cao.xlsx')).toMatchObject({
      ok: false,
      reason: 'not-a-spreadsheet',
    });
  });
});

describe('a single-byte CSV typed in a legacy Vietnamese font', () => {
  const legacyBytes = (encode: (s: string) => string) => Buffer.from(encode(csv(TABLE)), 'latin1');

  it('TCVN3: kept as TCVN3 text, so the engine reports W_LEGACY_ENCODING and reads "Quý II/2026"', async () => {
    const bytes = legacyBytes(encodeTcvn3);
    // Windows-1258 would have read the deadline as "Quư II/2026".
    expect(new TextDecoder('windows-1258').decode(bytes)).toContain('Quư II/2026');
    const outcome = await readWorkbookBuffer(bytes, 'phu-luc.csv');
    expect(outcome).toMatchObject({ ok: true, notes: [{ kind: 'legacy-text', encoding: 'tcvn3' }] });
    const { workbook, tasks, findings } = check(outcome);
    expect(workbook.encoding).toBeUndefined();
    expect(tasks.map((t) => [t.task, t.lead, t.deadline?.text, t.deadline?.due])).toEqual([
      [TABLE[1][1], ['Sở Khoa học và Công nghệ'], 'Quý II/2026', '2026-06-30'],
      [TABLE[2][1], ['Sở Nội vụ'], 'Hằng năm', null],
      [TABLE[3][1], ['Sở Giáo dục và Đào tạo'], 'Tháng 7/2026', '2026-07-31'],
    ]);
    const legacy = findings.filter((f) => f.code === 'W_LEGACY_ENCODING');
    expect(legacy).toContainEqual(
      expect.objectContaining({
        cell: 'C2',
        message: expect.stringContaining('TCVN3'),
        suggestion: 'Sở Khoa học và Công nghệ',
      }),
    );
    expect(legacy.map((f) => f.cell)).toEqual(expect.arrayContaining(['B2', 'F3', 'B4']));
    expect(findings.filter((f) => f.code.startsWith('E_'))).toEqual([]);
  });

  it('VNI: kept as VNI text and converted by the engine the same way', async () => {
    const outcome = await readWorkbookBuffer(legacyBytes(encodeVni), 'phu-luc.csv');
    expect(outcome).toMatchObject({ ok: true, notes: [{ kind: 'legacy-text', encoding: 'vni' }] });
    const { tasks, findings } = check(outcome);
    expect(tasks.map((t) => t.lead)).toEqual([
      ['Sở Khoa học và Công nghệ'],
      ['Sở Nội vụ'],
      ['Sở Giáo dục và Đào tạo'],
    ]);
    expect(tasks[0].deadline?.due).toBe('2026-06-30');
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'W_LEGACY_ENCODING',
        cell: 'C2',
        message: expect.stringContaining('VNI'),
      }),
    );
  });

  it('a TCVN3 CSV under an .xlsx name: both fixes at once', async () => {
    const { workbook, tasks } = check(await readWorkbookBuffer(legacyBytes(encodeTcvn3), 'phu-luc.xlsx'));
    expect(workbook.format).toBe('csv');
    expect(tasks[0].lead).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('real Windows-1258 Vietnamese stays Windows-1258, with no legacy finding', async () => {
    const { workbook, tasks, findings } = check(
      await readWorkbookBuffer(encodeWindows1258(csv(TABLE)), 'a.csv'),
    );
    expect(workbook.encoding).toBe('windows-1258');
    expect(tasks[0].deadline?.text).toBe('Quý II/2026');
    expect(findings.map((f) => f.code)).not.toContain('W_LEGACY_ENCODING');
  });

  it.each([
    ['French and English in Latin-1', 'Café,Noël,Crème brûlée à la française,Résumé of the année'],
    ['Vietnamese that fits Latin-1', 'Hà Tây,Cà Mau,Ngô Sĩ Liên,Hồ Tây'],
  ])('%s is not taken for legacy text', (_, line) => {
    const text = `${line}\r\n${line}\r\n`;
    const bytes = encodeWindows1258(text);
    expect(decodeCsv(bytes)).toEqual({ text: text.normalize('NFC'), encoding: 'windows-1258' });
  });
});

describe('formula errors have one shape in every reader', () => {
  const ERRORS: [string, string][] = [
    ['F2', '#DIV/0!'],
    ['C3', '#N/A'],
    ['F3', '#REF!'],
    ['B4', '#NAME?'],
    ['E4', '#VALUE!'],
  ];
  const xlsx = () =>
    exceljsBuffer((wb) => {
      const ws = wb.addWorksheet('Phụ lục');
      TABLE.forEach((r) => ws.addRow(r));
      for (const [addr, error] of ERRORS)
        ws.getCell(addr).value = { formula: 'X1', result: { error: error as never } };
    });
  const at = (wb: WorkbookModel, addr: string): SheetCell | undefined => {
    const { r, c } = XLSX.utils.decode_cell(addr);
    return wb.sheets[0].cells[r]?.[c];
  };
  const shapes = (wb: WorkbookModel) =>
    ERRORS.map(([addr]) => ({ value: at(wb, addr)?.value, error: at(wb, addr)?.error }));
  const expected = ERRORS.map(([, error]) => ({ value: null, error }));

  it('exceljs and the lean reader (.xlsx)', async () => {
    const bytes = await xlsx();
    for (const outcome of [
      await readWorkbookBuffer(bytes, 'a.xlsx'),
      await readWorkbookBufferLean(bytes, 'a.xlsx'),
    ]) {
      if (!outcome.ok) throw new Error('not read');
      expect(shapes(outcome.workbook)).toEqual(expected);
    }
  });

  it.each([
    ['biff8', 'a.xls'],
    ['xlsb', 'a.xlsb'],
  ] as const)('SheetJS (%s)', async (bookType, name) => {
    const outcome = await readWorkbookBuffer(sheetjsBuffer(XLSX.read(await xlsx()), bookType), name);
    if (!outcome.ok) throw new Error('not read');
    expect(shapes(outcome.workbook)).toEqual(expected);
  });

  it('SheetJS (.ods): LibreOffice error cells, its own "Err:502", and error text a formula left as its result', async () => {
    const NS = [
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
    ].join(' ');
    const marked = (t: string) =>
      `<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>${t}</text:p></table:table-cell>`;
    const unmarked = (t: string) =>
      `<table:table-cell table:formula="of:=[.A1]" office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
    const typed = (t: string) =>
      `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
    const row = (cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
    const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.2"><office:body><office:spreadsheet><table:table table:name="S">${
      row([marked('#N/A'), marked('#DIV/0!'), marked('Err:502')]) +
      row([unmarked('#NAME?'), unmarked('Sở Y tế'), typed('#N/A')])
    }</table:table></office:spreadsheet></office:body></office:document-content>`;
    const bytes = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'META-INF/manifest.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      ),
      'styles.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>',
      ),
      'content.xml': strToU8(content),
    });
    const outcome = await readWorkbookBuffer(bytes, 'a.ods');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const cells = outcome.workbook.sheets[0].cells.map((r) =>
      r.map((c) => ({ value: c?.value, error: c?.error })),
    );
    expect(cells).toEqual([
      [
        { value: null, error: '#N/A' },
        { value: null, error: '#DIV/0!' },
        { value: null, error: 'Err:502' },
      ],
      [
        { value: null, error: '#NAME?' },
        { value: 'Sở Y tế', error: undefined },
        // Typed by hand, not a formula's result: text.
        { value: '#N/A', error: undefined },
      ],
    ]);
  });
});
