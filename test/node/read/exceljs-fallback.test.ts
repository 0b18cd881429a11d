/**
 * exceljs fails to load some valid packages: a chart drawn as openpyxl (and so
 * pandas) writes it, in the drawing's default namespace. The reader then
 * falls back to the lean reader, which keeps the cells' fonts, so a legacy
 * font is still named and `validate`, `fix` and `merge` read the same cells.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbookBuffer } from '../../../src/node/read';
import { readWorkbookBufferLean } from '../../../src/node/fast/lean-read';
import { buildAppendixWorkbook, seedTable } from '../../fixtures';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The workbook with a chart on its first sheet, its drawing written without a prefix (as openpyxl does). */
function withOpenpyxlChart(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const sheet = Object.keys(parts)
    .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
    .sort()[0];
  const rels = sheet.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  expect(parts[rels]).toBeUndefined();
  parts[sheet] = strToU8(
    strFromU8(parts[sheet]).replace(
      /<\/worksheet>$/,
      `<drawing xmlns:r="${REL}" r:id="rIdChart"/></worksheet>`,
    ),
  );
  parts[rels] = strToU8(
    `<Relationships xmlns="${PKG}"><Relationship Type="${REL}/drawing" Target="/xl/drawings/drawing1.xml" Id="rIdChart"/></Relationships>`,
  );
  parts['xl/drawings/drawing1.xml'] = strToU8(
    '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><oneCellAnchor>' +
      '<from><col>3</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="5400000" cy="2700000"/>' +
      '<graphicFrame><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/>` +
      '</a:graphicData></a:graphic></graphicFrame><clientData/></oneCellAnchor></wsDr>',
  );
  parts['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(
    `<Relationships xmlns="${PKG}"><Relationship Type="${REL}/chart" Target="/xl/charts/chart1.xml" Id="rId1"/></Relationships>`,
  );
  parts['xl/charts/chart1.xml'] = strToU8(
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
  );
  return zipSync(parts);
}

describe('an .xlsx exceljs cannot load (a chart as openpyxl writes it)', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = withOpenpyxlChart(await buildAppendixWorkbook(seedTable('bac-ninh'), { encoding: 'tcvn3' }));
  });

  it('is one exceljs refuses', async () => {
    await expect(
      new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer),
    ).rejects.toThrow();
  });

  it('is read with its fonts, as the merge reads it', async () => {
    const read = await readWorkbookBuffer(bytes, 'bieu-do.xlsx');
    const lean = await readWorkbookBufferLean(bytes, 'bieu-do.xlsx');
    if (!read.ok || !lean.ok) throw new Error('not read');
    const fonts = new Set(read.workbook.sheets.flatMap((s) => s.cells.flat().map((c) => c?.font)));
    expect([...fonts].some((f) => f?.startsWith('.Vn'))).toBe(true);
    expect(read.workbook.sheets.map((s) => s.cells)).toEqual(lean.workbook.sheets.map((s) => s.cells));
    expect(read.notes?.map((n) => n.kind)).toContain('fallback-reader');
  });
});
