/** The pane's decisions that need no Excel: blocks, addresses, typed input, marks, settings, template. */
import { checkWorkbook } from '../../src/core/engine';
import { findingMessage } from '../../src/core/messages';
import type { Finding } from '../../src/core/model/finding';
import {
  addMarks,
  MARK_COLORS,
  markTargets,
  parseMarks,
  savedFill,
  stillMarked,
  type Mark,
} from '../../src/taskpane/marks';
import type { TaskTable } from '../../src/core/model/task';
import { DROPDOWN_EXTRA_ROWS, dropdownRows, dropdownTargets } from '../../src/taskpane/dropdown-rows';
import { SheetProtectedError } from '../../src/taskpane/excel-adapter';
import { describeError, fixResultLines, skippedLines } from '../../src/taskpane/status-lines';
import { tableNumbers } from '../../src/taskpane/finding-table';
import {
  cellInput,
  MIN_BLOCK_ROWS,
  officeCell,
  parseMergedAddress,
  planBlocks,
  smallerBlock,
} from '../../src/taskpane/range-data';
import { dateInVietnam } from '../../src/core/deadline/dates';
import { buildContext, cleanSettings, DEFAULT_SETTINGS } from '../../src/taskpane/settings';
import { freeSheetName, templateSheet, widthInPoints } from '../../src/taskpane/template-sheet';

const finding = (code: string, severity: Finding['severity'], cell: string | null): Finding => ({
  code,
  severity,
  sheet: 'Phụ lục',
  cell,
  row: null,
  field: null,
  messageId: `finding.${code}`,
  data: {},
});

describe('reading in blocks', () => {
  test('one block up to 12,000 rows of an appendix; wide sheets get fewer rows per block', () => {
    expect(planBlocks(10, 6)).toEqual([{ start: 0, count: 10 }]);
    expect(planBlocks(10_001, 6)).toEqual([{ start: 0, count: 10_001 }]);
    expect(planBlocks(30_000, 6)).toEqual([
      { start: 0, count: 12_000 },
      { start: 12_000, count: 12_000 },
      { start: 24_000, count: 6_000 },
    ]);
    // A report (10 columns) and a sheet of 16 columns stay one block at 10,000 rows; wider ones are cut.
    expect(planBlocks(10_001, 10)).toHaveLength(1);
    expect(planBlocks(10_001, 16)).toHaveLength(1);
    expect(planBlocks(10_000, 40)[0].count).toBe(4_800);
  });

  test('a block refused as too large is halved, down to 50 rows, or to one row when rows are very wide', () => {
    expect(smallerBlock(12_000, 6)).toBe(6_000);
    expect(smallerBlock(80, 6)).toBe(MIN_BLOCK_ROWS);
    // Fifty rows of an appendix cannot be too large: the error is something else.
    expect(smallerBlock(MIN_BLOCK_ROWS, 6)).toBeNull();
    // A row as wide as the sheet (a stray value in XFD) is halved to a single row.
    expect(smallerBlock(11, 16_384)).toBe(5);
    expect(smallerBlock(2, 16_384)).toBe(1);
    expect(smallerBlock(1, 16_384)).toBeNull();
  });

  test('merged areas are parsed from the address list, quoted sheet names with commas included', () => {
    expect(parseMergedAddress("'Phụ lục, 2'!A1:F1,'Phụ lục, 2'!$A$8:$A$14,Sheet1!C3")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 7, left: 0, bottom: 13, right: 0 },
    ]);
    expect(parseMergedAddress(null)).toEqual([]);
  });

  test('cells: empty is nothing, errors are errors, numbers keep what Excel shows, "General" is not kept', () => {
    expect(officeCell('', '', 'General', 'Calibri')).toBeUndefined();
    expect(officeCell('#REF!', '#REF!', 'General', 'Arial')).toEqual({
      value: null,
      error: '#REF!',
      font: 'Arial',
    });
    expect(officeCell(46366, '10/12/2026', 'dd/mm/yyyy', undefined)).toEqual({
      value: 46366,
      text: '10/12/2026',
      format: 'dd/mm/yyyy',
    });
    // A date or number too wide for its column shows "####": that is no reading of the cell.
    expect(officeCell(46366, '########', 'dd/mm/yyyy', undefined)).toEqual({
      value: 46366,
      format: 'dd/mm/yyyy',
    });
    expect(officeCell(46022, '####', 'General', undefined)).toEqual({ value: 46022 });
    expect(officeCell('####', '####', 'General', undefined)).toEqual({ value: '####' });
    expect(officeCell('Sở Y tế', 'Sở Y tế', 'General', 'Times New Roman')).toEqual({
      value: 'Sở Y tế',
      font: 'Times New Roman',
    });
  });

  test('a bare-number deadline in a column too narrow for it is named by its number, as phuluc validate names it', () => {
    const header = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả cần đạt', 'Thời hạn hoàn thành'];
    const cells = [
      header.map((value) => ({ value })),
      [{ value: 1 }, { value: 'Ban hành kế hoạch' }, { value: 'Sở Nội vụ' }, { value: 'Kế hoạch' }],
    ];
    const wb = (deadline: ReturnType<typeof officeCell>) => ({
      format: 'xlsx' as const,
      sheets: [
        {
          name: 'P',
          cells: [cells[0], [...cells[1], deadline]],
          merges: [],
          hiddenRows: [],
          hiddenCols: [],
          colCount: 5,
        },
      ],
    });
    const ctx = buildContext(DEFAULT_SETTINGS, '2026-12-10').ctx;
    const message = (deadline: ReturnType<typeof officeCell>) =>
      checkWorkbook(wb(deadline), ctx)
        .findings.filter((f) => f.code === 'W_DEADLINE_AMBIGUOUS')
        .map((f) => findingMessage(f));
    const narrow = message(officeCell(46022, '####', 'General', undefined));
    expect(narrow).toHaveLength(1);
    expect(narrow).toEqual(message({ value: 46022 }));
    expect(narrow[0]).toContain('46022');
  });

  test('text written back is kept as text where Excel would turn it into a formula, a number or a date', () => {
    expect(cellInput('Sở Y tế')).toBe('Sở Y tế');
    expect(cellInput('- Sở Y tế')).toBe("'- Sở Y tế");
    expect(cellInput('=1+1')).toBe("'=1+1");
    expect(cellInput('(1)')).toBe("'(1)");
    expect(cellInput('07/2026')).toBe("'07/2026");
    expect(cellInput('Quý I/2026')).toBe('Quý I/2026');
    expect(cellInput('3')).toBe(3);
    expect(cellInput('007')).toBe("'007");
    expect(cellInput('')).toBe('');
  });
});

describe('marks', () => {
  test('one mark per cell, coloured by its worst finding; findings without a cell are not marked', () => {
    const targets = markTargets([
      finding('I_TEXT_SPACING', 'info', 'C8'),
      finding('W_AGENCY_SPELLING', 'warning', 'C8'),
      finding('W_RESULT_EMPTY', 'warning', 'E10'),
      finding('E_TABLE_NOT_FOUND', 'error', null),
    ]);
    expect(targets).toEqual([
      { sheet: 'Phụ lục', cell: 'C8', color: MARK_COLORS.warning },
      { sheet: 'Phụ lục', cell: 'E10', color: MARK_COLORS.warning },
    ]);
  });

  test('the stored list survives bad data as "no marks", and a remark keeps the first fill', () => {
    expect(parseMarks('not json')).toEqual([]);
    expect(parseMarks('[{"sheet":1}]')).toEqual([]);
    const first: Mark = {
      sheet: 'S',
      cell: 'A1',
      color: MARK_COLORS.info,
      before: { pattern: 'Solid', color: '#00B050' },
    };
    const again: Mark = {
      sheet: 'S',
      cell: 'A1',
      color: MARK_COLORS.error,
      before: { pattern: 'Solid', color: MARK_COLORS.info },
    };
    expect(addMarks([first], [again])).toEqual([{ ...again, before: first.before }]);
    // Repainted blue by the user between the two marks: unmarking gives the blue back, not the first green.
    const repainted: Mark = { ...again, before: { pattern: 'Solid', color: '#0070C0' } };
    expect(addMarks([first], [repainted])).toEqual([repainted]);
    expect(parseMarks(JSON.stringify([first]))).toEqual([first]);
  });

  test('a cell counts as still marked only while it shows the mark colour as a solid fill', () => {
    const mark: Mark = {
      sheet: 'S',
      cell: 'A1',
      color: '#FFC7CE',
      before: { pattern: 'None', color: '#FFFFFF' },
    };
    expect(stillMarked(mark, { pattern: 'Solid', color: '#ffc7ce' })).toBe(true);
    expect(stillMarked(mark, { pattern: 'Solid', color: '#00B050' })).toBe(false);
    expect(stillMarked(mark, { pattern: 'None', color: '#FFFFFF' })).toBe(false);
    expect(savedFill({ pattern: 'Solid', color: '#00B050', patternColor: '#000000' })).toEqual({
      pattern: 'Solid',
      color: '#00B050',
    });
  });
});

describe('settings', () => {
  test('stored values are kept only when well-formed', () => {
    expect(cleanSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(
      cleanSettings({
        province: ' Ninh Bình ',
        planDate: '2026-02-30',
        asOf: '2026-12-10',
        horizon: '30',
        lang: 'en',
        agencyText: 'x',
      }),
    ).toEqual({
      province: 'Ninh Bình',
      planDate: '',
      asOf: '2026-12-10',
      horizon: '',
      agencyText: 'x',
      lang: 'en',
    });
  });

  test('the context takes today in Vietnam when no as-of date is set, and the extra agencies', () => {
    expect(dateInVietnam(new Date('2026-12-09T20:00:00Z'))).toBe('2026-12-10');
    const { ctx, agencyErrors } = buildContext(
      {
        ...DEFAULT_SETTINGS,
        province: 'Ninh Bình',
        horizon: '2030',
        agencyText: 'Trường Đại học Hoa Lư = ĐH Hoa Lư\nSở X [không rõ]',
      },
      '2026-12-10',
    );
    expect(ctx.asOf).toBe('2026-12-10');
    expect(ctx.planDate).toBeNull();
    expect(ctx.horizon).toBe(2030);
    expect(ctx.registry.resolve('ĐH Hoa Lư').canonical).toBe('Trường Đại học Hoa Lư');
    expect(agencyErrors).toEqual([{ line: 2, message: 'agencyFile.badKind' }]);
  });
});

describe('the template sheet', () => {
  test('a free sheet name, compared without case', () => {
    expect(freeSheetName('Phụ lục', ['Sheet1'])).toBe('Phụ lục');
    expect(freeSheetName('Phụ lục', ['PHỤ LỤC', 'Phụ lục (2)'])).toBe('Phụ lục (3)');
  });

  test('title lines merged across the table, header and column numbers bordered, widths in points', () => {
    const plan = templateSheet('plan');
    expect(plan.area).toBe('A1:G16');
    expect(plan.writes[0]).toMatchObject({ address: 'A1:G1', merge: true, bold: true });
    expect(plan.writes.find((w) => w.address === 'A5:G5')?.values).toEqual([
      [
        'STT',
        'Nội dung nhiệm vụ',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Kết quả cần đạt',
        'Thời hạn hoàn thành',
        'Ghi chú',
      ],
    ]);
    expect(plan.writes.find((w) => w.borders)?.address).toBe('A5:G16');
    expect(plan.printTitleRows).toBe('$5:$6');
    // Excel's default width, 8.43 characters, is 64 pixels = 48 points.
    expect(widthInPoints(8.43)).toBeCloseTo(48, 0);
    expect(templateSheet('report').widths).toHaveLength(10);
  });
});

describe('the rows the drop-down lists cover', () => {
  const table = (
    sheet: string,
    headerRow: number,
    first: number,
    last: number,
    columns: TaskTable['columns'] = {},
  ): TaskTable => ({
    sheet,
    kind: 'plan',
    headerRow,
    firstDataRow: first,
    lastDataRow: last,
    columns,
    tasks: [],
  });

  test('the task rows and spare rows below, but never into a second table on the same sheet', () => {
    const first = table('Phụ lục', 1, 2, 5);
    expect(dropdownRows([first], first)).toEqual({ firstRow: 2, lastRow: 5 + DROPDOWN_EXTRA_ROWS });
    const second = table('Phụ lục', 9, 10, 12);
    expect(dropdownRows([first, second], first)).toEqual({ firstRow: 2, lastRow: 7 });
    // A table on another sheet is no limit.
    expect(dropdownRows([first, table('Khác', 9, 10, 12)], first).lastRow).toBe(5 + DROPDOWN_EXTRA_ROWS);
  });

  test('a table beside another, in other columns, does not cut its spare rows; one below in the same columns does', () => {
    const left = table('Phụ lục', 5, 6, 12, { stt: 'A', task: 'B', lead: 'C', partners: 'D', status: 'G' });
    const below = table('Phụ lục', 20, 21, 22, { stt: 'B', task: 'C', lead: 'D' });
    const beside = table('Phụ lục', 15, 16, 30, {
      stt: 'J',
      task: 'K',
      lead: 'L',
      partners: 'M',
      status: 'P',
    });
    expect(dropdownRows([left, beside], left)).toEqual({ firstRow: 6, lastRow: 12 + DROPDOWN_EXTRA_ROWS });
    expect(dropdownRows([left, beside, below], left)).toEqual({ firstRow: 6, lastRow: 18 });
  });

  test('every table of the checked sheet with a lead, partner or status column is a target, left to right', () => {
    const left = table('Phụ lục', 6, 7, 17, { stt: 'A', task: 'B', lead: 'C', partners: 'D', status: 'G' });
    const right = table('Phụ lục', 5, 6, 12, { stt: 'J', task: 'K', lead: 'L', status: 'P' });
    const other = table('Khác', 1, 2, 3, { lead: 'C' });
    const bare = table('Phụ lục', 40, 41, 42, { stt: 'A', task: 'B' });
    // Left to right, as the sheet reads, whatever the order the tables were found in.
    expect(dropdownTargets([right, left, other, bare], 'Phụ lục')).toEqual([
      { sheet: 'Phụ lục', firstRow: 7, lastRow: 37, lead: 'C', partners: 'D', status: 'G' },
      { sheet: 'Phụ lục', firstRow: 6, lastRow: 32, lead: 'L', partners: undefined, status: 'P' },
    ]);
  });
});

describe('what the pane says when an action fails', () => {
  test('a protected sheet is named, in either language; Excel’s own refusal is explained too', () => {
    const protectedSheet = new SheetProtectedError('Phụ lục');
    expect(describeError(protectedSheet, 'Phụ lục', 'vi')).toMatch(/^Trang “Phụ lục” đang được bảo vệ/);
    expect(describeError(protectedSheet, 'Phụ lục', 'en')).toMatch(/^Sheet “Phụ lục” is protected/);
    const denied = { code: 'AccessDenied', message: 'You cannot perform the requested operation.' };
    expect(describeError(denied, null, 'vi')).toMatch(/^Excel không cho ghi/);
    expect(describeError({ code: 'ItemNotFound' }, 'Phụ lục', 'en')).toMatch(/“Phụ lục” was not found/);
    expect(describeError(new Error('boom'), null, 'vi')).toBe('Không thực hiện được: boom');
  });
});

describe('which table a finding is in', () => {
  const table = (headerRow: number, last: number, columns: TaskTable['columns']): TaskTable => ({
    sheet: 'Phụ lục',
    kind: 'report',
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow: last,
    columns,
    tasks: [],
  });
  const at = (cell: string | null, sheet = 'Phụ lục') => ({
    ...finding('W_RESULT_EMPTY', 'warning', cell),
    sheet,
  });

  test('numbered left to right on a sheet with tables side by side; none on a title line or with one table', () => {
    const right = table(5, 12, { stt: 'J', task: 'K', lead: 'L', status: 'P' });
    const left = table(6, 17, { stt: 'A', task: 'B', lead: 'C', status: 'G' });
    const of = tableNumbers([right, left]);
    expect(of(at('G9'))).toBe(1);
    expect(of(at('P8'))).toBe(2);
    // The header row itself, and the row above a two-row header, are the table's.
    expect(of(at('K4'))).toBe(2);
    expect(of(at('A1'))).toBeNull();
    expect(of(at('B30'))).toBeNull();
    expect(of(at(null))).toBeNull();
    expect(of(at('G9', 'Khác'))).toBeNull();
    expect(tableNumbers([left])(at('G9'))).toBeNull();
  });
});

describe('what the pane says of fixes left unwritten', () => {
  test('the cells changed by hand since the check and those holding formulas, each named', () => {
    const skipped = [
      { sheet: 'Phụ lục', cell: 'C8', reason: 'changed' as const },
      { sheet: 'Phụ lục', cell: 'D9', reason: 'formula' as const },
      { sheet: 'Phụ lục', cell: 'L12', reason: 'changed' as const },
    ];
    expect(skippedLines(skipped, 'vi')).toEqual([
      '2 ô được giữ nguyên vì đã sửa tay sau lần kiểm tra: C8, L12.',
      '1 ô được giữ nguyên vì chứa công thức: D9.',
    ]);
    expect(skippedLines(skipped.slice(0, 1), 'en')).toEqual([
      '1 cell was changed by hand since the check and left as it is: C8.',
    ]);
    expect(skippedLines([], 'vi')).toEqual([]);
    // Many cells: the first ten named, the rest counted.
    const many = Array.from({ length: 12 }, (_, i) => ({
      sheet: 'S',
      cell: `B${i + 1}`,
      reason: 'changed' as const,
    }));
    expect(skippedLines(many, 'vi')[0]).toBe(
      '12 ô được giữ nguyên vì đã sửa tay sau lần kiểm tra: B1, B2, B3, B4, B5, B6, B7, B8, B9, B10 và 2 ô khác.',
    );
  });
});

describe('what the pane says after fixes', () => {
  const changed = { sheet: 'Phụ lục', cell: 'C8', reason: 'changed' as const };
  test('how many were written, then why any were not', () => {
    expect(fixResultLines(2, [changed], 'vi')).toEqual([
      'Đã sửa 2 ô.',
      '1 ô được giữ nguyên vì đã sửa tay sau lần kiểm tra: C8.',
    ]);
    expect(fixResultLines(3, [], 'vi')).toEqual(['Đã sửa 3 ô.']);
  });

  test('only why, when none was written', () => {
    expect(fixResultLines(0, [changed], 'vi')).toEqual([
      '1 ô được giữ nguyên vì đã sửa tay sau lần kiểm tra: C8.',
    ]);
  });
});
