/**
 * The adapter against the preview's simulated host, which keeps Office.js's
 * batch rules (load before read, one queue per sync, 5 MB responses): the
 * sheet the pane reads is the sheet the file reader reads, and every write
 * action leaves the workbook as a user would expect.
 */
import { createRegistry } from '../../src/core/agency/registry';
import { appendixRows, PLAN_COLUMNS } from '../../src/core/appendix-layout';
import { checkWorkbook } from '../../src/core/engine';
import { UNICODE_FONT } from '../../src/core/fix/compose';
import type { SheetModel, WorkbookModel } from '../../src/core/model/sheet';
import { convertLegacy, detectLegacy } from '../../src/core/text/legacy/detect';
import { encodeTcvn3 } from '../../src/core/text/legacy/tcvn3';
import { readWorkbookBuffer } from '../../src/node/read';
import { composeFixes } from '../../src/core/fix/compose';
import { FakeHost, installFakeOffice } from '../../src/preview/fake-excel';
import { FakeWorksheet } from '../../src/preview/fake-sheets';
import { bookFromModel, cellKey, emptySheet, type FakeSheet } from '../../src/preview/fake-model';
import { sampleWorkbook } from '../../src/preview/sample';
import {
  addDropdowns,
  applyEdits,
  clearMarks,
  convertSelection,
  insertAppendixSheet,
  LIST_SHEET,
  markCells,
  readActiveSheet,
  SheetProtectedError,
  selectCell,
} from '../../src/taskpane/excel-adapter';
import { dropdownTargets } from '../../src/taskpane/dropdown-rows';
import { MARKS_SETTING } from '../../src/taskpane/marks';
import type { AppendixOptions } from '../fixtures/layout';
import { seedTable, type SeedId } from '../fixtures/seed-tables';
import { buildAppendixWorkbook } from '../fixtures/workbook-builder';
import { reportColumns, sideBySideBook } from './side-by-side-book';

const ctx = () => ({ asOf: '2026-12-10', planDate: null, horizon: null, registry: createRegistry({}) });
const pairs = (wb: WorkbookModel) =>
  checkWorkbook(wb, ctx()).findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);

function hostOf(wb: WorkbookModel): FakeHost {
  const host = new FakeHost(bookFromModel(wb));
  installFakeOffice(host);
  return host;
}

/** The fake host's key of an address ("C8" → "7,2"). */
const keyOf = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return cellKey(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
};

/** The model without what only one side knows: the displayed text of numbers. */
function comparable(sheet: SheetModel) {
  return {
    ...sheet,
    cells: sheet.cells.map((row) => row.map((c) => (c ? { ...c, text: undefined, runs: undefined } : c))),
  };
}

async function fileModel(bytes: Uint8Array): Promise<WorkbookModel> {
  const outcome = await readWorkbookBuffer(bytes, 'phu-luc.xlsx');
  if (!outcome.ok) throw new Error(`fixture unreadable: ${outcome.code}`);
  return outcome.workbook;
}

describe('the pane reads what the file reader reads', () => {
  test.each<[string, SeedId, AppendixOptions]>([
    ['the Ninh Bình appendix as typed', 'ninh-binh', { titleRows: true, columnNumberRow: 'parens' }],
    [
      'two-row header, merged STT rows, hidden rows, date cells',
      'bac-ninh',
      { twoRowHeader: true, mergedSttRows: [3], hiddenRows: [1], deadlineAs: 'serial' },
    ],
    ['TCVN3 text in .VnTime fonts', 'ninh-binh', { titleRows: true, encoding: 'tcvn3' }],
  ])('%s', async (_name, seed, options) => {
    const file = await fileModel(await buildAppendixWorkbook(seedTable(seed), options));
    hostOf(file);
    const read = await readActiveSheet();
    expect(comparable(read.workbook.sheets[0])).toEqual(comparable(file.sheets[0]));
    expect(pairs(read.workbook)).toEqual(pairs(file));
  });

  test.each<[string, AppendixOptions, AppendixOptions]>([
    [
      'two appendices side by side (Hưng Yên A–F, Bắc Ninh H–M)',
      { titleRows: true },
      { titleRows: true, startCol: 7 },
    ],
    [
      'two report tables side by side, the right one not at A1, with hidden rows and date cells',
      { titleRows: true, reportColumns: reportColumns(11) },
      {
        startCol: 9,
        reportColumns: reportColumns(7),
        hiddenRows: [2],
        deadlineAs: 'serial',
        sttAsText: true,
      },
    ],
  ])('%s', async (_name, left, right) => {
    const file = await fileModel(await sideBySideBook(left, right));
    hostOf(file);
    const read = await readActiveSheet();
    expect(comparable(read.workbook.sheets[0])).toEqual(comparable(file.sheets[0]));
    const { tables } = checkWorkbook(read.workbook, ctx());
    expect(tables).toHaveLength(2);
    expect(pairs(read.workbook)).toEqual(pairs(file));
    // Findings of both tables, each at its own columns.
    const columns = new Set(pairs(read.workbook).map((p) => p.replace(/^.*!([A-Z]+)\d+$/, '$1')));
    expect([...columns].some((c) => c < 'G')).toBe(true);
    expect([...columns].some((c) => c > 'G')).toBe(true);
  });

  test('the built-in sample gives the findings of the Ninh Bình fixture file', async () => {
    const file = await fileModel(
      await buildAppendixWorkbook(seedTable('ninh-binh'), { titleRows: true, columnNumberRow: 'parens' }),
    );
    hostOf(sampleWorkbook());
    const read = await readActiveSheet();
    expect(pairs(read.workbook)).toEqual(pairs(file));
  });

  test('a block refused as too large (Excel on the web, 5 MB) is read again in halves', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      { value: i + 1 },
      { value: `Nhiệm vụ số ${i + 1} của kế hoạch` },
    ]);
    const wb: WorkbookModel = {
      format: 'xlsx',
      sheets: [{ name: 'Dài', cells: rows, merges: [], hiddenRows: [], hiddenCols: [], colCount: 2 }],
    };
    const host = hostOf(wb);
    host.responseLimit = 100_000;
    const read = await readActiveSheet();
    expect(read.workbook.sheets[0].cells).toHaveLength(3000);
    expect(read.workbook.sheets[0].cells[2999][1]).toEqual({
      value: 'Nhiệm vụ số 3000 của kế hoạch',
      font: 'Calibri',
    });
    expect(host.syncCount).toBeGreaterThan(2);
  });

  test('a 5,000-task table gives the file reader’s findings, read in blocks with progress where responses are capped', async () => {
    const hungYen = seedTable('hung-yen');
    const rows = Array.from({ length: 5_000 }, (_, i) => {
      const row = [...hungYen.rows[i % hungYen.rows.length]];
      row[0] = String(i + 1);
      return row;
    });
    const file = await fileModel(await buildAppendixWorkbook({ ...hungYen, rows }, { titleRows: true }));
    const host = hostOf(file);
    // Under half of what the whole table weighs as values, text, formats and fonts.
    host.responseLimit = 1_500_000;
    const progress: [number, number][] = [];
    const read = await readActiveSheet((done, total) => progress.push([done, total]));
    expect(pairs(read.workbook)).toEqual(pairs(file));
    const total = file.sheets[0].cells.length;
    expect(read.workbook.sheets[0].cells).toHaveLength(total);
    expect(progress[0]).toEqual([0, total]);
    expect(progress[progress.length - 1]).toEqual([total, total]);
    // Several blocks, each reported as it arrives, in order.
    expect(progress.length).toBeGreaterThan(3);
    progress.forEach(([done], i) => i && expect(done).toBeGreaterThan(progress[i - 1][0]));
  });

  test('a stray value in the last column (XFD) no longer makes the read fail on Excel on the web', async () => {
    const sheet = emptySheet('Phụ lục');
    const header = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả cần đạt', 'Thời hạn hoàn thành'];
    header.forEach((value, c) => sheet.cells.set(cellKey(0, c), { value }));
    for (let r = 1; r <= 30; r++)
      ['', `Nhiệm vụ số ${r}`, 'Sở Nội vụ', 'Báo cáo', 'Năm 2026'].forEach((value, c) =>
        sheet.cells.set(cellKey(r, c), { value: c ? value : r }),
      );
    // Typed far to the right by mistake: every row read is now 16,384 cells wide, 31 rows over 5 MB.
    sheet.cells.set(cellKey(0, 16_383), { value: 'x' });
    const host = hostWith(sheet);
    const read = await readActiveSheet();
    const cells = read.workbook.sheets[0].cells;
    expect(cells).toHaveLength(31);
    expect(cells[30][1]).toEqual({ value: 'Nhiệm vụ số 30', font: 'Calibri' });
    expect(cells[0][16_383]).toEqual({ value: 'x', font: 'Calibri' });
    expect(checkWorkbook(read.workbook, ctx()).tables[0].tasks).toHaveLength(30);
    expect(host.syncCount).toBeGreaterThan(2);
  });

  test('on a host without ExcelApi 1.13 the read goes on without merged areas', async () => {
    const host = hostOf(sampleWorkbook());
    host.apiVersion = '1.9';
    const read = await readActiveSheet();
    expect(read.merges).toBe('unsupported');
    expect(read.workbook.sheets[0].merges).toEqual([]);
  });
});

describe('write actions on the simulated host', () => {
  test('selecting a finding’s cell activates its sheet and selects the cell', async () => {
    const wb = sampleWorkbook();
    wb.sheets.unshift({
      name: 'Bìa',
      cells: [[{ value: 'Kế hoạch' }]],
      merges: [],
      hiddenRows: [],
      hiddenCols: [],
      colCount: 1,
    });
    const host = hostOf(wb);
    expect(host.book.active).toBe('Bìa');
    await selectCell('Phụ lục', 'C8');
    expect(host.book.active).toBe('Phụ lục');
    expect(host.book.selection).toEqual({ sheet: 'Phụ lục', top: 7, left: 2, bottom: 7, right: 2 });
  });

  test('fixed text stays text: bullet lists and numbers in brackets are not read as formulas or numbers', async () => {
    const host = hostOf(sampleWorkbook());
    const cells = host.sheet('Phụ lục')!.cells;
    // Each fix starts from the cell as the check read it.
    const now = (r: number, c: number) => String(cells.get(cellKey(r, c))?.value ?? '');
    await applyEdits([
      {
        sheet: 'Phụ lục',
        cell: 'D8',
        before: now(7, 3),
        after: '- Sở Nội vụ\n- Sở Y tế',
        kinds: ['spacing'],
      },
      { sheet: 'Phụ lục', cell: 'F8', before: now(7, 5), after: '(1)', kinds: ['spacing'] },
      { sheet: 'Phụ lục', cell: 'A9', before: now(8, 0), after: '3', kinds: ['renumber'] },
    ]);
    expect(cells.get(cellKey(7, 3))?.value).toBe('- Sở Nội vụ\n- Sở Y tế');
    expect(cells.get(cellKey(7, 5))?.value).toBe('(1)');
    expect(cells.get(cellKey(8, 0))?.value).toBe(3);
    // One sync reads the cells as they are now, one writes.
    expect(host.syncCount).toBe(2);
  });

  test('"Chuyển mã" converts TCVN3 and VNI text in the selection, sets Times New Roman, leaves Unicode and formulas alone', async () => {
    const sheet = emptySheet('Báo cáo');
    sheet.cells.set(cellKey(0, 0), { value: 'Së Khoa häc vµ C«ng nghÖ', font: '.VnTime' });
    sheet.cells.set(cellKey(0, 1), { value: 'Sôû Khoa hoïc vaø Coâng ngheä', font: 'VNI-Times' });
    sheet.cells.set(cellKey(1, 0), { value: 'Hà Tây', font: 'Arial' });
    sheet.cells.set(cellKey(1, 1), { value: 'Së', formula: 'A1', font: '.VnTime' });
    const host = new FakeHost({
      sheets: [sheet],
      active: 'Báo cáo',
      selection: { sheet: 'Báo cáo', top: 0, left: 0, bottom: 5, right: 1 },
      settings: new Map(),
    });
    installFakeOffice(host);
    const convert = (text: string, font?: string) => {
      const enc = detectLegacy(text, font);
      return enc ? convertLegacy(text, enc, font) : null;
    };
    expect(await convertSelection(convert, UNICODE_FONT)).toEqual({ converted: 2 });
    expect(sheet.cells.get(cellKey(0, 0))).toMatchObject({
      value: 'Sở Khoa học và Công nghệ',
      font: 'Times New Roman',
    });
    expect(sheet.cells.get(cellKey(0, 1))).toMatchObject({
      value: 'Sở Khoa học và Công nghệ',
      font: 'Times New Roman',
    });
    expect(sheet.cells.get(cellKey(1, 0))).toMatchObject({ value: 'Hà Tây', font: 'Arial' });
    expect(sheet.cells.get(cellKey(1, 1))).toMatchObject({ value: 'Së', formula: 'A1', font: '.VnTime' });
  });

  test('drop-down lists take their items from a hidden sheet, never from an inline list', async () => {
    const host = hostOf(sampleWorkbook());
    const agencies = createRegistry({ province: 'Ninh Bình' }).provincial();
    expect(agencies.join(',').length).toBeGreaterThan(255);
    const spec = {
      targets: [{ sheet: 'Phụ lục', firstRow: 8, lastRow: 40, lead: 'C', partners: 'D' }],
      agencies,
      statuses: ['Đã hoàn thành đúng hạn', 'Chưa thực hiện'],
      alert: { title: 'Không có trong danh sách', message: 'Vẫn giữ?' },
    };
    await addDropdowns(spec);
    // Twice: the second run replaces the lists instead of failing on the existing rules.
    await addDropdowns(spec);
    const lists = host.sheet(LIST_SHEET)!;
    expect(lists.visibility).toBe('Hidden');
    expect(lists.cells.get(cellKey(0, 0))?.value).toBe(agencies[0]);
    expect(lists.cells.get(cellKey(agencies.length - 1, 0))?.value).toBe(agencies[agencies.length - 1]);
    const rules = host.sheet('Phụ lục')!.validations;
    expect(rules).toEqual([
      {
        top: 7,
        left: 2,
        bottom: 39,
        right: 2,
        source: `='${LIST_SHEET}'!$A$1:$A$${agencies.length}`,
        showAlert: true,
      },
      {
        top: 7,
        left: 3,
        bottom: 39,
        right: 3,
        source: `='${LIST_SHEET}'!$A$1:$A$${agencies.length}`,
        showAlert: false,
      },
    ]);
  });

  test('two report tables side by side: every fix lands in its own table’s cells, and both get their lists', async () => {
    const book = await sideBySideBook(
      { titleRows: true, reportColumns: reportColumns(11) },
      { titleRows: true, startCol: 9, reportColumns: reportColumns(7) },
    );
    const host = hostOf(await fileModel(book));
    const sheet = host.sheet('Phụ lục')!;
    const first = checkWorkbook((await readActiveSheet()).workbook, ctx());
    const fixes = first.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    // Fixes in both tables: the left one's columns A–H, the right one's J–Q.
    expect(fixes.some((f) => /^[A-H]\d/.test(f.cell))).toBe(true);
    expect(fixes.some((f) => /^[J-Q]\d/.test(f.cell))).toBe(true);
    const untouched = [...sheet.cells.entries()].filter(([key]) => !fixes.some((f) => key === keyOf(f.cell)));
    const outcome = await applyEdits(composeFixes(fixes));
    expect(outcome).toEqual({ written: new Set(fixes.map((f) => f.cell)).size, skipped: [] });
    const again = checkWorkbook((await readActiveSheet()).workbook, ctx());
    expect(again.findings.filter((f) => f.fix)).toEqual([]);
    // Only the fixed cells changed.
    for (const [key, cell] of untouched) expect(sheet.cells.get(key)).toEqual(cell);

    const targets = dropdownTargets(again.tables, 'Phụ lục');
    expect(targets.map((t) => [t.lead, t.partners, t.status])).toEqual(
      expect.arrayContaining([
        ['C', 'D', 'G'],
        ['L', 'M', 'P'],
      ]),
    );
    await addDropdowns({
      targets,
      agencies: ['Sở Nội vụ'],
      statuses: ['Chưa thực hiện'],
      alert: { title: 't', message: 'm' },
    });
    const status = sheet.validations.filter((v) => v.source.includes('$B$1'));
    expect(status.map((v) => [v.left, v.top + 1])).toEqual(
      expect.arrayContaining([
        [6, again.tables.find((t) => t.columns.status === 'G')!.firstDataRow],
        [15, again.tables.find((t) => t.columns.status === 'P')!.firstDataRow],
      ]),
    );
    expect(sheet.validations).toHaveLength(6);
  });

  describe('a protected sheet', () => {
    let restore: () => void;
    beforeEach(() => {
      // The simulated host has no sheet protection: give its sheets the property Excel has (ExcelApi 1.2).
      Object.defineProperty(FakeWorksheet.prototype, 'protection', {
        configurable: true,
        get(this: FakeWorksheet) {
          const name = this.sheet().name;
          return {
            load: () => undefined,
            get protected() {
              return name === 'Phụ lục';
            },
          };
        },
      });
      restore = () => delete (FakeWorksheet.prototype as unknown as { protection?: unknown }).protection;
    });
    afterEach(() => restore());

    test('fixes, marks, lists and conversion are refused before any cell is written, naming the sheet', async () => {
      const host = hostOf(sampleWorkbook());
      const before = structuredClone([...host.sheet('Phụ lục')!.cells.entries()]);
      const { findings } = checkWorkbook((await readActiveSheet()).workbook, ctx());
      const edits = composeFixes(findings.flatMap((f) => (f.fix ? [f.fix] : [])));
      expect(edits.length).toBeGreaterThan(0);
      const refused = { code: 'SheetProtected', sheet: 'Phụ lục' };
      await expect(applyEdits(edits)).rejects.toBeInstanceOf(SheetProtectedError);
      await expect(applyEdits(edits)).rejects.toMatchObject(refused);
      await expect(markCells([{ sheet: 'Phụ lục', cell: 'C8', color: '#FFC7CE' }])).rejects.toMatchObject(
        refused,
      );
      // Marks left from before the sheet was protected are not restored either, and stay listed.
      const marks = JSON.stringify([
        { sheet: 'Phụ lục', cell: 'C8', color: '#FFC7CE', before: { pattern: 'None', color: '#FFFFFF' } },
      ]);
      host.book.settings.set(MARKS_SETTING, marks);
      await expect(clearMarks()).rejects.toMatchObject(refused);
      expect(host.book.settings.get(MARKS_SETTING)).toBe(marks);
      host.book.settings.clear();
      await expect(
        addDropdowns({
          targets: [{ sheet: 'Phụ lục', firstRow: 8, lastRow: 20, lead: 'C' }],
          agencies: ['Sở Nội vụ'],
          statuses: [],
          alert: { title: 't', message: 'm' },
        }),
      ).rejects.toMatchObject(refused);
      host.book.selection = { sheet: 'Phụ lục', top: 0, left: 0, bottom: 20, right: 5 };
      await expect(convertSelection(convert, UNICODE_FONT)).rejects.toMatchObject(refused);
      expect([...host.sheet('Phụ lục')!.cells.entries()]).toEqual(before);
      expect(host.sheet(LIST_SHEET)).toBeUndefined();
      expect(host.book.settings.size).toBe(0);
    });
  });

  test('"Chèn mẫu" adds a formatted empty appendix the engine recognises, next to an existing "Phụ lục"', async () => {
    const host = hostOf(sampleWorkbook());
    const name = await insertAppendixSheet('plan');
    expect(name).toBe('Phụ lục (2)');
    expect(host.book.active).toBe('Phụ lục (2)');
    const sheet = host.sheet(name)!;
    const rows = appendixRows();
    const header = PLAN_COLUMNS.map((_, c) => sheet.cells.get(cellKey(rows.headerRow - 1, c))?.value);
    expect(header).toEqual(PLAN_COLUMNS.map((c) => c.header));
    const numbers = PLAN_COLUMNS.map((_, c) => sheet.cells.get(cellKey(rows.columnNumberRow - 1, c))?.value);
    expect(numbers).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: PLAN_COLUMNS.length - 1 });
    expect(sheet.cells.get(cellKey(rows.lastDataRow - 1, 1))).toMatchObject({
      font: 'Times New Roman',
      wrap: true,
      border: true,
    });
    expect(sheet.frozenRows).toBe(rows.columnNumberRow);
    const read = await readActiveSheet();
    const { tables } = checkWorkbook(read.workbook, ctx());
    expect(tables[0].headerRow).toBe(rows.headerRow);
    expect(tables[0].columns).toMatchObject({
      stt: 'A',
      task: 'B',
      lead: 'C',
      partners: 'D',
      result: 'E',
      deadline: 'F',
      note: 'G',
    });
  });
});

const convert = (text: string, font?: string) => {
  const enc = detectLegacy(text, font);
  return enc ? convertLegacy(text, enc, font) : null;
};

/** A sheet of `rows` task rows typed in TCVN3 (.VnTime) under a header, `cols` text columns. */
function tcvn3Sheet(rows: number, cols: number): { sheet: FakeSheet; texts: string[] } {
  const sheet = emptySheet('Phụ lục');
  const texts = [
    'Sở Khoa học và Công nghệ',
    'Các sở, ban, ngành',
    'Báo cáo kết quả',
    'Hằng năm',
    'Ủy ban nhân dân tỉnh',
    'Đang thực hiện',
  ];
  for (let c = 0; c < cols; c++)
    sheet.cells.set(cellKey(0, c), { value: `Cột ${c + 1}`, font: 'Times New Roman' });
  for (let r = 1; r <= rows; r++)
    for (let c = 0; c < cols; c++)
      sheet.cells.set(cellKey(r, c), {
        value: encodeTcvn3(`${texts[c % texts.length]} ${r}`),
        font: '.VnTime',
      });
  return { sheet, texts };
}

function hostWith(sheet: FakeSheet): FakeHost {
  const host = new FakeHost({
    sheets: [sheet],
    active: sheet.name,
    selection: { sheet: sheet.name, top: 0, left: 0, bottom: 0, right: 0 },
    settings: new Map(),
  });
  installFakeOffice(host);
  return host;
}

describe('writes on large sheets stay under the host’s payload limits', () => {
  test('the simulated host refuses a request over its limit whole, before any of it runs', async () => {
    const host = hostWith(emptySheet('S'));
    host.requestLimit = 10_000;
    const write = Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A1').values = [['đã ghi']];
      ws.getRange('A2:A501').values = Array.from({ length: 500 }, () => [
        'một dòng khá dài để vượt giới hạn',
      ]);
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.sheet('S')!.cells.size).toBe(0);
  });

  test('"Sửa" on a 10,000-row TCVN3 sheet (60,000 cells) goes through on a host with a small request limit', async () => {
    const { sheet, texts } = tcvn3Sheet(10_000, 6);
    const edits = [...sheet.cells.entries()]
      .filter(([, cell]) => cell.font === '.VnTime')
      .map(([key, cell]) => {
        const [r, c] = key.split(',').map(Number);
        return {
          sheet: sheet.name,
          cell: `${String.fromCharCode(65 + c)}${r + 1}`,
          before: String(cell.value),
          after: convert(String(cell.value), cell.font) ?? '',
          kinds: ['legacy' as const],
          setFont: UNICODE_FONT,
        };
      });
    expect(edits).toHaveLength(60_000);

    // Excel on the web's own limit: a few syncs (reading the cells as they are now, then writing), not one
    // per cell, and every request under 5 MB.
    const web = hostWith(structuredClone(sheet));
    expect((await applyEdits(edits)).written).toBe(60_000);
    expect(web.syncCount).toBeLessThanOrEqual(8);
    expect(web.largestRequest).toBeLessThan(web.requestLimit);

    const host = hostWith(sheet);
    host.requestLimit = 200_000;
    expect((await applyEdits(edits)).written).toBe(60_000);
    expect(sheet.cells.get(cellKey(10_000, 0))).toMatchObject({
      value: `${texts[0]} 10000`,
      font: 'Times New Roman',
    });
    expect(sheet.cells.get(cellKey(1, 5))).toMatchObject({ value: `${texts[5]} 1`, font: 'Times New Roman' });
    expect([...sheet.cells.values()].filter((c) => c.font === '.VnTime')).toHaveLength(0);
    expect(host.largestRequest).toBeLessThanOrEqual(200_000);
    expect(host.syncCount).toBeGreaterThan(web.syncCount);
    // Each column stretch went as one range, each range untracked once queued.
    expect(host.untracked).toBeGreaterThan(0);
  });

  test('a sheet with more merged areas than Excel lists at once (512) is read band by band, every area once', async () => {
    const sheet = emptySheet('Phụ lục');
    // 300 tasks, each with its STT and task cells merged over two sub-rows: 600 areas.
    for (let t = 0; t < 300; t++) {
      const top = 1 + 2 * t;
      sheet.cells.set(cellKey(top, 0), { value: t + 1 });
      sheet.cells.set(cellKey(top, 1), { value: `Nhiệm vụ ${t + 1}` });
      sheet.cells.set(cellKey(top, 2), { value: 'Sở Nội vụ' });
      sheet.cells.set(cellKey(top + 1, 2), { value: 'Sở Y tế' });
      for (const col of [0, 1]) sheet.merges.push({ top, left: col, bottom: top + 1, right: col });
    }
    hostWith(sheet);
    const read = await readActiveSheet();
    expect(read.merges).toBe('read');
    const merges = read.workbook.sheets[0].merges;
    expect(merges).toHaveLength(600);
    expect(new Set(merges.map((m) => `${m.top},${m.left}`)).size).toBe(600);
  });

  test('a few fixes cost two syncs: the cells as they are now, then the writes', async () => {
    const sheet = tcvn3Sheet(10, 6).sheet;
    const host = hostWith(sheet);
    const now = (r: number, c: number) => String(sheet.cells.get(cellKey(r, c))?.value ?? '');
    await applyEdits([
      { sheet: 'Phụ lục', cell: 'B3', before: now(2, 1), after: 'Sở Y tế', kinds: ['agency'] },
      { sheet: 'Phụ lục', cell: 'B4', before: now(3, 1), after: 'Sở Nội vụ', kinds: ['agency'] },
      { sheet: 'Phụ lục', cell: 'C9', before: now(8, 2), after: 'Sở Tư pháp', kinds: ['agency'] },
    ]);
    expect(host.syncCount).toBe(2);
    expect(sheet.cells.get(cellKey(8, 2))?.value).toBe('Sở Tư pháp');
  });

  test('cells next to a merged area are written one by one when the host refuses the 2-D write', async () => {
    const sheet = emptySheet('Phụ lục');
    sheet.cells.set(cellKey(6, 0), { value: '1' });
    sheet.cells.set(cellKey(7, 0), { value: '2' });
    sheet.merges.push({ top: 7, left: 0, bottom: 9, right: 0 });
    const host = hostWith(sheet);
    await applyEdits([
      { sheet: 'Phụ lục', cell: 'A7', before: '1', after: '2', kinds: ['renumber'] },
      { sheet: 'Phụ lục', cell: 'A8', before: '2', after: '3', kinds: ['renumber'] },
    ]);
    expect(sheet.cells.get(cellKey(6, 0))?.value).toBe(2);
    expect(sheet.cells.get(cellKey(7, 0))?.value).toBe(3);
    // The read, the refused 2-D write, the cell-by-cell write.
    expect(host.syncCount).toBe(3);
  });

  test('marking and unmarking 2,000 cells go through on a host with a small request limit, and restore every fill', async () => {
    const { sheet } = tcvn3Sheet(1_000, 2);
    sheet.cells.get(cellKey(1, 1))!.fill = { pattern: 'Solid', color: '#00B050' };
    const host = hostWith(sheet);
    // The list of marks (about 120 bytes a cell) goes in one call and must fit; the paint is what gets cut.
    host.requestLimit = 400_000;
    const colors = ['#FFC7CE', '#FFEB9C'];
    const targets = [];
    for (let r = 1; r <= 1_000; r++)
      for (let c = 0; c < 2; c++)
        targets.push({ sheet: 'Phụ lục', cell: `${'AB'[c]}${r + 1}`, color: colors[(r + c) % 2] });
    expect(await markCells(targets)).toBe(2_000);
    expect(sheet.cells.get(cellKey(1_000, 1))?.fill).toEqual({ pattern: 'Solid', color: '#FFEB9C' });
    expect(host.syncCount).toBeGreaterThan(2);
    expect(await clearMarks()).toBe(2_000);
    expect(sheet.cells.get(cellKey(1_000, 1))?.fill).toBeUndefined();
    expect(sheet.cells.get(cellKey(1, 1))?.fill).toEqual({ pattern: 'Solid', color: '#00B050' });
    expect(host.book.settings.size).toBe(0);
    expect(host.largestRequest).toBeLessThanOrEqual(400_000);
  });

  test('"Chuyển mã" on whole columns reads the rows in use in blocks under the response limit', async () => {
    const { sheet, texts } = tcvn3Sheet(3_000, 2);
    const host = hostWith(sheet);
    // Columns A:B selected whole, as a click on the column letters does.
    host.book.selection = { sheet: sheet.name, top: 0, left: 0, bottom: 1_048_575, right: 1 };
    host.responseLimit = 100_000;
    host.requestLimit = 100_000;
    expect(await convertSelection(convert, UNICODE_FONT)).toEqual({ converted: 6_000 });
    expect(sheet.cells.get(cellKey(3_000, 1))).toMatchObject({
      value: `${texts[1]} 3000`,
      font: 'Times New Roman',
    });
    expect(sheet.cells.get(cellKey(0, 0))).toMatchObject({ value: 'Cột 1' });
    expect(host.syncCount).toBeGreaterThan(3);
  });

  test('"Chuyển mã" on a small selection costs three syncs', async () => {
    const host = hostWith(tcvn3Sheet(10, 2).sheet);
    host.book.selection = { sheet: 'Phụ lục', top: 0, left: 0, bottom: 10, right: 1 };
    expect(await convertSelection(convert, UNICODE_FONT)).toEqual({ converted: 20 });
    expect(host.syncCount).toBe(3);
  });
});
