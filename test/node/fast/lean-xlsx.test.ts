/**
 * The lean reader gives the engine the same WorkbookModel as the full exceljs
 * reader: values, shared strings with runs and fonts, number formats, fonts,
 * merges, hidden rows, columns and sheets, 1904 dates, properties. Checked on
 * the fixture workbooks, on templates, on hand-made parts exceljs cannot write,
 * and on the real-world corpus when it is present.
 */
import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReadOutcome } from '../../../src/node/read';
import { readWorkbookBuffer } from '../../../src/node/read';
import { readWorkbookBufferLean } from '../../../src/node/fast/lean-read';
import { readMergeInput } from '../../../src/node/merge/load-input';
import { buildTemplateWorkbook } from '../../../src/node/template/write-template';
import { buildAppendixWorkbook, SEED_IDS, seedTable, type AppendixOptions } from '../../fixtures';
import {
  bombXlsx,
  exceljsBuffer,
  minimalXlsxParts,
  sheetXml,
  withMergeCell,
  zipParts,
} from '../read/fixtures';

async function both(
  bytes: Uint8Array,
  name = 'book.xlsx',
): Promise<{ full: ReadOutcome; lean: ReadOutcome }> {
  return { full: await readWorkbookBuffer(bytes, name), lean: await readWorkbookBufferLean(bytes, name) };
}

async function expectSame(bytes: Uint8Array, name = 'book.xlsx'): Promise<ReadOutcome> {
  const { full, lean } = await both(bytes, name);
  expect(full.ok).toBe(true);
  expect(lean).toEqual(full);
  return lean;
}

const VARIANTS: [string, AppendixOptions][] = [
  ['plain', {}],
  [
    'title, column numbers, groups',
    {
      titleRows: true,
      columnNumberRow: 'parens',
      groupRows: [{ before: 0, stt: 'I', title: 'NHÓM NHIỆM VỤ CHUNG' }],
    },
  ],
  [
    'two-row header, hidden task, date serials',
    { twoRowHeader: true, hiddenRows: [1], deadlineAs: 'serial', columnNumberRow: 'plain' },
  ],
  ['TCVN3 fonts', { titleRows: true, encoding: 'tcvn3' }],
  ['decomposed text, STT as text, shifted', { encoding: 'nfd', sttAsText: true, startCol: 2 }],
  [
    'report columns, extra sheets',
    {
      reportColumns: [{ header: 'Mức độ hoàn thành', values: ['Hoàn thành', 'Đang thực hiện'] }],
      extraSheets: [
        { name: 'Bìa', rows: [['Báo cáo', 2026]], before: true },
        { name: 'Ẩn', rows: [['x']], hidden: true },
      ],
    },
  ],
];

describe('lean reader parity with the full reader', () => {
  for (const id of SEED_IDS) {
    for (const [label, opts] of VARIANTS) {
      it(`${id}: ${label}`, async () => {
        await expectSame(await buildAppendixWorkbook(seedTable(id), opts));
      });
    }
  }

  it('Bắc Ninh with its seven-line partner cell merged over sub-rows', async () => {
    const lean = await expectSame(
      await buildAppendixWorkbook(seedTable('bac-ninh'), { mergedSttRows: [3], hiddenRows: [3] }),
    );
    expect(lean.ok && lean.workbook.sheets[0].merges.length).toBeGreaterThan(0);
    expect(lean.ok && lean.workbook.sheets[0].hiddenRows.length).toBe(7);
  });

  it('a template: very hidden metadata sheet, hidden id column, validations, protection', async () => {
    const wb = await buildTemplateWorkbook({
      agency: 'Sở Nội vụ',
      collective: false,
      tasks: [
        {
          id: 'abc123abc123',
          stt: '2',
          group: null,
          task: '=SUM(A1) không phải công thức',
          lead: ['Sở Nội vụ'],
          partners: ['Sở Tài chính', 'Sở Tư pháp'],
          result: 'Nghị quyết',
          deadline: {
            text: 'Tháng 7/2026',
            kind: 'period',
            start: '2026-07-01',
            due: '2026-07-31',
            every: null,
          },
          sheet: 'Phụ lục',
          row: 8,
          deadlineCell: 'F8',
        },
      ],
      planFile: 'plan.xlsx',
      planFingerprint: '0123456789abcdef',
      province: 'Bắc Ninh',
      planNumber: null,
      planDate: null,
    });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const lean = await expectSame(bytes);
    expect(lean.ok && lean.workbook.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Báo cáo', false],
      ['_phuluc', true],
    ]);
    // The merge leaves out a template's document properties (they cannot mark a report) and nothing else.
    const merged = await readMergeInput(bytes, 'bao-cao.xlsx');
    if (!lean.ok || !merged.ok) throw new Error('unreadable');
    expect(lean.workbook.properties?.Title).toContain('Sở Nội vụ');
    expect(merged.workbook).toEqual({ ...lean.workbook, properties: undefined });
  });

  it('rich text with per-run fonts, formulas (shared too), booleans, errors, links, dates, hidden column', async () => {
    const bytes = await exceljsBuffer((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = {
        richText: [
          { text: 'Së ', font: { name: '.VnTime' } },
          { text: 'Néi vô', font: { name: '.VnTimeH', bold: true } },
        ],
      };
      ws.getCell('A1').font = { name: 'Times New Roman' };
      ws.getCell('B1').value = { richText: [{ text: 'a' }, { text: 'b', font: { italic: true } }] };
      ws.getCell('A2').value = 1;
      ws.getCell('A3').value = 2;
      ws.getCell('B2').value = {
        formula: 'A2*2',
        result: 2,
        shareType: 'shared',
        ref: 'B2:B3',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('B3').value = { sharedFormula: 'B2', result: 4 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('C2').value = { formula: 'A2=1', result: true };
      ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('D2').value = true;
      ws.getCell('D3').value = { error: '#N/A' };
      ws.getCell('E2').value = { text: 'cổng thông tin', hyperlink: 'https://example.vn' };
      ws.getCell('F2').value = new Date(Date.UTC(2026, 11, 10, 8, 30));
      ws.getCell('F2').numFmt = 'dd/mm/yyyy hh:mm';
      ws.getCell('F3').value = 0.125;
      ws.getCell('F3').numFmt = '0.0%';
      ws.getColumn('G').hidden = true;
      ws.getCell('G2').value = 'ẩn';
      ws.getRow(5).hidden = true;
      ws.getCell('A5').value = 'dòng ẩn';
      ws.getRow(6).hidden = true; // hidden but empty: not in the model
      ws.mergeCells('A7:C8');
      ws.getCell('A7').value = 'gộp';
      const v = wb.addWorksheet('V');
      v.state = 'veryHidden';
      v.getCell('A1').value = 'x';
    });
    const lean = await expectSame(bytes);
    expect(lean.ok && lean.workbook.sheets[0].cells[0][0]).toEqual({
      value: 'Së Néi vô',
      runs: [
        { text: 'Së ', font: '.VnTime' },
        { text: 'Néi vô', font: '.VnTimeH' },
      ],
      font: 'Times New Roman',
    });
  });

  const rows =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>dòng 1_x000D_dòng 2</t></is></c><c r="B1" s="1"><v>0</v></c></row>' +
    '<row r="2" hidden="1"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B2" t="b"><v>0</v></c></row>';
  const workbookXml = (p: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook xmlns${p ? ':x' : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><${p}workbookPr date1904="true"/><${p}sheets><${p}sheet name="S" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`;
  const handMade = (prefix: string) =>
    zipParts(
      minimalXlsxParts(sheetXml(rows), {
        'xl/workbook.xml': workbookXml(prefix),
        'xl/_rels/workbook.xml.rels':
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        'xl/styles.xml':
          '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><name val="Calibri"/></font><font><name val="VNI-Times"/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="1" applyNumberFormat="1"/></cellXfs></styleSheet>',
        'docProps/custom.xml':
          '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="phuluc.agency"><vt:lpwstr>Sở Nội vụ</vt:lpwstr></property></Properties>',
      }),
    );

  it('parts exceljs cannot write: inline strings, _x000D_ escapes, date1904="true", custom properties', async () => {
    const lean = await expectSame(handMade(''));
    if (!lean.ok) throw new Error('unreadable');
    const [a, b] = lean.workbook.sheets[0].cells;
    expect(a[0]).toEqual({ value: 'dòng 1\rdòng 2' });
    // Day 0 of the 1904 system is 1 January 1904: serial 1462 in the 1900 system.
    expect(a[1]).toMatchObject({ value: 1462, format: 'dd/mm/yyyy', font: 'VNI-Times', text: '01/01/1904' });
    expect(b[0]).toEqual({ value: 'ab', formula: '"a"&"b"' });
    expect(b[1]).toEqual({ value: false });
    expect(lean.workbook.sheets[0].hiddenRows).toEqual([1]);
    expect(lean.workbook.properties).toEqual({ 'phuluc.agency': 'Sở Nội vụ' });
  });

  it('reads prefixed elements (x:workbook), which exceljs cannot, as their plain twins', async () => {
    const plain = await readWorkbookBufferLean(handMade(''), 'a.xlsx');
    expect(await readWorkbookBufferLean(handMade('x:'), 'a.xlsx')).toEqual(plain);
  });
});

describe('parts shared by the files of a round', () => {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const relsXml = (rels: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
  // Font names of one length, stored rather than deflated: the styles parts differ in their bytes, never in their sizes.
  const withFont = (font: string, extra: Record<string, string> = {}) =>
    zipParts(
      minimalXlsxParts(
        sheetXml('<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>Sở Nội vụ</t></is></c></row>'),
        {
          'xl/_rels/workbook.xml.rels': relsXml(
            `<Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELS}/styles" Target="styles.xml"/>`,
          ),
          'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><fonts count="2"><font><name val="Calibri"/></font><font><name val="${font}"/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
          ...extra,
        },
      ),
      0,
    );
  const fontOfA1 = async (bytes: Uint8Array) => {
    const read = await readWorkbookBufferLean(bytes, 'a.xlsx');
    if (!read.ok) throw new Error('unreadable');
    return read.workbook.sheets[0].cells[0][0]?.font;
  };

  it('gives each file its own fonts when the styles differ, however alike', async () => {
    const tcvn3 = withFont('.VnTime');
    const unicode = withFont('Calibri');
    expect(await fontOfA1(tcvn3)).toBe('.VnTime');
    expect(await fontOfA1(unicode)).toBe('Calibri');
    expect(await fontOfA1(tcvn3)).toBe('.VnTime');
  });

  it('reads a normal file right after a hostile one that names its styles as the workbook part', async () => {
    const hostile = withFont('Calibri', {
      '_rels/.rels': relsXml(
        `<Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/styles.xml"/>`,
      ),
    });
    // Not a workbook the lean reader can read (the full reader gets it): it leaves nothing behind.
    await readWorkbookBufferLean(hostile, 'a.xlsx');
    expect(await fontOfA1(withFont('Calibri'))).toBe('Calibri');
  });
});

describe('hostile and other files', () => {
  it('refuses a zip bomb from the declared sizes, as the full reader does', async () => {
    const { full, lean } = await both(bombXlsx(64, 64 * 1024 * 1024));
    expect(lean).toMatchObject({ ok: false, reason: 'zip-bomb' });
    expect(lean).toEqual(full);
  });

  it('refuses a bomb whose declared size lies, while inflating', async () => {
    const lean = await readWorkbookBufferLean(bombXlsx(32, 1000), 'lie.xlsx');
    expect(lean).toMatchObject({ ok: false, reason: 'zip-bomb' });
  });

  it('hands a damaged .xlsx and other formats to the full reader', async () => {
    const good = await buildAppendixWorkbook(seedTable('hung-yen'));
    const truncated = good.subarray(0, good.length - 200);
    const { full, lean } = await both(truncated, 'cut.xlsx');
    expect(lean).toEqual(full);
    const csv = new TextEncoder().encode('STT,Nội dung nhiệm vụ\n1,Một\n');
    expect(await readWorkbookBufferLean(csv, 'a.csv')).toEqual(await readWorkbookBuffer(csv, 'a.csv'));
  });
});

describe('merges over whole columns and sheets', () => {
  const rows =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Nhóm</t></is></c><c r="B1"><v>1</v></c></row><row r="2" hidden="1"><c r="B2"><v>2</v></c></row>';

  it('reads a sheet with a whole merged column without walking it: the cells under it are empty', async () => {
    const outcome = await readWorkbookBufferLean(
      withMergeCell(zipParts(minimalXlsxParts(sheetXml(rows))), 'B1:B1048576'),
      'x.xlsx',
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const sheet = outcome.workbook.sheets[0];
    expect(sheet.merges).toEqual([{ top: 0, left: 1, bottom: 1_048_575, right: 1 }]);
    expect(sheet.cells.map((line) => line.map((c) => c?.value ?? null))).toEqual([['Nhóm', 1]]);
    expect(sheet.hiddenRows).toEqual([1]);
  });

  it('reads a sheet merged whole, keeping only the anchor', async () => {
    const outcome = await readWorkbookBufferLean(
      withMergeCell(zipParts(minimalXlsxParts(sheetXml(rows))), 'A1:XFD1048576'),
      'x.xlsx',
    );
    expect(outcome.ok && outcome.workbook.sheets[0].cells[0].map((c) => c?.value ?? null)).toEqual(['Nhóm']);
  });

  it('calls a sheet of overlapping whole-sheet merges (a damaged file) too large', async () => {
    let bytes = zipParts(minimalXlsxParts(sheetXml(rows)));
    for (let i = 0; i < 3; i++) bytes = withMergeCell(bytes, 'A1:XFD1048576');
    const outcome = await readWorkbookBufferLean(bytes, 'x.xlsx', { maxCells: 5 });
    expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/spreadsheets');
const corpusFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? corpusFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );

(existsSync(CORPUS) ? describe : describe.skip)('real-world corpus', () => {
  it('gives the same model for every .xlsx/.xlsm the full reader reads with exceljs', async () => {
    let compared = 0;
    for (const file of corpusFiles(CORPUS)
      .filter((f) => /\.xls[xm]$/i.test(f))
      .sort()) {
      const { full, lean } = await both(readFileSync(file), path.basename(file));
      // A file exceljs misreads goes to SheetJS in the full reader (no fonts): the lean model is richer there.
      if (full.ok && full.notes?.some((n) => n.kind === 'fallback-reader')) continue;
      expect([path.basename(file), lean]).toEqual([path.basename(file), full]);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });
});
