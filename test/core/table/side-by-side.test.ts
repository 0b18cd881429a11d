/**
 * Tables side by side in one sheet: the Hưng Yên appendix at A–F and the Bắc
 * Ninh appendix at H–M, headers level or at different heights. Each is a
 * table of its own, every task of both read, each in its own columns; one
 * wide table with an empty spacer column stays one table.
 */
import { checkWorkbook } from '../../../src/core/engine';
import { columnLetter } from '../../../src/core/model/sheet';
import { cellOf, type TaskTable } from '../../../src/core/model/task';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { createRegistry } from '../../../src/core/agency';
import { seedTable, type SeedId } from '../../fixtures';
import { registry, sheetFrom, workbookOf, type CellInput } from './sheet-from';

/** A seed appendix as staff type it: its title lines, a blank row, the header, the tasks; `below` after them. */
function block(id: SeedId, opts: { above?: number; below?: CellInput[][] } = {}): CellInput[][] {
  const t = seedTable(id);
  const rows: CellInput[][] = Array.from({ length: opts.above ?? 0 }, () => []);
  for (const line of t.titleLines) rows.push([line]);
  rows.push([], t.headers, ...t.rows, ...(opts.below ?? []));
  return rows;
}

/** Blocks laid left to right, `gap` empty columns between them; each title line merged across its block. */
function beside(blocks: CellInput[][][], gap = 1) {
  const widths = blocks.map((b) => Math.max(...b.map((r) => r.length)));
  const height = Math.max(...blocks.map((b) => b.length));
  const rows: CellInput[][] = Array.from({ length: height }, () => []);
  const merges: string[] = [];
  let left = 0;
  blocks.forEach((b, k) => {
    b.forEach((cells, r) => {
      cells.forEach((c, i) => (rows[r][left + i] = c));
      // A title line (one text in a row) is centred over its table.
      if (cells.length === 1 && typeof cells[0] === 'string')
        merges.push(`${columnLetter(left)}${r + 1}:${columnLetter(left + widths[k] - 1)}${r + 1}`);
    });
    left += widths[k] + gap;
  });
  for (const r of rows) for (let c = 0; c < r.length; c++) if (r[c] === undefined) r[c] = null;
  return sheetFrom(rows, { merges });
}

const read = (...sheets: ReturnType<typeof beside>[]) => readWorkbookTables(workbookOf(...sheets), registry);

/** What a user checks of a table: where it is, and the task and lead of each row at their cells. */
function summary(table: TaskTable) {
  return {
    columns: table.columns,
    headerRow: table.headerRow,
    tasks: table.tasks.map((row) => [cellOf(table, row, 'task'), row.task]),
  };
}

const AF = { stt: 'A', task: 'B', lead: 'C', partners: 'D', result: 'E', deadline: 'F' };
const HM = { stt: 'H', task: 'I', lead: 'J', partners: 'K', result: 'L', deadline: 'M' };

/** The seed's tasks at their cells: column letter of the task, first task row (1-based). */
function expectedTasks(id: SeedId, column: string, first: number) {
  return seedTable(id).rows.map((cells, i) => [`${column}${first + i}`, cells[1].replace(/\n/g, ' ')]);
}

/** The 1-based header row of a block: after the rows above, its title lines and a blank row. */
const headerRowOf = (id: SeedId, above = 0) => above + seedTable(id).titleLines.length + 2;

describe('two tables side by side, headers on the same row', () => {
  // Bắc Ninh's title has one line fewer than Hưng Yên's: one row above it puts the headers level, at row 6.
  const sheet = beside([block('hung-yen'), block('bac-ninh', { above: 1 })]);
  const { tables, findings } = read(sheet);

  it('reads both tables, each in its own columns, every task of both', () => {
    expect(headerRowOf('bac-ninh', 1)).toBe(headerRowOf('hung-yen'));
    expect(tables.map(summary)).toEqual([
      { columns: AF, headerRow: 6, tasks: expectedTasks('hung-yen', 'B', 7) },
      { columns: HM, headerRow: 6, tasks: expectedTasks('bac-ninh', 'I', 7) },
    ]);
  });

  it('finds no duplicate column where two headers stand side by side', () => {
    expect(findings.filter((f) => f.code === 'W_COLUMN_DUPLICATE')).toEqual([]);
  });

  it('reads the leads of the right table from its own lead column', () => {
    const right = tables[1];
    expect(right.tasks.map((t) => t.raw.lead)).toEqual(seedTable('bac-ninh').rows.map((r) => r[2]));
  });

  it('gives the findings of the right table at its own cells', () => {
    const t = seedTable('bac-ninh');
    t.rows[1][2] = '';
    const left = block('hung-yen');
    const right = [[], ...t.titleLines.map((l) => [l]), [], t.headers, ...t.rows];
    const result = checkWorkbook(workbookOf(beside([left, right])), {
      asOf: '2026-12-10',
      planDate: null,
      horizon: null,
      registry: createRegistry(),
    });
    expect(result.findings.filter((f) => f.code === 'E_LEAD_EMPTY').map((f) => f.cell)).toEqual(['J8']);
  });
});

describe('two tables side by side, headers at different heights', () => {
  it.each([
    ['the right header lower', 0, 4],
    ['the left header lower', 3, 0],
  ])('reads both tables with %s', (_, leftAbove, rightAbove) => {
    const { tables } = read(
      beside([block('hung-yen', { above: leftAbove }), block('bac-ninh', { above: rightAbove })]),
    );
    const byColumn = [...tables].sort((a, b) => (a.columns.task ?? '').localeCompare(b.columns.task ?? ''));
    expect(byColumn.map(summary)).toEqual([
      {
        columns: AF,
        headerRow: headerRowOf('hung-yen', leftAbove),
        tasks: expectedTasks('hung-yen', 'B', headerRowOf('hung-yen', leftAbove) + 1),
      },
      {
        columns: HM,
        headerRow: headerRowOf('bac-ninh', rightAbove),
        tasks: expectedTasks('bac-ninh', 'I', headerRowOf('bac-ninh', rightAbove) + 1),
      },
    ]);
  });

  it("does not end the longer table at the shorter one's notes and signatures beside it", () => {
    const footer: CellInput[][] = [
      [],
      ['Ghi chú: số liệu tạm tính'],
      ['Nơi nhận:', null, null, 'KT. CHỦ TỊCH'],
    ];
    // Bắc Ninh's 7 tasks end beside Hưng Yên's task 8: its notes and signatures stand beside tasks 9–11.
    const { tables } = read(beside([block('hung-yen'), block('bac-ninh', { above: 1, below: footer })]));
    expect(tables.map((t) => t.tasks.length)).toEqual([11, 7]);
  });

  it('reads a table stacked under a left table while a tall table stands beside both', () => {
    const ninhBinh = seedTable('ninh-binh');
    const stacked = [
      ...block('bac-ninh'),
      [],
      [],
      [],
      ['PHỤ LỤC II'],
      ninhBinh.headers,
      ...ninhBinh.rows.slice(0, 2),
    ];
    const tall = block('hung-yen', {
      below: seedTable('hung-yen').rows.map((r) => [String(Number(r[0]) + 11), ...r.slice(1)]),
    });
    const { tables } = read(beside([stacked, tall]));
    // Bắc Ninh's header at row 5, its 7 tasks, 3 empty rows, "PHỤ LỤC II", the second header.
    const second = headerRowOf('bac-ninh') + 7 + 3 + 2;
    expect(tables.map((t) => [t.columns.task, t.headerRow, t.tasks.length])).toEqual([
      ['B', headerRowOf('bac-ninh'), 7],
      ['I', headerRowOf('hung-yen'), 22],
      ['B', second, 2],
    ]);
  });
});

describe('one wide table is not split', () => {
  const TASK = [
    '1',
    'Ban hành Kế hoạch',
    'Sở Khoa học và Công nghệ',
    'Các sở, ban, ngành',
    'Kế hoạch',
    'Quý I/2026',
  ];

  it('keeps a table with an empty spacer column inside its header as one table', () => {
    const { tables, findings } = read(
      sheetFrom([
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', null, 'Cơ quan phối hợp', 'Kết quả', 'Thời hạn'],
        [TASK[0], TASK[1], TASK[2], null, ...TASK.slice(3)],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].columns).toEqual({
      stt: 'A',
      task: 'B',
      lead: 'C',
      partners: 'E',
      result: 'F',
      deadline: 'G',
    });
    expect(tables[0].tasks[0].deadline?.due).toBe('2026-03-31');
    expect(findings).toEqual([]);
  });

  it('keeps columns right of a spacer that repeat the task without a lead or deadline in the same table', () => {
    const { tables } = read(
      sheetFrom([
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả', 'Thời hạn', null, 'Nội dung', 'Ghi chú'],
        [...TASK.slice(0, 3), TASK[4], TASK[5], null, 'Nhắc lại', 'Đã giao'],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].columns.note).toBe('H');
    expect(tables[0].tasks).toHaveLength(1);
  });

  it('splits only where the part on the right has a full header of its own', () => {
    const { tables } = read(
      sheetFrom([
        [
          'STT',
          'Nội dung nhiệm vụ',
          'Cơ quan chủ trì',
          'Kết quả',
          'Thời hạn',
          null,
          'Nhiệm vụ',
          'Chủ trì',
          'Thời hạn',
        ],
        [...TASK.slice(0, 3), TASK[4], TASK[5], null, 'Tổng kết', 'Sở Nội vụ', 'Năm 2030'],
      ]),
    );
    expect(tables.map((t) => [t.columns.task, t.tasks.map((r) => r.task)])).toEqual([
      ['B', ['Ban hành Kế hoạch']],
      ['G', ['Tổng kết']],
    ]);
  });

  it("keeps a report's columns past a spacer in the report: 'Nội dung thực hiện' is its outcome, not a second table", () => {
    const { tables, findings } = read(
      sheetFrom([
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', null, 'Nội dung thực hiện', 'Mức độ hoàn thành'],
        ['1', 'Ban hành kế hoạch', 'Sở Y tế', '31/3/2026', null, 'Đã ban hành KH số 12', 'Đã hoàn thành'],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0].columns).toMatchObject({ task: 'B', deadline: 'D', status: 'G' });
    expect(tables[0].tasks[0].status).toBe('DONE_ON_TIME');
    expect(findings.filter((f) => f.code === 'E_COLUMN_MISSING')).toEqual([]);
  });

  it('reads a notes block beside the header as no table of its own', () => {
    const { tables, findings } = read(
      sheetFrom([
        [
          'STT',
          'Nội dung nhiệm vụ',
          'Cơ quan chủ trì',
          'Kết quả',
          'Thời hạn',
          null,
          'Ghi chú:',
          'Nội dung',
          'Thời hạn: theo quy định',
        ],
        [...TASK.slice(0, 3), TASK[4], TASK[5], null, 'Chủ trì: Sở Y tế'],
      ]),
    );
    expect(tables).toHaveLength(1);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('tables stacked in one sheet', () => {
  it('still reads the second appendix under the first', () => {
    const sheet = sheetFrom([...block('hung-yen'), [], [], [], ...block('bac-ninh')]);
    const { tables } = read(sheet);
    // Hưng Yên's 11 tasks under its header, 3 empty rows, then the Bắc Ninh block.
    const second = headerRowOf('hung-yen') + 11 + 3 + headerRowOf('bac-ninh');
    expect(tables.map((t) => [t.columns.task, t.headerRow, t.tasks.length])).toEqual([
      ['B', headerRowOf('hung-yen'), 11],
      ['B', second, 7],
    ]);
  });
});

describe('tables side by side with the layouts of real appendices', () => {
  const HEADER2_TOP = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan thực hiện', null, 'Kết quả', 'Thời hạn'];
  const HEADER2_SUB = [null, null, 'Chủ trì', 'Phối hợp', null, null];
  const ROW = (n: number, lead: string): CellInput[] => [
    String(n),
    `Nhiệm vụ ${n}`,
    lead,
    'Các sở, ban, ngành',
    'Kế hoạch',
    'Quý IV/2026',
  ];

  it('reads a two-row header beside a one-row header, each table with its own columns', () => {
    const rows: CellInput[][] = [
      [
        ...HEADER2_TOP,
        null,
        'STT',
        'Nội dung nhiệm vụ',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Kết quả',
        'Thời hạn',
      ],
      [...HEADER2_SUB, null, ...ROW(1, 'Sở Y tế')],
      [...ROW(1, 'Sở Nội vụ'), null, ...ROW(2, 'Sở Y tế')],
      [...ROW(2, 'Sở Nội vụ'), null, ...ROW(3, 'Sở Y tế')],
    ];
    const sheet = sheetFrom(rows, { merges: ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2', 'F1:F2'] });
    const { tables } = read(sheet);
    expect(
      tables.map((t) => [t.headerRow, t.columns.lead, t.columns.partners, t.tasks.map((r) => r.lead[0])]),
    ).toEqual([
      [2, 'C', 'D', ['Sở Nội vụ', 'Sở Nội vụ']],
      [1, 'J', 'K', ['Sở Y tế', 'Sở Y tế', 'Sở Y tế']],
    ]);
  });

  it('keeps group headings and column-number rows to their own table', () => {
    const left = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời hạn'];
    const rows: CellInput[][] = [
      [...left, null, ...left],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', null, '(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['I', 'NHÓM GIẢI PHÁP THỂ CHẾ', null, null, null, null, null, ...ROW(1, 'Sở Y tế')],
      [...ROW(1, 'Sở Nội vụ'), null, 'II', 'NHÓM GIẢI PHÁP ĐÀO TẠO'],
      [...ROW(2, 'Sở Nội vụ'), null, ...ROW(2, 'Sở Y tế')],
    ];
    const { tables } = read(sheetFrom(rows, { merges: ['I4:M4'] }));
    expect(tables.map((t) => t.tasks.map((r) => [r.stt, r.group, r.lead[0]]))).toEqual([
      [
        ['1', 'I. NHÓM GIẢI PHÁP THỂ CHẾ', 'Sở Nội vụ'],
        ['2', 'I. NHÓM GIẢI PHÁP THỂ CHẾ', 'Sở Nội vụ'],
      ],
      [
        ['1', null, 'Sở Y tế'],
        ['2', 'II. NHÓM GIẢI PHÁP ĐÀO TẠO', 'Sở Y tế'],
      ],
    ]);
  });

  it('reads two agency reports side by side, each with its status', () => {
    const header = ['STT', 'Nội dung nhiệm vụ', 'Mức độ hoàn thành', 'Kết quả thực hiện'];
    const rows: CellInput[][] = [
      [...header, null, ...header],
      [
        '1',
        'Ban hành Kế hoạch',
        'Đã hoàn thành',
        'Kế hoạch số 12',
        null,
        '1',
        'Tổ chức hội nghị',
        'Đang thực hiện',
        'Đã chuẩn bị',
      ],
    ];
    const { tables } = read(sheetFrom(rows));
    expect(tables.map((t) => [t.kind, t.columns.status, t.tasks[0].status])).toEqual([
      ['report', 'C', 'DONE_ON_TIME'],
      ['report', 'H', 'IN_PROGRESS'],
    ]);
  });
});
