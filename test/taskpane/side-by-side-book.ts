/**
 * Two appendix workbooks laid side by side on one sheet, as a province puts
 * two agencies' tables next to each other: the right one is built with its
 * own `startCol`, and its cells, styles, merges and hidden rows are copied
 * onto the left one's sheet.
 */
import ExcelJS from 'exceljs';

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
