import type ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { getCell, type WorkbookModel } from '../../../src/core/model/sheet';
import { readWorkbookBuffer, type ReadOutcome } from '../../../src/node/read';
import { ExcelJSBlindSpots } from '../../../src/node/read/xlsx-exceljs';
import {
  exceljsBuffer,
  minimalXlsxParts,
  sheetjsBuffer,
  sheetXml,
  withMergeCell,
  zipParts,
} from './fixtures';

async function read(build: (wb: ExcelJS.Workbook) => void, name = 'bao-cao.xlsx'): Promise<WorkbookModel> {
  const outcome = await readWorkbookBuffer(await exceljsBuffer(build), name);
  if (!outcome.ok) throw new Error(`not read: ${JSON.stringify(outcome)}`);
  expect(outcome.notes).toBeUndefined();
  return outcome.workbook;
}

/** 15/07/2026 in Excel's 1900 system: 46,218 days (checked against Excel's DATE(2026,7,15)). */
const JULY_15_2026 = 46218;

describe('exceljs adapter: value shapes', () => {
  it('reads plain values, keeping Vietnamese text as written', async () => {
    const wb = await read((w) => {
      const ws = w.addWorksheet('Phụ lục');
      ws.getCell('A1').value = 'Sở Khoa học và Công nghệ';
      ws.getCell('B1').value = 12.5;
      ws.getCell('C1').value = true;
    });
    expect(wb.format).toBe('xlsx');
    expect(wb.sheets[0].name).toBe('Phụ lục');
    expect(wb.sheets[0].cells[0].map((c) => c?.value)).toEqual(['Sở Khoa học và Công nghệ', 12.5, true]);
    expect(wb.sheets[0].colCount).toBe(3);
  });

  it('keeps rich-text runs with their own fonts and a run without a font takes the cell font', async () => {
    const wb = await read((w) => {
      const ws = w.addWorksheet('S');
      const cell = ws.getCell('A1');
      cell.font = { name: 'Times New Roman' };
      cell.value = {
        richText: [
          { text: 'Së Khoa häc ', font: { name: '.VnTime' } },
          { text: 'SË KHOA HäC', font: { name: '.VnTimeH' } },
          { text: ' (x)' },
        ],
      };
      ws.getCell('A2').value = 'Sôû Khoa hoïc';
      ws.getCell('A2').font = { name: 'VNI-Times' };
    });
    const a1 = getCell(wb.sheets[0], 0, 0)!;
    expect(a1.value).toBe('Së Khoa häc SË KHOA HäC (x)');
    expect(a1.runs).toEqual([
      { text: 'Së Khoa häc ', font: '.VnTime' },
      { text: 'SË KHOA HäC', font: '.VnTimeH' },
      { text: ' (x)', font: 'Times New Roman' },
    ]);
    expect(getCell(wb.sheets[0], 1, 0)).toMatchObject({ value: 'Sôû Khoa hoïc', font: 'VNI-Times' });
  });

  it('keeps formulas with their cached results, shared formulas translated', async () => {
    const wb = await read((w) => {
      const ws = w.addWorksheet('S');
      ws.getCell('A1').value = 2;
      ws.getCell('A2').value = { formula: 'A1*3', result: 6 };
      ws.getCell('B2').value = { formula: 'A1&"x"', result: '2x' };
      ws.getCell('A3').value = { sharedFormula: 'A2', result: 18 };
      ws.getCell('A4').value = { formula: 'A1+1' };
    });
    const s = wb.sheets[0];
    expect(getCell(s, 1, 0)).toEqual({ value: 6, formula: 'A1*3' });
    expect(getCell(s, 1, 1)).toEqual({ value: '2x', formula: 'A1&"x"' });
    expect(getCell(s, 2, 0)).toEqual({ value: 18, formula: 'A2*3' });
    // No cached result (never calculated): the value is unknown, not 0.
    expect(getCell(s, 3, 0)).toEqual({ value: null, formula: 'A1+1' });
  });

  it('keeps error values and formula results that are errors', async () => {
    const wb = await read((w) => {
      const ws = w.addWorksheet('S');
      ws.getCell('A1').value = { error: '#N/A' };
      ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    expect(getCell(wb.sheets[0], 0, 0)).toEqual({ value: null, error: '#N/A' });
    expect(getCell(wb.sheets[0], 1, 0)).toEqual({ value: null, error: '#DIV/0!', formula: '1/0' });
  });

  it('reads a hyperlink as its text, also when the text is rich', async () => {
    const wb = await read((w) => {
      const ws = w.addWorksheet('S');
      ws.getCell('A1').value = { text: 'Cổng thông tin', hyperlink: 'https://example.gov.vn' };
      ws.getCell('A2').value = {
        text: { richText: [{ text: 'Văn bản', font: { name: 'Arial' } }] },
        hyperlink: 'https://example.gov.vn/vb',
      } as unknown as ExcelJS.CellHyperlinkValue;
    });
    expect(getCell(wb.sheets[0], 0, 0)?.value).toBe('Cổng thông tin');
    expect(getCell(wb.sheets[0], 1, 0)).toMatchObject({
      value: 'Văn bản',
      runs: [{ text: 'Văn bản', font: 'Arial' }],
    });
  });

  it('turns dates into 1900 serials with the number format and what Excel displays', async () => {
    const wb = await read((w) => {
      const ws = w.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2026, 6, 15));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('A2').value = { formula: 'A1+1', result: new Date(Date.UTC(2026, 6, 16)) };
      ws.getCell('A2').numFmt = 'dd/mm/yyyy';
      ws.getCell('A3').value = 0.25;
      ws.getCell('A3').numFmt = '0%';
    });
    const s = wb.sheets[0];
    expect(getCell(s, 0, 0)).toMatchObject({ value: JULY_15_2026, format: 'dd/mm/yyyy', text: '15/07/2026' });
    expect(getCell(s, 1, 0)).toMatchObject({ value: JULY_15_2026 + 1, formula: 'A1+1', text: '16/07/2026' });
    expect(getCell(s, 2, 0)).toMatchObject({ value: 0.25, format: '0%', text: '25%' });
  });

  it('gives the same 1900 serial for the same day in a 1904 workbook', async () => {
    const wb = await read((w) => {
      w.properties.date1904 = true;
      const ws = w.addWorksheet('S');
      ws.getCell('A1').value = new Date(Date.UTC(2026, 6, 15));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    expect(getCell(wb.sheets[0], 0, 0)).toMatchObject({ value: JULY_15_2026, text: '15/07/2026' });
  });

  it('honours date1904="true", which exceljs itself misreads', async () => {
    // SheetJS (and OOXML generally) may spell the flag "true"; serial 46218 in a 1904 workbook is 16/07/2030.
    const wb = XLSX.utils.book_new();
    const ws = XLSX.utils.aoa_to_sheet([[]]);
    ws['A1'] = { t: 'n', v: JULY_15_2026, z: 'dd/mm/yyyy' };
    ws['!ref'] = 'A1';
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    wb.Workbook = { WBProps: { date1904: true } };
    const outcome = await readWorkbookBuffer(sheetjsBuffer(wb, 'xlsx'), 'x.xlsx');
    expect(outcome.ok && getCell(outcome.workbook.sheets[0], 0, 0)).toMatchObject({
      value: JULY_15_2026 + 1462,
      text: '16/07/2030',
    });
  });
});

describe('exceljs adapter: layout', () => {
  it('keeps a merged value only in the anchor cell and lists the merge', async () => {
    const wb = await read((w) => {
      const ws = w.addWorksheet('S');
      ws.getCell('A1').value = 'I. NHIỆM VỤ CHUNG';
      ws.mergeCells('A1:D1');
      ws.getCell('A2').value = 'Sở Tài chính';
      ws.mergeCells('A2:A4');
      ws.getCell('B2').value = 'x';
    });
    const s = wb.sheets[0];
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 3, right: 0 },
    ]);
    expect(getCell(s, 0, 0)?.value).toBe('I. NHIỆM VỤ CHUNG');
    expect(getCell(s, 0, 1)).toBeUndefined();
    expect(getCell(s, 0, 3)).toBeUndefined();
    expect(getCell(s, 2, 0)).toBeUndefined();
    expect(getCell(s, 1, 1)?.value).toBe('x');
  });

  it('lists hidden rows, hidden columns and hidden sheets (the template metadata sheet too)', async () => {
    const wb = await read((w) => {
      const ws = w.addWorksheet('Phụ lục');
      ws.getCell('A1').value = 'a';
      ws.getCell('A2').value = 'b';
      ws.getCell('C1').value = 'c';
      ws.getRow(2).hidden = true;
      ws.getColumn(3).hidden = true;
      w.addWorksheet('_phuluc', { state: 'veryHidden' }).getCell('A1').value = 'phuluc.agency';
      w.addWorksheet('Ẩn', { state: 'hidden' }).getCell('A1').value = 1;
    });
    expect(wb.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Phụ lục', false],
      ['_phuluc', true],
      ['Ẩn', true],
    ]);
    expect(wb.sheets[0].hiddenRows).toEqual([1]);
    expect(wb.sheets[0].hiddenCols).toEqual([2]);
    expect(getCell(wb.sheets[1], 0, 0)?.value).toBe('phuluc.agency');
  });

  it('reads core and custom document properties', async () => {
    const bytes = await exceljsBuffer((w) => {
      w.title = 'Kế hoạch 2026';
      w.addWorksheet('S').getCell('A1').value = 1;
    });
    const { unzipSync, zipSync, strToU8 } = await import('fflate');
    const files = unzipSync(bytes);
    files['docProps/custom.xml'] = strToU8(
      '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="phuluc.agency"><vt:lpwstr>Sở Y tế</vt:lpwstr></property></Properties>',
    );
    const outcome = await readWorkbookBuffer(zipSync(files), 'x.xlsx');
    expect(outcome.ok && outcome.workbook.properties).toMatchObject({
      Title: 'Kế hoạch 2026',
      'phuluc.agency': 'Sở Y tế',
    });
  });

  it('tells .xlsm from .xlsx by content type, not by name', async () => {
    const bytes = zipParts(
      minimalXlsxParts(sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), {
        '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>`,
      }),
    );
    const outcome = await readWorkbookBuffer(bytes, 'renamed.xlsx');
    expect(outcome.ok && outcome.workbook.format).toBe('xlsm');
  });

  it('routes a workbook whose parts exceljs would skip to SheetJS instead of returning no sheets', async () => {
    const parts = minimalXlsxParts(
      sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Sở Nội vụ</t></is></c></row>'),
    );
    const renamed = {
      ...parts,
      'xl/worksheets/data.xml': parts['xl/worksheets/sheet1.xml'],
      'xl/_rels/workbook.xml.rels': parts['xl/_rels/workbook.xml.rels'].replace(
        'worksheets/sheet1.xml',
        'worksheets/data.xml',
      ),
    };
    delete (renamed as Record<string, string>)['xl/worksheets/sheet1.xml'];
    const outcome: ReadOutcome = await readWorkbookBuffer(zipParts(renamed), 'x.xlsx');
    expect(outcome.ok && getCell(outcome.workbook.sheets[0], 0, 0)?.value).toBe('Sở Nội vụ');
    expect(outcome.ok && outcome.notes).toEqual([
      { kind: 'fallback-reader', detail: expect.stringContaining('data.xml') },
    ]);
  });
});

describe('exceljs blind spots the adapter covers', () => {
  it('keeps a formula result of 0, FALSE or text (exceljs drops falsy results from the value)', async () => {
    const bytes = zipParts(
      minimalXlsxParts(
        sheetXml(
          '<row r="1"><c r="A1"><f>COUNTIF(B1:B9,TRUE)</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>',
        ),
      ),
    );
    const outcome = await readWorkbookBuffer(bytes, 'x.xlsx');
    expect(outcome.ok && outcome.workbook.sheets[0].cells[0]).toEqual([
      { value: 0, formula: 'COUNTIF(B1:B9,TRUE)' },
      { value: false, formula: '1=2' },
      { value: 'ab', formula: '"a"&"b"' },
    ]);
  });

  it('decodes _xHHHH_ escapes (Excel stores a carriage return as _x000D_), keeping an escaped underscore literal', async () => {
    const bytes = zipParts(
      minimalXlsxParts(
        sheetXml(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Dòng 1_x000D_\nDòng 2</t></is></c><c r="B1" t="inlineStr"><is><t>_x005F_x000D_</t></is></c></row>',
        ),
      ),
    );
    const outcome = await readWorkbookBuffer(bytes, 'x.xlsx');
    expect(outcome.ok && outcome.workbook.sheets[0].cells[0].map((c) => c?.value)).toEqual([
      'Dòng 1\r\nDòng 2',
      '_x000D_',
    ]);
  });

  it('reads ISO date cells (t="d") through SheetJS, which exceljs would turn into the year number', async () => {
    const bytes = zipParts(
      minimalXlsxParts(
        sheetXml('<row r="1"><c r="A1" t="d"><v>2026-07-15T00:00:00Z</v></c><c r="B1"><v>7</v></c></row>'),
      ),
    );
    const outcome = await readWorkbookBuffer(bytes, 'x.xlsx');
    expect(outcome.ok && outcome.workbook.sheets[0].cells[0].map((c) => c?.value)).toEqual([JULY_15_2026, 7]);
    expect(outcome.ok && outcome.notes).toEqual([
      { kind: 'fallback-reader', detail: expect.stringContaining('t="d"') },
    ]);
  });
});

describe('merges exceljs cannot read in reasonable time', () => {
  const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Nhóm</t></is></c><c r="B1"><v>1</v></c></row>';

  it.each([
    ['a whole merged column', 'A1:A1048576', { top: 0, left: 0, bottom: 1_048_575, right: 0 }],
    ['a whole merged sheet', 'A1:XFD1048576', { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }],
  ])('reads %s through SheetJS, keeping the merge as its range', async (_, ref, range) => {
    const bytes = withMergeCell(zipParts(minimalXlsxParts(sheetXml(rows))), ref);
    const outcome = await readWorkbookBuffer(bytes, 'x.xlsx');
    expect(outcome.ok && outcome.workbook.sheets[0].merges).toEqual([range]);
    expect(outcome.ok && outcome.workbook.sheets[0].cells[0][0]?.value).toBe('Nhóm');
    expect(outcome.ok && outcome.notes).toEqual([
      { kind: 'fallback-reader', detail: expect.stringMatching(/merges \d+ cells/) },
    ]);
  });

  it('leaves an ordinary merge to exceljs', async () => {
    const outcome = await readWorkbookBuffer(
      withMergeCell(zipParts(minimalXlsxParts(sheetXml(rows))), 'A1:C2'),
      'x.xlsx',
    );
    expect(outcome.ok && outcome.notes).toBeUndefined();
  });

  it('counts a merge cut between two inflated chunks once, and adds up the merges of a sheet', () => {
    const watch = (xml: string, cut: number) => {
      const spots = new ExcelJSBlindSpots();
      const bytes = new TextEncoder().encode(xml);
      spots.inspect('xl/worksheets/sheet1.xml', bytes.subarray(0, cut));
      spots.inspect('xl/worksheets/sheet1.xml', bytes.subarray(cut));
      return spots.found;
    };
    const one = '<mergeCells count="1"><mergeCell ref="A1:A60000"/></mergeCells>';
    for (let cut = 1; cut < one.length; cut++) expect(watch(one, cut)).toBeNull();
    const two = '<mergeCells count="2"><mergeCell ref="A1:A60000"/><mergeCell ref="B1:B60000"/></mergeCells>';
    expect(watch(two, 40)).toMatch(/merges 120000 cells/);
  });

  it('does not hand exceljs a merge element padded past any real one', () => {
    const spots = new ExcelJSBlindSpots();
    const padded = new TextEncoder().encode(`<mergeCells count="1"><mergeCell${' '.repeat(10_000)}`);
    spots.inspect('xl/worksheets/sheet1.xml', padded);
    expect(spots.found).toMatch(/oversized merge/);
  });
});

describe('Excel limits', () => {
  it('truncates text longer than 32,767 characters and says where', async () => {
    const outcome = await readWorkbookBuffer(
      await exceljsBuffer((w) => (w.addWorksheet('S').getCell('B3').value = 'ă'.repeat(40_000))),
      'x.xlsx',
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect((getCell(outcome.workbook.sheets[0], 2, 1)?.value as string).length).toBe(32_767);
    expect(outcome.notes).toEqual([{ kind: 'text-truncated', sheet: 'S', row: 2, col: 1, length: 40_000 }]);
  });

  it('refuses a workbook with more cells than the cap, with the reason', async () => {
    const bytes = await exceljsBuffer((w) => {
      const ws = w.addWorksheet('S');
      for (let r = 1; r <= 30; r++) ws.getRow(r).values = [1, 2, 3, 4];
    });
    const outcome = await readWorkbookBuffer(bytes, 'x.xlsx', { maxCells: 100 });
    expect(outcome).toMatchObject({
      ok: false,
      code: 'E_FILE_UNREADABLE',
      reason: 'too-large',
      detail: 'more than 100 cells',
    });
  });

  it('refuses a sheet with a row past the row limit', async () => {
    const bytes = zipParts(minimalXlsxParts(sheetXml('<row r="2000000"><c r="A2000000"><v>1</v></c></row>')));
    const outcome = await readWorkbookBuffer(bytes, 'x.xlsx');
    expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
    expect(outcome.ok === false && outcome.code !== 'SKIPPED' && outcome.detail).toMatch(/1048576 rows/);
  });
});
