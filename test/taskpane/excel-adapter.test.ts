/**
 * The Excel adapter against an Excel seeded with office-addin-mock: what it
 * reads, how many round trips it costs, and that what it writes (marks,
 * fixes) goes in one batch and can be undone exactly.
 */
import type { CellEdit } from '../../src/core/fix/compose';
import { parseAddress } from '../../src/core/model/sheet';
import { applyEdits, clearMarks, markCells, readActiveSheet } from '../../src/taskpane/excel-adapter';
import { MARK_COLORS, MARKS_SETTING } from '../../src/taskpane/marks';
import { MockExcel, type MockSheetSpec } from './office-mock';

// 10/12/2026 as Excel stores it: days since 1899-12-30.
const DEC_10_2026 = Date.UTC(2026, 11, 10) / 86_400_000 + 25_569;

function smallSheet(): MockSheetSpec {
  return {
    name: 'Phụ lục',
    values: [
      ['Phụ lục', '', ''],
      ['STT', 'Nội dung nhiệm vụ', 'Thời hạn'],
      [1, 'Së Khoa häc vµ C«ng nghÖ', DEC_10_2026],
      [2, 'Dòng ẩn', '#N/A'],
      ['', '', ''],
    ],
    text: [
      ['Phụ lục', '', ''],
      ['STT', 'Nội dung nhiệm vụ', 'Thời hạn'],
      ['1', 'Së Khoa häc vµ C«ng nghÖ', '10/12/2026'],
      ['2', 'Dòng ẩn', '#N/A'],
      ['', '', ''],
    ],
    formats: [[], [], ['General', 'General', 'dd/mm/yyyy']],
    fonts: [
      ['Times New Roman', 'Times New Roman', 'Times New Roman'],
      ['Times New Roman', 'Times New Roman', 'Times New Roman'],
      ['Times New Roman', '.VnTime', 'Times New Roman'],
      ['Times New Roman', 'Times New Roman', 'Times New Roman'],
    ],
    merges: "'Phụ lục'!A1:C1",
    hiddenRows: [3],
    hiddenCols: [2],
  };
}

/** A table of `rows` task rows under a header, six columns wide like an appendix (ten like a report). */
function tallSheet(rows: number, report = false): MockSheetSpec {
  const values: (string | number)[][] = [
    [
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Kết quả cần đạt',
      'Thời hạn hoàn thành',
      ...(report
        ? ['Mức độ hoàn thành', 'Kết quả thực hiện', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị']
        : []),
    ],
  ];
  for (let i = 1; i <= rows; i++)
    values.push([
      i,
      `Nhiệm vụ ${i}`,
      'Sở Nội vụ',
      'Các sở, ban, ngành',
      'Báo cáo',
      'Hằng năm',
      ...(report ? ['Đang thực hiện', 'Đã ban hành kế hoạch', '', ''] : []),
    ]);
  return { name: 'Phụ lục', values, merges: null };
}

async function read(spec: MockSheetSpec) {
  const excel = new MockExcel(spec);
  excel.install();
  const result = await readActiveSheet();
  return { excel, result, sheet: result.workbook.sheets[0] };
}

describe('reading the active sheet', () => {
  test('values, displayed dates, number formats, fonts, errors, merges and hidden rows and columns reach the engine', async () => {
    const { sheet, result } = await read(smallSheet());
    expect(result.sheet).toBe('Phụ lục');
    expect(result.merges).toBe('read');
    expect(sheet.name).toBe('Phụ lục');
    expect(sheet.cells[0]).toEqual([{ value: 'Phụ lục', font: 'Times New Roman' }]);
    expect(sheet.cells[2][0]).toEqual({ value: 1, text: '1', font: 'Times New Roman' });
    // The legacy font travels with the text: the engine needs it to detect TCVN3.
    expect(sheet.cells[2][1]).toEqual({ value: 'Së Khoa häc vµ C«ng nghÖ', font: '.VnTime' });
    expect(sheet.cells[2][2]).toEqual({
      value: DEC_10_2026,
      text: '10/12/2026',
      format: 'dd/mm/yyyy',
      font: 'Times New Roman',
    });
    expect(sheet.cells[3][2]).toEqual({ value: null, error: '#N/A', font: 'Times New Roman' });
    expect(sheet.cells[4]).toEqual([]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(sheet.hiddenRows).toEqual([3]);
    expect(sheet.hiddenCols).toEqual([2]);
    expect(sheet.colCount).toBe(3);
  });

  test('every load names the properties it needs; nothing is loaded whole', async () => {
    const { excel } = await read(smallSheet());
    expect(excel.loads.length).toBeGreaterThan(0);
    for (const arg of excel.loads) expect(typeof arg === 'string' && arg.trim().length > 0).toBe(true);
  });

  test('a sheet of 10,000 task rows costs as many syncs as one of 10', async () => {
    const small = await read(tallSheet(10));
    const large = await read(tallSheet(10_000));
    expect(small.sheet.cells).toHaveLength(11);
    expect(large.sheet.cells).toHaveLength(10_001);
    expect(large.sheet.cells[10_000][1]).toEqual({ value: 'Nhiệm vụ 10000', font: 'Calibri' });
    expect(small.excel.syncs).toBe(2);
    expect(large.excel.syncs).toBe(small.excel.syncs);
  });

  test('so does a report ten columns wide', async () => {
    const small = await read(tallSheet(10, true));
    const large = await read(tallSheet(10_000, true));
    expect(large.sheet.cells[10_000][6]).toEqual({ value: 'Đang thực hiện', font: 'Calibri' });
    expect(small.excel.syncs).toBe(2);
    expect(large.excel.syncs).toBe(2);
  });

  test('a sheet longer than one block is read block by block, one sync each', async () => {
    // 25,000 rows of 6 columns: blocks of 12,000 rows → 3 blocks after the first sync.
    const { excel, sheet } = await read(tallSheet(24_999));
    expect(sheet.cells).toHaveLength(25_000);
    expect(sheet.cells[24_999][0]).toEqual({ value: 24_999, text: '24999', font: 'Calibri' });
    expect(excel.syncs).toBe(4);
  });

  test('on Excel without ExcelApi 1.13 the sheet is read without merged areas, and the result says so', async () => {
    const { sheet, result, excel } = await read({ ...smallSheet(), apiVersion: '1.9' });
    expect(result.merges).toBe('unsupported');
    expect(sheet.merges).toEqual([]);
    expect(sheet.cells[2][1]).toEqual({ value: 'Së Khoa häc vµ C«ng nghÖ', font: '.VnTime' });
    expect(excel.loads).not.toContain('address');
  });
});

describe('marking problem cells', () => {
  const fills = {
    B3: { pattern: 'Solid', color: '#00B050' },
    B4: { pattern: 'Gray25', color: '#FFFF00', patternColor: '#FF0000' },
  };
  const targets = [
    { sheet: 'Phụ lục', cell: 'B2', color: MARK_COLORS.error },
    { sheet: 'Phụ lục', cell: 'B3', color: MARK_COLORS.warning },
    { sheet: 'Phụ lục', cell: 'B4', color: MARK_COLORS.info },
  ];

  test('marking then unmarking leaves every fill as it was: "no fill" is cleared, not painted white', async () => {
    const excel = new MockExcel({ ...smallSheet(), fills });
    excel.install();
    expect(await markCells(targets)).toBe(3);
    expect(excel.fillOf('B2')).toEqual({ pattern: 'Solid', color: MARK_COLORS.error });
    expect(excel.fillOf('B3')).toEqual({ pattern: 'Solid', color: MARK_COLORS.warning });
    expect(excel.settings.has(MARKS_SETTING)).toBe(true);

    expect(await clearMarks()).toBe(3);
    expect(excel.fills.has('B2')).toBe(false);
    expect(excel.fillOf('B3')).toEqual(fills.B3);
    expect(excel.fillOf('B4')).toEqual(fills.B4);
    expect(
      excel.writes
        .flat()
        .filter((w) => w.address === 'B2' && w.property === 'fill.color')
        .map((w) => w.value),
    ).toEqual([MARK_COLORS.error]);
    expect(excel.settings.has(MARKS_SETTING)).toBe(false);
  });

  test('marking costs two syncs whatever the number of cells', async () => {
    const excel = new MockExcel({ ...smallSheet(), fills });
    excel.install();
    await markCells(targets);
    expect(excel.syncs).toBe(2);
  });

  test('unmarking costs four syncs: the list, the sheets, the current fills, the restore', async () => {
    const excel = new MockExcel({ ...smallSheet(), fills });
    excel.install();
    await markCells(targets);
    const before = excel.syncs;
    expect(await clearMarks()).toBe(3);
    expect(excel.syncs - before).toBe(4);
  });

  test('cells next to each other down a column are read as one range, and every range is untracked', async () => {
    const excel = new MockExcel({ ...smallSheet(), fills });
    excel.install();
    await markCells(targets);
    // B2:B4 read together; painted one by one, each in its own colour.
    expect(excel.ranges).toEqual(['B2:B4', 'B2', 'B3', 'B4']);
    expect(excel.untracked).toBe(4);
  });

  test('a marked cell the user repainted keeps the user’s new fill', async () => {
    const excel = new MockExcel({ ...smallSheet(), fills });
    excel.install();
    await markCells(targets);
    excel.fills.set('B3', { pattern: 'Solid', color: '#0070C0' });
    expect(await clearMarks()).toBe(2);
    expect(excel.fillOf('B3')).toEqual({ pattern: 'Solid', color: '#0070C0' });
    expect(excel.fills.has('B2')).toBe(false);
  });

  test('marking twice still restores the fill from before the first mark', async () => {
    const excel = new MockExcel({ ...smallSheet(), fills });
    excel.install();
    await markCells(targets);
    await markCells([{ sheet: 'Phụ lục', cell: 'B3', color: MARK_COLORS.error }]);
    await clearMarks();
    expect(excel.fillOf('B3')).toEqual(fills.B3);
  });

  test('unmarking with nothing marked changes nothing', async () => {
    const excel = new MockExcel({ ...smallSheet(), fills });
    excel.install();
    expect(await clearMarks()).toBe(0);
    expect(excel.writes.flat()).toEqual([]);
  });
});

describe('applying fixes', () => {
  const edits: CellEdit[] = [
    {
      sheet: 'Phụ lục',
      cell: 'C8',
      before: 'Sở Khoa học và \nCong nghệ',
      after: 'Sở Khoa học và Công nghệ',
      kinds: ['spacing', 'agency'],
    },
    {
      sheet: 'Phụ lục',
      cell: 'B9',
      before: 'Së Khoa häc',
      after: 'Sở Khoa học',
      kinds: ['legacy'],
      setFont: 'Times New Roman',
    },
    {
      sheet: 'Phụ lục',
      cell: 'D9',
      before: '- Sở Nội vụ\n- Sở Nội vụ',
      after: '- Sở Nội vụ',
      kinds: ['removePartner'],
    },
  ];

  /** The sheet as the check read it: each edited cell holds its `before`. */
  const checkedSheet = (): MockSheetSpec => {
    const spec = tallSheet(10);
    for (const e of edits) {
      const { row, col } = parseAddress(e.cell);
      spec.values[row][col] = e.before;
    }
    return spec;
  };

  test('every chosen fix, and the font of converted text, is written: one sync to read the cells, one to write', async () => {
    const excel = new MockExcel(checkedSheet());
    excel.install();
    expect(await applyEdits(edits)).toEqual({ written: 3, skipped: [] });
    expect(excel.syncs).toBe(2);
    expect(excel.writes[1]).toEqual([
      { address: 'C8', property: 'values', value: [['Sở Khoa học và Công nghệ']] },
      { address: 'B9', property: 'values', value: [['Sở Khoa học']] },
      { address: 'B9', property: 'font.name', value: 'Times New Roman' },
      // A leading "-" would make Excel read a formula (#NAME?): the apostrophe keeps it text.
      { address: 'D9', property: 'values', value: [["'- Sở Nội vụ"]] },
    ]);
  });

  test('never writes over a formula, nor over a cell changed by hand since the check', async () => {
    const spec = checkedSheet();
    // C8 now computes its text; the user retyped B9 while the preview was open.
    spec.formulas = spec.values.map(
      (row) => row.map((v) => (typeof v === 'number' ? v : String(v))) as string[],
    );
    spec.formulas[7][2] = '=TEXT(A8,"0")';
    spec.values[8][1] = 'Sở Khoa học (đã sửa tay)';
    const excel = new MockExcel(spec);
    excel.install();
    // The pane names the cells left alone, and why.
    expect(await applyEdits(edits)).toEqual({
      written: 1,
      skipped: [
        { sheet: 'Phụ lục', cell: 'C8', reason: 'formula' },
        { sheet: 'Phụ lục', cell: 'B9', reason: 'changed' },
      ],
    });
    expect(excel.writes.flat().map((w) => w.address)).toEqual(['D9']);
  });

  test('on a protected sheet nothing is written: the refusal comes with the first read, naming the sheet', async () => {
    const excel = new MockExcel({ ...checkedSheet(), protected: true });
    excel.install();
    await expect(applyEdits(edits)).rejects.toMatchObject({ code: 'SheetProtected', sheet: 'Phụ lục' });
    expect(excel.syncs).toBe(1);
    expect(excel.writes.flat()).toEqual([]);
    await expect(
      markCells([{ sheet: 'Phụ lục', cell: 'B2', color: MARK_COLORS.error }]),
    ).rejects.toMatchObject({
      code: 'SheetProtected',
    });
    expect(excel.writes.flat()).toEqual([]);
    expect(excel.settings.size).toBe(0);
  });

  test('no fix chosen, no round trip', async () => {
    const excel = new MockExcel(tallSheet(10));
    excel.install();
    expect(await applyEdits([])).toEqual({ written: 0, skipped: [] });
    expect(excel.syncs).toBe(0);
  });
});
