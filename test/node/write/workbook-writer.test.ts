/**
 * The workbook writer behind the report: what it writes reads back the same
 * in exceljs, SheetJS and phuluc's own reader, text never becomes a formula,
 * and the print setup, view, widths and merges are where a user finds them.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { Writable } from 'node:stream';
import * as XLSX from 'xlsx';
import { readWorkbookBufferLean } from '../../../src/node/fast/lean-read';
import type { PrintSetup } from '../../../src/node/write/sheet-writer';
import { WorkbookWriter } from '../../../src/node/write/workbook-writer';

const PRINT: PrintSetup = {
  paperSize: 9,
  orientation: 'landscape',
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};
const BORDERED = { border: true, wrap: true, vertical: 'top' } as const;
const DATE = { numFmt: 'dd/mm/yyyy', horizontal: 'center' } as const;
const HOSTILE = [
  '=SUM(A1:A2)',
  '+84 912 345 678',
  '-1',
  '@lệnh',
  '<b>&"\'</b>',
  '  hai đầu  ',
  'dòng 1\ndòng 2',
];

/** The bytes of a workbook `fill` adds its sheets to. */
async function written(fill: (wb: WorkbookWriter) => void): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _e, done) {
      chunks.push(chunk);
      done();
    },
  });
  const date = new Date(Date.UTC(2026, 11, 10));
  const wb = new WorkbookWriter(
    out,
    { title: 'Báo cáo', creator: 'phuluc', category: 'thử', date },
    { name: 'Times New Roman', size: 12 },
    new Date(2026, 11, 10, 12),
  );
  fill(wb);
  await wb.finish();
  return Buffer.concat(chunks);
}

const book = (sheetName = "Sở 'A' & B") =>
  written((wb) => {
    const ws = wb.addSheet(sheetName, 2, PRINT);
    ws.setWidth(1, 30);
    ws.setWidth(2, 12.5);
    ws.row(1, [{ value: 'TIÊU ĐỀ', style: { bold: true, size: 14, horizontal: 'center' } }]);
    ws.merge(1, 1, 1, 3);
    ws.row(2, [
      { value: 'Nội dung', style: { ...BORDERED, bold: true, fill: 'FFD9E1F2' } },
      { value: 'Hạn', style: { ...BORDERED, bold: true } },
      { value: 'Tỉ lệ', style: { ...BORDERED, bold: true } },
    ]);
    HOSTILE.forEach((text, i) =>
      ws.row(
        3 + i,
        [
          { value: text, style: BORDERED },
          { value: new Date(Date.UTC(2026, 5, 30 + i)), style: DATE },
          { value: i / 7, style: { numFmt: '0.0%' } },
        ],
        i === 6 ? 33 : undefined,
      ),
    );
    ws.row(10, [undefined, { value: null, style: BORDERED }]);
    ws.titleRows = { from: 2, to: 2 };
    ws.autoFilter(2, 1, 9, 3);
    ws.dataBar('C3:C9', 'FF638EC6');
    ws.setFooter('&C&"Times New Roman,Regular"&10Trang &P/&N');
    wb.commit(ws);
    const second = wb.addSheet('Trống', null, PRINT);
    wb.commit(second);
  });

describe('a workbook written by the workbook writer', () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await book();
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  });

  it('keeps every text as typed, as text: never a formula, whatever it starts with', () => {
    const ws = wb.getWorksheet("Sở 'A' & B")!;
    HOSTILE.forEach((text, i) => {
      expect(ws.getCell(3 + i, 1).value).toBe(text);
      expect(ws.getCell(3 + i, 1).formula).toBeUndefined();
    });
    expect(Object.values(unzipSync(bytes)).some((part) => strFromU8(part).includes('<f>'))).toBe(false);
  });

  it('writes dates as dates and numbers exactly', () => {
    const ws = wb.getWorksheet("Sở 'A' & B")!;
    expect(ws.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(ws.getCell('B3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C5').value).toBe(2 / 7);
    expect(ws.getCell('C5').numFmt).toBe('0.0%');
  });

  it('sets fonts, fills, borders and wrapping', () => {
    const ws = wb.getWorksheet("Sở 'A' & B")!;
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
    expect(ws.getCell('A3').font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(ws.getCell('A2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('A3').border.left?.style).toBe('thin');
    expect(ws.getCell('A3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('B10').border.bottom?.style).toBe('thin');
  });

  it('lays the sheet out: widths, heights, merges, frozen header, filter, print setup, footer', () => {
    const ws = wb.getWorksheet("Sở 'A' & B")!;
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(12.5);
    expect(ws.getRow(9).height).toBe(33);
    expect(ws.getRow(3).height).toBeUndefined();
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(String(ws.autoFilter)).toBe('A2:C9');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    });
    expect(ws.pageSetup.printTitlesRow).toBe('2:2');
    expect(ws.headerFooter.oddFooter).toBe('&C&"Times New Roman,Regular"&10Trang &P/&N');
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'])).toContain('<dataBar>');
  });

  it('keeps the sheets in order, an empty one too, with the document properties', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Sở 'A' & B", 'Trống']);
    expect(wb.title).toBe('Báo cáo');
    expect(wb.category).toBe('thử');
    expect(strFromU8(unzipSync(bytes)['docProps/core.xml'])).toContain('2026-12-10T00:00:00Z');
  });

  it('reads the same in SheetJS and in phuluc’s own reader', async () => {
    const sheetjs = XLSX.read(bytes, { type: 'array', cellDates: true });
    const ws = sheetjs.Sheets["Sở 'A' & B"];
    HOSTILE.forEach((text, i) => expect(ws[`A${3 + i}`].v).toBe(text));
    expect(ws['!merges']).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }]);
    const lean = await readWorkbookBufferLean(bytes, 'bao-cao.xlsx');
    expect(lean.ok).toBe(true);
    if (!lean.ok) return;
    const cells = lean.workbook.sheets[0].cells;
    HOSTILE.forEach((text, i) => expect(cells[2 + i][0]?.value).toBe(text));
  });

  it('gives the same bytes for the same content', async () => {
    expect(Buffer.from(await book()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes a sheet far longer than one piece of its part whole, every row in place', async () => {
    const ROWS = 20_000;
    const bytes = await written((big) => {
      const ws = big.addSheet('Chi tiết', 1, PRINT);
      for (let r = 1; r <= ROWS; r++)
        ws.row(r, [
          { value: r, style: {} },
          { value: `UBND xã số ${r}: Đã hoàn thành đúng hạn, báo cáo kết quả thực hiện`, style: BORDERED },
        ]);
      big.commit(ws);
    });
    const readBack = new ExcelJS.Workbook();
    await readBack.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const read = readBack.getWorksheet('Chi tiết')!;
    expect(read.rowCount).toBe(ROWS);
    for (const r of [1, 4_321, ROWS]) {
      expect(read.getCell(r, 1).value).toBe(r);
      expect(read.getCell(r, 2).value).toBe(
        `UBND xã số ${r}: Đã hoàn thành đúng hạn, báo cáo kết quả thực hiện`,
      );
    }
  });
});
