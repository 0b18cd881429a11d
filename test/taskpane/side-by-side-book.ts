/**
 * Two appendix workbooks laid side by side on one sheet, as a province puts
 * two agencies' tables next to each other: the right one is built with its
 * own `startCol`, and its cells, styles, merges and hidden rows are copied
 * onto the left one's sheet.
 */
import ExcelJS from 'exceljs';
import type { AppendixOptions } from '../fixtures/layout';
import { seedTable, withCell } from '../fixtures/seed-tables';
import { buildAppendixWorkbook } from '../fixtures/workbook-builder';

export async function sideBySide(left: Uint8Array, right: Uint8Array): Promise<Buffer> {
  const a = new ExcelJS.Workbook();
  await a.xlsx.load(left as unknown as ExcelJS.Buffer);
  const b = new ExcelJS.Workbook();
  await b.xlsx.load(right as unknown as ExcelJS.Buffer);
  const to = a.worksheets[0];
  const from = b.worksheets[0];
  for (const m of (from.model as { merges?: string[] }).merges ?? []) to.mergeCells(m);
  from.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const target = to.getCell(r, c);
      target.value = cell.value;
      target.style = cell.style;
    });
    if (row.hidden) to.getRow(r).hidden = true;
  });
  return Buffer.from(await a.xlsx.writeBuffer());
}

/** A status and an outcome column for `n` tasks: done, in progress (loosely worded), empty, in turn. */
export function reportColumns(n: number): NonNullable<AppendixOptions['reportColumns']> {
  const status = ['Hoàn thành', 'Đang làm', null];
  return [
    { header: 'Mức độ hoàn thành', values: Array.from({ length: n }, (_, i) => status[i % 3]) },
    {
      header: 'Kết quả thực hiện',
      values: Array.from({ length: n }, (_, i) => (i % 3 ? null : 'Đã ban hành')),
    },
  ];
}

/** Hưng Yên's appendix (one lead misspelt) on the left, Bắc Ninh's on the right, of one sheet. */
export async function sideBySideBook(left: AppendixOptions, right: AppendixOptions): Promise<Buffer> {
  return sideBySide(
    // A misspelt lead in the left table, so both tables have something to fix.
    await buildAppendixWorkbook(withCell(seedTable('hung-yen'), 1, 'lead', 'Sở Khoa học và Cong nghệ'), left),
    await buildAppendixWorkbook(seedTable('bac-ninh'), right),
  );
}
