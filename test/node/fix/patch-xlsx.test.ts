/**
 * `phuluc fix` edits an .xlsx in place: the edited cells change, and every
 * other part of the package — charts, pictures, custom parts a full model
 * would drop or choke on — comes back with the very bytes it had.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CellEdit } from '../../../src/core/fix/compose';
import { encodeTcvn3 } from '../../../src/core/text/legacy/tcvn3';
import { patchXlsx } from '../../../src/node/fix/patch-xlsx';
import { readZipDirectory, entryData } from '../../../src/node/read/zip-guard';
import { appendixLayout, buildAppendixWorkbook, seedTable } from '../../fixtures';
import { runCli } from '../../scripts/run-cli';
import { minimalXlsxParts, sheetXml } from '../read/fixtures';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-patch-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// A chart exceljs cannot load (its drawing reader fails on it) and a custom part it would not write back.
const CHART_PARTS: Record<string, string> = {
  'xl/charts/chart1.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
  'customXml/item1.xml': '<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="urn:phuluc:test"/>',
};

/** Every entry's name and stored (compressed) bytes, in package order. */
function storedEntries(bytes: Uint8Array): [string, string][] {
  return readZipDirectory(bytes).map((e) => [e.name, Buffer.from(entryData(bytes, e)).toString('base64')]);
}

describe('a TCVN3 appendix with parts a full model would lose', () => {
  let input: string;
  let out: string;
  let original: Uint8Array;

  beforeAll(async () => {
    const built = unzipSync(await buildAppendixWorkbook(seedTable('bac-ninh'), { encoding: 'tcvn3' }));
    for (const [name, xml] of Object.entries(CHART_PARTS)) built[name] = strToU8(xml);
    original = zipSync(built);
    input = path.join(dir, 'tcvn3-bieu-do.xlsx');
    fs.writeFileSync(input, original);
    out = path.join(dir, 'tcvn3-bieu-do-sua.xlsx');
    const run = await runCli(['fix', input, '--out', out], dir);
    expect(run.code).toBe(0);
  });

  it('keeps every part it does not edit byte for byte, in the same order', () => {
    const before = storedEntries(original);
    const after = storedEntries(fs.readFileSync(out));
    expect(after.map(([name]) => name)).toEqual(before.map(([name]) => name));
    const changed = after.filter(([, data], i) => before[i][1] !== data).map(([name]) => name);
    expect(changed.sort()).toEqual(['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    const parts = unzipSync(fs.readFileSync(out));
    for (const [name, xml] of Object.entries(CHART_PARTS)) expect(strFromU8(parts[name])).toBe(xml);
  });

  it('writes the text in Unicode, in Times New Roman at the size it had', async () => {
    const at = appendixLayout(seedTable('bac-ninh'), { encoding: 'tcvn3' });
    const wb = new ExcelJS.Workbook();
    const parts = unzipSync(fs.readFileSync(out));
    for (const name of Object.keys(CHART_PARTS)) delete parts[name];
    await wb.xlsx.load(Buffer.from(zipSync(parts)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(at.sheetName)!;
    const header = ws.getCell(`${at.columns.lead}${at.headerRow}`);
    expect(header.value).toBe(seedTable('bac-ninh').headers[2]);
    expect(header.font?.name).toBe('Times New Roman');
    const before = new ExcelJS.Workbook();
    const plain = unzipSync(original);
    for (const name of Object.keys(CHART_PARTS)) delete plain[name];
    await before.xlsx.load(Buffer.from(zipSync(plain)) as unknown as ExcelJS.Buffer);
    const old = before.getWorksheet(at.sheetName)!.getCell(`${at.columns.lead}${at.headerRow}`);
    expect(old.font?.name).toMatch(/^\.Vn/);
    expect(header.font?.size).toBe(old.font?.size);
    expect(header.font?.bold).toBe(old.font?.bold);
  });

  it('gives the same bytes on a second run', async () => {
    const again = path.join(dir, 'tcvn3-bieu-do-sua-2.xlsx');
    await runCli(['fix', input, '--out', again], dir);
    expect(Buffer.compare(fs.readFileSync(again), fs.readFileSync(out))).toBe(0);
  });
});

describe('patchXlsx', () => {
  const edit = (cell: string, before: string, after: string, setFont?: string): CellEdit => ({
    sheet: 'S',
    cell,
    before,
    after,
    kinds: setFont ? ['legacy'] : ['spacing'],
    ...(setFont ? { setFont } : {}),
  });

  it('points an edited cell at a shared string that already holds the new text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'Sở Nội vụ';
    ws.getCell('A2').value = 'Sở  Nội vụ';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const patched = patchXlsx(bytes, [edit('A2', 'Sở  Nội vụ', 'Sở Nội vụ')])!;
    expect(patched.applied).toHaveLength(1);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(patched.bytes) as unknown as ExcelJS.Buffer);
    expect(back.getWorksheet('S')!.getCell('A2').value).toBe('Sở Nội vụ');
    const strings = strFromU8(unzipSync(patched.bytes)['xl/sharedStrings.xml']);
    expect(strings.match(/<si>/g)).toHaveLength(2);
  });

  it('leaves a cell that no longer holds the text the fix was made for, and a formula, and says so', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'Sở Y tế';
    ws.getCell('A2').value = { formula: 'A1', result: 'Sở Y tế' };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const patched = patchXlsx(bytes, [
      edit('A1', 'Sở  Y tế', 'Sở Y tế'),
      edit('A2', 'Sở Y tế', 'Sở Y Tế'),
      edit('B9', 'x', 'y'),
    ])!;
    expect(patched.applied).toEqual([]);
    expect(patched.skipped.map((s) => [s.edit.cell, s.reason])).toEqual([
      ['A1', 'changed'],
      ['A2', 'formula'],
      ['B9', 'missing'],
    ]);
  });

  const zipOf = (parts: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));

  it('leaves a sheet whose cells carry no address to the exceljs copy', () => {
    const bytes = zipOf(
      minimalXlsxParts(sheetXml('<row r="1"><c t="inlineStr"><is><t>Sở  Y tế</t></is></c></row>')),
    );
    expect(patchXlsx(bytes, [edit('A1', 'Sở  Y tế', 'Sở Y tế')])).toBeNull();
  });

  it('edits a sheet written with a namespace prefix (x:c), keeping the prefix', () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const bytes = zipOf(
      minimalXlsxParts(
        `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="1">` +
          '<x:c r="A1" t="inlineStr"><x:is><x:t>Sở  Y tế</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
      ),
    );
    const patched = patchXlsx(bytes, [edit('A1', 'Sở  Y tế', 'Sở Y tế')])!;
    expect(patched.applied).toHaveLength(1);
    expect(strFromU8(unzipSync(patched.bytes)['xl/worksheets/sheet1.xml'])).toContain(
      '<x:c r="A1" t="inlineStr"><x:is><x:t>Sở Y tế</x:t></x:is></x:c>',
    );
  });

  it('writes inline strings where the package has no shared strings, with a font of their own', () => {
    const legacy = encodeTcvn3('Sở Khoa học và Công nghệ');
    const styles =
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><scheme val="minor"/></font>' +
      '<font><b/><sz val="13"/><name val=".VnTime"/><charset val="163"/></font></fonts>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1" applyFont="1"/></cellXfs></styleSheet>';
    const parts = minimalXlsxParts(
      sheetXml(
        `<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>${legacy}</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>${legacy}</t></is></c></row>`,
      ),
      {
        'xl/styles.xml': styles,
        'xl/_rels/workbook.xml.rels':
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      },
    );
    const bytes = zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
    const patched = patchXlsx(bytes, [edit('A1', legacy, 'Sở Khoa học và Công nghệ', 'Times New Roman')])!;
    const out = unzipSync(patched.bytes);
    const sheet = strFromU8(out['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<c r="A1" s="2" t="inlineStr"><is><t>Sở Khoa học và Công nghệ</t></is></c>');
    // The cell beside it, not edited, keeps its legacy text and style.
    expect(sheet).toContain(`<c r="B1" s="1" t="inlineStr"><is><t>${legacy}</t></is></c>`);
    const newStyles = strFromU8(out['xl/styles.xml']);
    expect(newStyles).toContain('<fonts count="3">');
    expect(newStyles).toContain('<font><b/><sz val="13"/><name val="Times New Roman"/></font>');
    expect(newStyles).toContain('<xf numFmtId="0" fontId="2" applyFont="1"/></cellXfs>');
    expect(newStyles).toContain('<cellXfs count="3">');
  });
});
