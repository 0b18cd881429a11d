import * as XLSX from 'xlsx';
import { getCell, type SheetModel, type WorkbookModel } from '../../../src/core/model/sheet';
import { readWorkbookBuffer } from '../../../src/node/read';
import { xlsFonts } from '../../../src/node/read/biff-fonts';
import { biff8WithFonts, exceljsBuffer, sheetjsBuffer } from './fixtures';
import { seedTable } from '../../fixtures';
import { createRegistry } from '../../../src/core/agency';
import { readWorkbookTables } from '../../../src/core/table/read-table';

/** 15/07/2026 in Excel's 1900 system (Excel: =DATE(2026,7,15) → 46218). */
const JULY_15_2026 = 46218;

/** One source workbook, written by SheetJS in every format it can write. */
function source(opts: { date1904?: boolean; vietnamese?: boolean } = {}): XLSX.WorkBook {
  const title = opts.vietnamese === false ? 'So Khoa hoc' : 'Sở Khoa học và Công nghệ';
  const ws = XLSX.utils.aoa_to_sheet([
    ['STT', 'Nhiệm vụ'.normalize('NFC'), 'Số', 'Xong'],
    [1, title, 12.5, true],
    ['II', 'merged'],
  ]);
  if (opts.vietnamese === false) ws['B1'] = { t: 's', v: 'Nhiem vu' };
  // A date stored as a serial in the file's own system, so the same number means a later day in a 1904 file.
  ws['E2'] = { t: 'n', v: JULY_15_2026, z: 'dd/mm/yyyy' };
  ws['F2'] = { t: 'e', v: 0x2a };
  ws['!ref'] = 'A1:F4';
  ws['!merges'] = [{ s: { r: 2, c: 1 }, e: { r: 3, c: 3 } }];
  ws['!rows'] = [{}, { hidden: true }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Phu luc');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['meta']]), '_phuluc');
  wb.Workbook = { Sheets: [{}, { Hidden: 1 }], WBProps: { date1904: Boolean(opts.date1904) } };
  return wb;
}

async function readAs(bookType: XLSX.BookType, name: string, wb = source()): Promise<WorkbookModel> {
  const outcome = await readWorkbookBuffer(sheetjsBuffer(wb, bookType), name);
  if (!outcome.ok) throw new Error(`${bookType} not read: ${JSON.stringify(outcome)}`);
  return outcome.workbook;
}

function values(sheet: SheetModel): unknown[][] {
  return sheet.cells.map((line) => Array.from(line, (c) => (c ? (c.error ?? c.value) : undefined)));
}

const EXPECTED = [
  ['STT', 'Nhiệm vụ', 'Số', 'Xong'],
  [1, 'Sở Khoa học và Công nghệ', 12.5, true, JULY_15_2026, '#N/A'],
  ['II', 'merged'],
];

describe('SheetJS adapter: every format reads back the same cells', () => {
  it.each([
    ['xls', 'biff8', 'xls'],
    ['xlsb', 'xlsb', 'xlsb'],
    ['ods', 'ods', 'ods'],
  ] as const)('%s', async (ext, bookType, format) => {
    const wb = await readAs(bookType, `bao-cao.${ext}`);
    expect(wb.format).toBe(format);
    const sheet = wb.sheets[0];
    // SheetJS' ODS writer drops error cells; the rest must match exactly.
    expect(values(sheet)).toEqual(
      format === 'ods' ? [EXPECTED[0], EXPECTED[1].slice(0, 5), EXPECTED[2]] : EXPECTED,
    );
    expect(getCell(sheet, 1, 4)).toMatchObject({ format: expect.stringMatching(/dd.*yyyy/) });
    expect(sheet.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 3 }]);
  });

  it('xlsx through exceljs agrees with the SheetJS formats', async () => {
    const wb = await readAs('xlsx', 'bao-cao.xlsx');
    expect(values(wb.sheets[0])).toEqual(EXPECTED);
    expect(wb.sheets[0].merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 3 }]);
  });

  it('BIFF5 .xls (Excel 5/95)', async () => {
    const wb = await readAs('biff5', 'cu.xls', source({ vietnamese: false }));
    expect(wb.format).toBe('xls');
    expect(values(wb.sheets[0])[1]).toEqual([1, 'So Khoa hoc', 12.5, true, JULY_15_2026, '#N/A']);
  });

  it('shows dates as Excel would display them', async () => {
    const wb = await readAs('biff8', 'x.xls');
    expect(getCell(wb.sheets[0], 1, 4)).toMatchObject({ value: JULY_15_2026, text: '15/07/2026' });
  });
});

describe('SheetJS adapter: layout and dates', () => {
  it('marks hidden sheets and hidden rows (xlsb)', async () => {
    const wb = await readAs('xlsb', 'x.xlsb');
    expect(wb.sheets.map((s) => s.hidden ?? false)).toEqual([false, true]);
    expect(wb.sheets[0].hiddenRows).toEqual([1]);
  });

  it('marks hidden sheets (xls)', async () => {
    const wb = await readAs('biff8', 'x.xls');
    expect(wb.sheets.map((s) => s.hidden ?? false)).toEqual([false, true]);
  });

  it.each([
    ['biff8', 'x.xls'],
    ['xlsb', 'x.xlsb'],
  ] as const)('shifts 1904 date serials into the 1900 system (%s)', async (bookType, name) => {
    // The same stored number in a 1904 workbook is 1462 days later: 16/07/2030.
    const wb = await readAs(bookType, name, source({ date1904: true }));
    expect(getCell(wb.sheets[0], 1, 4)).toMatchObject({ value: JULY_15_2026 + 1462, text: '16/07/2030' });
    // Plain numbers are not dates and do not move.
    expect(getCell(wb.sheets[0], 1, 2)?.value).toBe(12.5);
  });

  it('keeps formulas (ods; SheetJS writes no formulas to xls or xlsb)', async () => {
    const ws = XLSX.utils.aoa_to_sheet([[2, 3]]);
    ws['C1'] = { t: 'n', v: 5, f: 'A1+B1' };
    ws['!ref'] = 'A1:C1';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const read = await readAs('ods', 'f.ods', wb);
    expect(getCell(read.sheets[0], 0, 2)).toEqual({ value: 5, formula: 'A1+B1' });
  });
});

describe('.xls fonts (SheetJS parses but does not expose them)', () => {
  it('gives each cell its font and a rich shared string its runs', async () => {
    const { bytes, longText } = biff8WithFonts();
    const outcome = await readWorkbookBuffer(bytes, 'cu-tcvn3.xls');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const s = outcome.workbook.sheets[0];
    expect(s.name).toBe('Phụ lục');
    expect(getCell(s, 0, 0)).toEqual({ value: 'Së Khoa häc', font: '.VnTime' });
    expect(getCell(s, 0, 1)).toEqual({ value: 42, font: 'Arial' });
    expect(getCell(s, 1, 0)).toEqual({
      value: 'Së Y tÕ SË Y TÕ',
      font: '.VnTime',
      runs: [
        { text: 'Së Y tÕ ', font: '.VnTime' },
        { text: 'SË Y TÕ', font: '.VnTimeH' },
      ],
    });
    // A string continued in a CONTINUE record (switching to 16-bit), and font record 5 behind the missing index 4.
    expect(getCell(s, 2, 0)).toEqual({ value: longText, font: 'Times New Roman' });
    expect(getCell(s, 3, 0)).toMatchObject({ value: 'Sôû Y teá', font: 'VNI-Times' });
  });
});

describe('a damaged .xls', () => {
  // Before this was handled the font walker looped forever on such a file, and a merge with it never ended.
  it('whose shared string breaks inside a character is called damaged, and the reading ends', async () => {
    const { bytes } = biff8WithFonts({ cutInsideCharacter: true });
    expect(xlsFonts(bytes)).toEqual([]);
    expect(await readWorkbookBuffer(bytes, 'hong.xls')).toMatchObject({
      ok: false,
      code: 'E_FILE_UNREADABLE',
      reason: 'corrupt',
    });
  });
});

describe('text exports with a spreadsheet name', () => {
  it('reads an HTML table saved as .xls (web systems export these)', async () => {
    const html =
      '<html><head><meta charset="utf-8"></head><body><table><tr><td>STT</td><td>Nội dung</td></tr><tr><td>1</td><td>Sở Xây dựng</td></tr></table></body></html>';
    const outcome = await readWorkbookBuffer(new TextEncoder().encode(html), 'xuat-du-lieu.xls');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(getCell(outcome.workbook.sheets[0], 1, 1)?.value).toBe('Sở Xây dựng');
  });

  it('keeps the line breaks Excel writes into an HTML cell, so the Ninh Bình header and cells read whole', async () => {
    const table = seedTable('ninh-binh');
    const cell = (v: string) =>
      `<td>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, "<br style='mso-data-placement:same-cell'>")}</td>`;
    const rows = [table.headers, ...table.rows].map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('');
    const html = `<html><head><meta charset="utf-8"></head><body><table>${rows}</table></body></html>`;
    const outcome = await readWorkbookBuffer(new TextEncoder().encode(html), 'phu-luc-ninh-binh.xls');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const { tables, findings } = readWorkbookTables(
      outcome.workbook,
      createRegistry({ province: 'Ninh Bình' }),
    );
    expect(findings.map((f) => f.code)).not.toContain('E_COLUMN_MISSING');
    expect(tables[0].tasks).toHaveLength(13);
    // "Thời gian\nhoàn thành": a line break, not "Thời gianhoàn thành".
    expect(getCell(outcome.workbook.sheets[0], 0, 5)?.value).toBe(table.headers[5]);
    expect(tables[0].tasks[0].deadline?.due).toBe('2026-03-31');
  });

  it('reads SpreadsheetML 2003 XML', async () => {
    const xml = `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table><Row><Cell><Data ss:Type="String">Sở Tư pháp</Data></Cell><Cell><Data ss:Type="Number">3</Data></Cell></Row></Table></Worksheet></Workbook>`;
    const outcome = await readWorkbookBuffer(new TextEncoder().encode(xml), 'bao-cao.xml');
    expect(outcome.ok && values(outcome.workbook.sheets[0])).toEqual([['Sở Tư pháp', 3]]);
  });
});

describe('an .xlsb is read or refused, never returned empty', () => {
  it('refuses an .xlsb zip without a workbook part as corrupt', async () => {
    const good = sheetjsBuffer(source(), 'xlsb');
    const { unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(good);
    delete files['xl/workbook.bin'];
    const outcome = await readWorkbookBuffer(zipSync(files), 'x.xlsb');
    expect(outcome).toMatchObject({ ok: false, code: 'E_FILE_UNREADABLE', reason: 'corrupt' });
  });

  it('reads an .xlsx renamed .xlsb as the .xlsx it is (exceljs would load an .xlsb as zero sheets)', async () => {
    const bytes = await exceljsBuffer((w) => (w.addWorksheet('S').getCell('A1').value = 'x'));
    const outcome = await readWorkbookBuffer(bytes, 'renamed.xlsb');
    expect(outcome.ok && outcome.workbook.format).toBe('xlsx');
  });
});
