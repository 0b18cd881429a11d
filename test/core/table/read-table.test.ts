/**
 * Layouts met in real appendix sheets: header variants, two-row headers,
 * group rows, merged cells, several tables, reports, and the table-level
 * findings.
 */
import type { SheetCell } from '../../../src/core/model/sheet';
import { cellOf } from '../../../src/core/model/task';
import { findTables, readWorkbookTables } from '../../../src/core/table/read-table';
import { registry, sheetFrom, workbookOf, type CellInput } from './sheet-from';

const HEADER = [
  'TT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Kết quả cần đạt',
  'Thời hạn hoàn thành',
];
const TASKS: CellInput[][] = [
  [
    '1',
    'Ban hành Kế hoạch thực hiện',
    'Sở Khoa học và Công nghệ',
    'Các sở, ban, ngành',
    'Kế hoạch của UBND tỉnh',
    'Quý I/2026',
  ],
  [
    '2',
    'Xây dựng cơ sở dữ liệu trí thức',
    'Sở Nội vụ',
    'Sở Khoa học và Công nghệ',
    'Cơ sở dữ liệu',
    'Quý II/2026',
  ],
  ['3', 'Tổ chức Hội nghị tôn vinh trí thức', 'Sở Nội vụ', 'Các sở, ban, ngành', 'Hội nghị', 'Hằng năm'],
];

function readOne(rows: CellInput[][], opts: Parameters<typeof sheetFrom>[1] = {}) {
  const { tables, findings } = readWorkbookTables(workbookOf(sheetFrom(rows, opts)), registry);
  return { table: tables[0], tables, findings };
}

describe('header variants', () => {
  it.each([
    [
      'upper case without diacritics',
      ['STT', 'NOI DUNG NHIEM VU', 'DON VI CHU TRI', 'DON VI PHOI HOP', 'SAN PHAM', 'THOI HAN'],
    ],
    [
      'other wordings',
      [
        'Số thứ tự',
        'Tên nhiệm vụ',
        'Cơ quan/đơn vị chủ trì',
        'Phối hợp',
        'Kết quả/sản phẩm',
        'Thời gian thực hiện',
      ],
    ],
    [
      'line breaks and stray spaces',
      [
        'Số\nTT',
        'Nội dung\nnhiệm vụ',
        ' Cơ  quan\u00A0chủ trì ',
        'Cơ quan\nphối hợp',
        'Sản phẩm\nđầu ra',
        'Thời gian\nhoàn thành',
      ],
    ],
    ['decomposed Unicode (NFD)', HEADER.map((h) => h.normalize('NFD'))],
    ['column numbers inside the header', HEADER.map((h, i) => `${h} (${i + 1})`)],
  ])('reads headers in %s', (_, header) => {
    const { table, findings } = readOne([header, ...TASKS]);
    expect(table.columns).toEqual({
      stt: 'A',
      task: 'B',
      lead: 'C',
      partners: 'D',
      result: 'E',
      deadline: 'F',
    });
    expect(table.headerRow).toBe(1);
    expect(table.tasks).toHaveLength(3);
    expect(findings).toEqual([]);
  });

  it('never takes "Cơ quan chủ trì" for the partners or "Cơ quan phối hợp" for the lead', () => {
    const { table } = readOne([
      ['TT', 'Nhiệm vụ', 'Cơ quan phối hợp', 'Cơ quan chủ trì thực hiện', 'Thời hạn'],
      ...TASKS.map((r) => [r[0], r[1], r[3], r[2], r[5]]),
    ]);
    expect(table.columns).toMatchObject({ partners: 'C', lead: 'D', deadline: 'E' });
    expect(table.tasks[1].lead).toEqual(['Sở Nội vụ']);
  });

  it('reads a header split over two rows', () => {
    const { table } = readOne([
      ['TT', 'Nội dung', 'Cơ quan', 'Cơ quan', 'Kết quả', 'Thời hạn'],
      [null, 'nhiệm vụ', 'chủ trì', 'phối hợp', 'cần đạt', 'hoàn thành'],
      ...TASKS,
    ]);
    expect(table.headerRow).toBe(2);
    expect(table.firstDataRow).toBe(3);
    expect(table.columns).toEqual({
      stt: 'A',
      task: 'B',
      lead: 'C',
      partners: 'D',
      result: 'E',
      deadline: 'F',
    });
    expect(table.tasks).toHaveLength(3);
  });

  it.each(['Cơ quan thực hiện', 'Cơ quan, đơn vị thực hiện', 'Đơn vị thực hiện chính'])(
    'reads a two-row header with "%s" merged over "Chủ trì" | "Phối hợp"',
    (parent) => {
      const { table, findings } = readOne(
        [
          ['TT', 'Nội dung nhiệm vụ', parent, null, 'Kết quả cần đạt', 'Thời hạn'],
          [null, null, 'Chủ trì', 'Phối hợp', null, null],
          ...TASKS,
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'] },
      );
      expect(table.headerRow).toBe(2);
      expect(table.columns).toEqual({
        stt: 'A',
        task: 'B',
        lead: 'C',
        partners: 'D',
        result: 'E',
        deadline: 'F',
      });
      expect(table.tasks.map((t) => t.row)).toEqual([3, 4, 5]);
      expect(table.tasks[0].lead).toEqual(['Sở Khoa học và Công nghệ']);
      expect(findings).toEqual([]);
    },
  );

  it('passes over title rows and a column-number row', () => {
    const { table } = readOne(
      [
        ['Phụ lục'],
        ['CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH'],
        ['(Kèm theo Kế hoạch số 548/KH-UBND ngày 04 tháng 3 năm 2026 của UBND tỉnh Cao Bằng)'],
        [],
        HEADER,
        [1, 2, 3, 4, 5, 6],
        ...TASKS,
      ],
      { merges: ['A1:F1', 'A2:F2', 'A3:F3'] },
    );
    expect(table.headerRow).toBe(5);
    expect(table.firstDataRow).toBe(7);
    expect(table.lastDataRow).toBe(9);
    expect(table.tasks.map((t) => t.stt)).toEqual(['1', '2', '3']);
  });
});

describe('group rows', () => {
  it('makes "I", "II" and merged headings into groups of the tasks below', () => {
    const { table } = readOne(
      [
        HEADER,
        ['I', 'NHÓM GIẢI PHÁP THỂ CHẾ, QUẢN TRỊ'],
        TASKS[0],
        TASKS[1],
        ['II', 'NHÓM GIẢI PHÁP ĐÀO TẠO'],
        TASKS[2],
        ['Nhiệm vụ khác (đề xuất thêm)'],
        ['4', 'Tổng kết thực hiện Kế hoạch', 'Sở Nội vụ', null, 'Báo cáo', '2030'],
      ],
      { merges: ['B2:F2', 'B5:F5', 'A7:F7'] },
    );
    expect(table.tasks.map((t) => [t.stt, t.group])).toEqual([
      ['1', 'I. NHÓM GIẢI PHÁP THỂ CHẾ, QUẢN TRỊ'],
      ['2', 'I. NHÓM GIẢI PHÁP THỂ CHẾ, QUẢN TRỊ'],
      ['3', 'II. NHÓM GIẢI PHÁP ĐÀO TẠO'],
      ['4', 'Nhiệm vụ khác (đề xuất thêm)'],
    ]);
    expect(table.firstDataRow).toBe(2);
  });

  it('keeps a heading that already carries its number, and a letter group', () => {
    const { table } = readOne([
      HEADER,
      ['A.', 'A. NHIỆM VỤ CHUNG'],
      TASKS[0],
      ['B', 'NHIỆM VỤ CỤ THỂ'],
      TASKS[1],
    ]);
    expect(table.tasks.map((t) => t.group)).toEqual(['A. NHIỆM VỤ CHUNG', 'B. NHIỆM VỤ CỤ THỂ']);
  });

  it('reads a lettered row with a lead and a deadline as a task', () => {
    const { table } = readOne([HEADER, ['A', 'Nhiệm vụ chung', 'Sở Nội vụ', null, null, 'Năm 2026']]);
    expect(table.tasks).toHaveLength(1);
    expect(table.tasks[0].stt).toBe('A');
  });
});

describe('merged cells', () => {
  it('gives a lead merged down over several tasks to each of them, at the merged cell', () => {
    const { table } = readOne([HEADER, TASKS[0], TASKS[1], TASKS[2]], { merges: ['C3:C4'] });
    expect(table.tasks.map((t) => t.lead)).toEqual([
      ['Sở Khoa học và Công nghệ'],
      ['Sở Nội vụ'],
      ['Sở Nội vụ'],
    ]);
    expect(table.tasks.map((t) => cellOf(table, t, 'lead'))).toEqual(['C2', 'C3', 'C3']);
  });

  it('gives an STT merged over sub-rows with their own tasks to each sub-row', () => {
    const { table } = readOne(
      [
        HEADER,
        ['1', 'Xây dựng cơ sở dữ liệu (phần tỉnh)', 'Sở Nội vụ', null, 'Cơ sở dữ liệu', 'Quý II/2026'],
        [
          null,
          'Xây dựng cơ sở dữ liệu (phần xã)',
          'UBND các xã, phường',
          null,
          'Cơ sở dữ liệu',
          'Quý III/2026',
        ],
        TASKS[1].map((c, i) => (i === 0 ? '2' : c)),
      ],
      { merges: ['A2:A3'] },
    );
    expect(table.tasks.map((t) => [t.row, t.stt, cellOf(table, t, 'stt')])).toEqual([
      [2, '1', 'A2'],
      [3, '1', 'A2'],
      [4, '2', 'A4'],
    ]);
  });

  it('reads a task merged down over sub-rows that each add one partner as one task', () => {
    const { table } = readOne(
      [
        HEADER,
        [
          '1',
          'Vận hành cơ sở dữ liệu trí thức',
          'Sở Khoa học và Công nghệ',
          'Sở Nội vụ',
          'Hệ thống dữ liệu',
          'Thường xuyên',
        ],
        [null, null, null, 'Văn phòng UBND tỉnh'],
        [null, null, null, 'Công an tỉnh'],
        [null, null, null, null],
        TASKS[1],
      ],
      { merges: ['A2:A5', 'B2:B5', 'C2:C5', 'E2:E5', 'F2:F5'] },
    );
    expect(table.tasks).toHaveLength(2);
    const [first, second] = table.tasks;
    expect(first.row).toBe(2);
    expect(first.partners).toEqual(['Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Công an tỉnh']);
    expect(first.raw.partners).toBe('Sở Nội vụ\nVăn phòng UBND tỉnh\nCông an tỉnh');
    expect(first.deadline?.kind).toBe('continuous');
    expect(second.row).toBe(6);
  });

  it('reads a horizontal merge once', () => {
    const { table } = readOne(
      [HEADER, ['1', 'Tổng kết', 'Sở Nội vụ', null, 'Báo cáo tổng kết', 'Năm 2030']],
      { merges: ['C2:D2'] },
    );
    expect(table.tasks[0].lead).toEqual(['Sở Nội vụ']);
    expect(table.tasks[0].partners).toEqual([]);
  });

  it('does not end a table at rows covered by a tall merged cell', () => {
    const { table } = readOne(
      [
        HEADER,
        ['1', 'Nhiệm vụ viết trên nhiều dòng', 'Sở Nội vụ', null, null, 'Năm 2026'],
        [],
        [],
        [],
        TASKS[1],
      ],
      { merges: ['B2:B5'] },
    );
    expect(table.tasks.map((t) => t.row)).toEqual([2, 6]);
  });
});

describe('where a table ends', () => {
  it('stops at the signature block and the list of recipients', () => {
    const { table } = readOne([
      HEADER,
      ...TASKS,
      ['Nơi nhận:', null, null, null, 'TM. ỦY BAN NHÂN DÂN'],
      ['- Như trên;', null, null, null, 'KT. CHỦ TỊCH'],
      ['- Lưu: VT.', null, null, null, 'PHÓ CHỦ TỊCH'],
    ]);
    expect(table.tasks).toHaveLength(3);
    expect(table.lastDataRow).toBe(4);
  });

  it('stops at the notes under the table, however long', () => {
    const { table, findings } = readOne([
      HEADER,
      ...TASKS,
      [
        'Ghi chú: các đơn vị gửi báo cáo về Sở Khoa học và Công nghệ trước ngày 15/12/2026 để tổng hợp, báo cáo UBND tỉnh theo quy định.',
      ],
      ['- Báo cáo gửi qua hệ thống quản lý văn bản.'],
    ]);
    expect(table.tasks).toHaveLength(3);
    expect(table.lastDataRow).toBe(4);
    expect(findings.filter((f) => f.code === 'E_TASK_EMPTY')).toEqual([]);
    // A remark in a task's own "Ghi chú" column, or a task named so without a colon, is no note under the table.
    const remark = readOne([
      [...HEADER, 'Ghi chú'],
      [...TASKS[0], null],
      [null, null, null, null, null, null, 'Lưu ý: lùi sang 2027'],
      ...TASKS.slice(1),
    ]);
    expect(remark.table.tasks.length).toBeGreaterThanOrEqual(3);
    // "Ghi chú" as a word inside a task is a task.
    const task = readOne([
      HEADER,
      ['1', 'Ghi chú các điểm mới của Luật', 'Sở Tư pháp', null, 'Tài liệu', 'Năm 2026'],
    ]);
    expect(task.table.tasks).toHaveLength(1);
  });

  it('stops after three empty rows and skips fewer', () => {
    const { tables } = readOne([
      HEADER,
      TASKS[0],
      [],
      TASKS[1],
      [],
      [],
      [],
      ['Ghi chú: số liệu tạm tính đến 30/11'],
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].tasks.map((t) => t.row)).toEqual([2, 4]);
  });

  it('finds two tables in one sheet', () => {
    const { tables } = readOne(
      [
        ['Phụ lục I'],
        HEADER,
        TASKS[0],
        TASKS[1],
        [],
        ['PHỤ LỤC II'],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời gian hoàn thành'],
        TASKS[2],
      ],
      { merges: ['A1:F1', 'A6:F6'] },
    );
    expect(tables.map((t) => [t.headerRow, t.firstDataRow, t.lastDataRow, t.tasks.length])).toEqual([
      [2, 3, 4, 2],
      [7, 8, 8, 1],
    ]);
  });

  it('reads on through a header repeated at a page break', () => {
    const { tables } = readOne([
      HEADER,
      [1, 2, 3, 4, 5, 6],
      TASKS[0],
      TASKS[1],
      HEADER,
      [1, 2, 3, 4, 5, 6],
      TASKS[2],
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].tasks.map((t) => [t.row, t.stt])).toEqual([
      [3, '1'],
      [4, '2'],
      [7, '3'],
    ]);
  });

  it('starts a new table at a header with other columns', () => {
    const { tables } = readOne([
      HEADER,
      TASKS[0],
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'],
      ['1', 'Tổng kết', 'Sở Nội vụ', 'Năm 2030'],
    ]);
    expect(tables.map((t) => [t.headerRow, t.tasks.length])).toEqual([
      [1, 1],
      [3, 1],
    ]);
  });
});

describe('reports', () => {
  it('is a report when a status column exists', () => {
    const { table, findings } = readOne([
      [...HEADER, 'Mức độ hoàn thành', 'Kết quả thực hiện', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị'],
      [...TASKS[0], 'Đã hoàn thành', 'Kế hoạch số 12/KH-UBND đã ban hành', null, null],
      [...TASKS[1], 'Đang thực hiện', 'Đang thu thập dữ liệu', 'Thiếu kinh phí', 'Bổ sung kinh phí'],
    ]);
    expect(table.kind).toBe('report');
    expect(table.columns).toMatchObject({ status: 'G', outcome: 'H', issues: 'I', proposals: 'J' });
    expect(table.tasks.map((t) => [t.status, t.outcome])).toEqual([
      ['DONE_ON_TIME', 'Kế hoạch số 12/KH-UBND đã ban hành'],
      ['IN_PROGRESS', 'Đang thu thập dữ liệu'],
    ]);
    expect(table.tasks[1].raw.issues).toBe('Thiếu kinh phí');
    expect(findings).toEqual([]);
  });

  it('reads "Tiến độ" as the status when its cells are statuses and as the deadline otherwise', () => {
    const report = readOne([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tiến độ', 'Kết quả đạt được'],
      ['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Quý I/2026', 'Hoàn thành', 'Đã ban hành'],
      ['2', 'Xây dựng dữ liệu', 'Sở Nội vụ', 'Quý II/2026', 'Đang triển khai', null],
    ]).table;
    expect(report.kind).toBe('report');
    // In a report "Kết quả đạt được" is what was achieved: the outcome.
    expect(report.columns).toMatchObject({ deadline: 'D', status: 'E', outcome: 'F' });
    expect(report.tasks[0].outcome).toBe('Đã ban hành');

    const plan = readOne([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Kết quả đạt được', 'Tiến độ'],
      ['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Kế hoạch', 'Quý I/2026'],
    ]).table;
    expect(plan.kind).toBe('plan');
    expect(plan.columns).toMatchObject({ result: 'D', deadline: 'E' });
    expect(plan.tasks[0].deadline?.due).toBe('2026-03-31');
  });

  it('reads a plan\'s "Tiến độ" of "Thường xuyên" as its deadline, a word both a deadline and a status', () => {
    const { table, findings } = readOne([
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả cần đạt', 'Tiến độ'],
      ['1', 'Tuyên truyền', 'Sở Nội vụ', 'Sở Tư pháp', 'Tin bài', 'Thường xuyên'],
      ['2', 'Kiểm tra', 'Sở Nội vụ', 'Sở Tư pháp', 'Báo cáo', 'Thực hiện thường xuyên'],
      ['3', 'Sơ kết', 'Sở Nội vụ', 'Sở Tư pháp', 'Báo cáo', 'Quý II/2026'],
    ]);
    expect(table.kind).toBe('plan');
    expect(table.columns).toMatchObject({ deadline: 'F' });
    expect(table.tasks.map((t) => t.deadline?.kind)).toEqual(['continuous', 'continuous', 'period']);
    expect(findings.filter((f) => f.code === 'E_COLUMN_MISSING')).toEqual([]);
  });

  it('reads "Tiến độ thực hiện" the same way: a plan\'s schedule or a report\'s status', () => {
    const plan = readOne([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Sản phẩm', 'Tiến độ thực hiện'],
      ['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Kế hoạch', 'Quý I/2026'],
      ['2', 'Xây dựng dữ liệu', 'Sở Nội vụ', 'Cơ sở dữ liệu', 'Năm 2027'],
    ]);
    expect(plan.table.kind).toBe('plan');
    expect(plan.table.tasks.map((t) => t.deadline?.due)).toEqual(['2026-03-31', '2027-12-31']);
    expect(plan.findings).toEqual([]);

    const report = readOne([
      ['STT', 'Nhiệm vụ', 'Tiến độ thực hiện', 'Kết quả thực hiện'],
      ['1', 'Ban hành Kế hoạch', 'Đã hoàn thành', 'Kế hoạch số 45/KH-UBND'],
      ['2', 'Xây dựng dữ liệu', 'Đang thực hiện', 'Đang thu thập'],
    ]).table;
    expect(report.kind).toBe('report');
    expect(report.tasks.map((t) => t.status)).toEqual(['DONE_ON_TIME', 'IN_PROGRESS']);
  });

  it('reads "Tình hình thực hiện" as the status when its cells are status words, and the "Kết quả" after it as the outcome', () => {
    const report = readOne([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình hình thực hiện', 'Kết quả'],
      ['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Quý I/2026', 'Hoàn thành', 'Kế hoạch số 45/KH-UBND'],
      ['2', 'Xây dựng dữ liệu', 'Sở Nội vụ', 'Quý II/2026', 'Đang thực hiện', null],
      [],
      // The signatures under a short table are not status words of its column.
      [null, null, null, null, 'NGƯỜI LẬP BIỂU', 'GIÁM ĐỐC'],
      [],
      [null, null, null, null, 'Nguyễn Văn An', 'Trần Văn Bình'],
    ]).table;
    expect(report.kind).toBe('report');
    expect(report.columns).toMatchObject({ status: 'E', outcome: 'F' });
    expect(report.tasks.map((t) => [t.status, t.outcome])).toEqual([
      ['DONE_ON_TIME', 'Kế hoạch số 45/KH-UBND'],
      ['IN_PROGRESS', null],
    ]);

    // Holding what was done, it is the outcome; and beside a column named the status, it stays the outcome.
    const told = readOne([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình hình thực hiện'],
      [
        '1',
        'Ban hành Kế hoạch',
        'Sở Nội vụ',
        'Quý I/2026',
        'Đã ban hành Kế hoạch số 45/KH-UBND ngày 10/3/2026',
      ],
    ]).table;
    expect(told.columns).toMatchObject({ outcome: 'E' });
    const named = readOne([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tình hình thực hiện', 'Mức độ hoàn thành'],
      ['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Quý I/2026', 'Hoàn thành', 'Đã hoàn thành'],
    ]).table;
    expect(named.columns).toMatchObject({ outcome: 'E', status: 'F' });
    // So it stays beside a "Tiến độ" read as the status.
    const read = readOne([
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Tiến độ', 'Tình hình thực hiện'],
      ['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Hoàn thành', 'Đã ban hành'],
      ['2', 'Xây dựng dữ liệu', 'Sở Nội vụ', 'Đang thực hiện', 'Đã triển khai'],
      ['3', 'Tập huấn', 'Sở Nội vụ', 'Hoàn thành', 'Hoàn thành'],
    ]);
    expect(read.table.columns).toMatchObject({ status: 'D', outcome: 'E' });
    expect(read.findings.filter((f) => f.code === 'W_COLUMN_DUPLICATE')).toEqual([]);
  });

  it('reads a one-row report with a column-number row', () => {
    const { table } = readOne([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Kết quả thực hiện', 'Tiến độ'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Chưa ban hành', 'Quá hạn'],
    ]);
    expect(table.kind).toBe('report');
    expect(table.columns.status).toBe('E');
    expect(table.tasks[0].status).toBe('IN_PROGRESS_LATE');
  });

  it('reads an empty "Tiến độ" beside a deadline column as the status to fill in', () => {
    const { table } = readOne([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tiến độ'],
      ['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Quý I/2026'],
    ]);
    expect(table.kind).toBe('report');
    expect(table.tasks[0].status).toBeNull();
  });

  it('reads the hidden task id column', () => {
    const { table } = readOne([
      [...HEADER, 'Mã nhiệm vụ'],
      [...TASKS[0], 'nv-7f3a'],
    ]);
    expect(table.columns.taskId).toBe('G');
    expect(table.tasks[0].taskId).toBe('nv-7f3a');
  });
});

describe('cells', () => {
  it('keeps a cell as stored where the reading changed it, for the text rules and fixes, and only there', () => {
    const { table } = readOne([
      HEADER,
      ['1', 'Tổng  kết', 'Sở Nội vụ'.normalize('NFD'), 'Sở Y tế', null, 'Quý I/2026'],
    ]);
    const [row] = table.tasks;
    expect(row.source).toEqual({
      task: { text: 'Tổng  kết', encoding: null },
      lead: { text: 'Sở Nội vụ'.normalize('NFD'), encoding: null },
    });
    // Read exactly as stored: the raw text is the cell.
    expect(row.raw).toMatchObject({ partners: 'Sở Y tế', deadline: 'Quý I/2026' });
  });

  it('reads a deadline stored as a date serial and text pasted in NFD', () => {
    const date: SheetCell = { value: 46366, format: 'dd/mm/yyyy' };
    const { table } = readOne([
      HEADER,
      ['1', 'Tổng kết'.normalize('NFD'), 'Sở Nội vụ'.normalize('NFD'), null, null, date],
    ]);
    const [row] = table.tasks;
    expect(row.task).toBe('Tổng kết');
    expect(row.lead).toEqual(['Sở Nội vụ']);
    expect(row.deadline).toMatchObject({ kind: 'date', due: '2026-12-10', text: '10/12/2026' });
    expect(row.raw.deadline).toBe('10/12/2026');
    expect(row.source.task?.text).toBe('Tổng kết'.normalize('NFD'));
    const fields = ['stt', 'task', 'lead', 'partners', 'result', 'deadline'] as const;
    expect(fields.map((f) => cellOf(table, row, f))).toEqual(['A2', 'B2', 'C2', 'D2', 'E2', 'F2']);
    // Every cell on the task's own row: nothing kept beyond the row number.
    expect(row.cellRows).toBeUndefined();
  });

  it('keeps an unknown agency as cleaned text and joins a task written over lines', () => {
    const { table } = readOne([
      HEADER,
      ['1', 'Xây dựng\n  cơ sở dữ liệu ', 'Ban  Quản lý dự án Sông Đà', null, null, 'Năm 2026'],
    ]);
    expect(table.tasks[0].task).toBe('Xây dựng cơ sở dữ liệu');
    expect(table.tasks[0].raw.task).toBe('Xây dựng\ncơ sở dữ liệu');
    expect(table.tasks[0].lead).toEqual(['Ban Quản lý dự án Sông Đà']);
  });

  it('gives empty fields empty values but still their cell addresses', () => {
    const { table } = readOne([HEADER, ['1', 'Tổng kết', null, null, null, null]]);
    const [row] = table.tasks;
    expect(row).toMatchObject({
      lead: [],
      partners: [],
      result: '',
      deadline: null,
      status: null,
      outcome: null,
    });
    expect(cellOf(table, row, 'lead')).toBe('C2');
    expect(row.raw.lead).toBeUndefined();
  });
});

describe('table findings', () => {
  it('reports E_TABLE_NOT_FOUND once when no sheet has a table', () => {
    const wb = workbookOf(
      sheetFrom([['Báo cáo tình hình thực hiện'], ['Nội dung', 'Ghi chú']], { name: 'Trang 1' }),
      sheetFrom([], { name: 'Trang 2' }),
    );
    const { tables, findings } = readWorkbookTables(wb, registry);
    expect(tables).toEqual([]);
    expect(findings).toEqual([
      {
        code: 'E_TABLE_NOT_FOUND',
        severity: 'error',
        sheet: null,
        cell: null,
        row: null,
        field: null,
        messageId: 'finding.E_TABLE_NOT_FOUND',
        data: {},
      },
    ]);
  });

  it('reports a table with no task rows under its header, once, at the header', () => {
    const { tables, findings } = readOne([
      ['Báo cáo kết quả thực hiện năm 2026'],
      HEADER,
      [1, 2, 3, 4, 5, 6],
    ]);
    expect(tables).toHaveLength(1);
    expect(findings.map((f) => [f.code, f.row, f.messageId])).toEqual([
      ['E_TABLE_NOT_FOUND', 2, 'finding.E_TABLE_NOT_FOUND.empty'],
    ]);
  });

  it('reports E_COLUMN_MISSING for a missing deadline column and still reads the tasks', () => {
    const { table, findings } = readOne([HEADER.slice(0, 5), ...TASKS.map((r) => r.slice(0, 5))]);
    expect(table.tasks).toHaveLength(3);
    expect(findings).toEqual([
      {
        code: 'E_COLUMN_MISSING',
        severity: 'error',
        sheet: 'Phụ lục',
        cell: null,
        row: 1,
        field: 'deadline',
        messageId: 'finding.E_COLUMN_MISSING',
        data: { column: { ref: 'field.deadline' } },
      },
    ]);
  });

  it('reports E_COLUMN_MISSING for a missing lead column and still reads the tasks, partners and deadlines', () => {
    const noLead = [0, 1, 3, 4, 5];
    const { table, findings } = readOne([HEADER, ...TASKS].map((r) => noLead.map((c) => r[c])));
    expect(findings.map((f) => [f.code, f.field, f.row])).toEqual([['E_COLUMN_MISSING', 'lead', 1]]);
    expect(table.tasks.map((t) => [t.task, t.partners, t.deadline?.text])).toEqual(
      TASKS.map((r) => [r[1], expect.any(Array), r[5]]),
    );
    expect(table.tasks[1].partners).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('requires the result column in a plan only', () => {
    const plan = readOne([
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'],
      ['1', 'Tổng kết', 'Sở Nội vụ', 'Năm 2030'],
    ]);
    expect(plan.findings.map((f) => [f.code, f.field])).toEqual([['E_COLUMN_MISSING', 'result']]);
    const report = readOne([
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tình trạng'],
      ['1', 'Tổng kết', 'Sở Nội vụ', 'Năm 2030', 'Chưa thực hiện'],
    ]);
    expect(report.findings).toEqual([]);
  });

  it('requires the STT column in a plan only (DOMAIN §2), and still reads the tasks', () => {
    const plan = readOne([
      ['Nhiệm vụ', 'Chủ trì', 'Kết quả', 'Thời hạn'],
      ['Tổng kết', 'Sở Nội vụ', 'Báo cáo', 'Năm 2030'],
    ]);
    expect(plan.findings.map((f) => [f.code, f.field])).toEqual([['E_COLUMN_MISSING', 'stt']]);
    expect(plan.table.tasks).toHaveLength(1);
    const report = readOne([
      ['Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tình trạng'],
      ['Tổng kết', 'Sở Nội vụ', 'Năm 2030', 'Chưa thực hiện'],
    ]);
    expect(report.findings).toEqual([]);
  });

  it('reports W_COLUMN_DUPLICATE and keeps the first column', () => {
    const { table, findings } = readOne([
      [...HEADER, 'Thời hạn'],
      [...TASKS[0], 'Quý IV/2026'],
    ]);
    expect(table.columns.deadline).toBe('F');
    expect(table.tasks[0].deadline?.text).toBe('Quý I/2026');
    expect(findings).toEqual([
      {
        code: 'W_COLUMN_DUPLICATE',
        severity: 'warning',
        sheet: 'Phụ lục',
        cell: 'G1',
        row: 1,
        field: 'deadline',
        messageId: 'finding.W_COLUMN_DUPLICATE',
        data: { first: 'F', second: 'G', column: { ref: 'field.deadline' } },
      },
    ]);
  });
});

describe('sheets of a workbook', () => {
  const table = (name: string, opts: { hidden?: boolean } = {}) =>
    sheetFrom([HEADER, TASKS[0]], { name, ...opts });

  it('reads every visible sheet and skips hidden ones and the metadata sheet', () => {
    const wb = workbookOf(
      table('Sở Nội vụ'),
      table('Ẩn', { hidden: true }),
      table('_phuluc'),
      table('Sở Y tế'),
    );
    expect(readWorkbookTables(wb, registry).tables.map((t) => t.sheet)).toEqual(['Sở Nội vụ', 'Sở Y tế']);
  });

  it('reads a hidden sheet when it holds the only table', () => {
    const wb = workbookOf(
      sheetFrom([['Hướng dẫn điền báo cáo']], { name: 'Hướng dẫn' }),
      table('Dữ liệu', { hidden: true }),
    );
    expect(readWorkbookTables(wb, registry).tables.map((t) => t.sheet)).toEqual(['Dữ liệu']);
  });

  it('never reads the metadata sheet, even alone', () => {
    const { tables, findings } = readWorkbookTables(workbookOf(table('_phuluc')), registry);
    expect(tables).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['E_TABLE_NOT_FOUND']);
  });

  it('gives findTables the column findings of each table', () => {
    const found = findTables(sheetFrom([HEADER.slice(0, 5), TASKS[0].slice(0, 5)]), registry);
    expect(found).toHaveLength(1);
    expect(found[0].findings.map((f) => f.code)).toEqual(['E_COLUMN_MISSING']);
  });
});

describe('a short report table', () => {
  it('STT / task / status / outcome is found as a report', () => {
    const sheet = sheetFrom([
      ['STT', 'Nội dung nhiệm vụ', 'Mức độ hoàn thành', 'Kết quả thực hiện'],
      ['1', 'Ban hành Kế hoạch', 'Đã hoàn thành', 'Kế hoạch số 12/KH-UBND'],
    ]);
    const { tables } = readWorkbookTables(workbookOf(sheet), registry);
    expect(tables).toHaveLength(1);
    expect(tables[0].kind).toBe('report');
    expect(tables[0].tasks[0]).toMatchObject({ task: 'Ban hành Kế hoạch', status: 'DONE_ON_TIME' });
  });

  it('STT / task / outcome, without a status, is a report whose missing status column is said once', () => {
    const { table, findings } = readOne([
      ['STT', 'Nội dung nhiệm vụ', 'Kết quả thực hiện'],
      ['1', 'Ban hành Kế hoạch thực hiện', 'Đã ban hành Kế hoạch số 12/KH-UBND'],
      ['2', 'Xây dựng cơ sở dữ liệu trí thức', 'Đang thu thập dữ liệu'],
    ]);
    expect(table.kind).toBe('report');
    expect(table.tasks.map((t) => [t.task, t.status, t.outcome])).toEqual([
      ['Ban hành Kế hoạch thực hiện', null, 'Đã ban hành Kế hoạch số 12/KH-UBND'],
      ['Xây dựng cơ sở dữ liệu trí thức', null, 'Đang thu thập dữ liệu'],
    ]);
    expect(findings.filter((f) => f.field === 'status').map((f) => [f.code, f.row])).toEqual([
      ['E_COLUMN_MISSING', 1],
    ]);
  });

  it('a two-column list of a task and a result is still no table', () => {
    const { tables } = readOne([
      ['STT', 'Nội dung'],
      ['1', 'Ban hành Kế hoạch thực hiện'],
    ]);
    expect(tables).toEqual([]);
  });
});

describe('rows around the tasks', () => {
  const tasksOf = (rows: CellInput[][], opts: Parameters<typeof sheetFrom>[1] = {}) => {
    const { tables, findings } = readOne(rows, opts);
    return { tasks: tables.flatMap((t) => t.tasks), findings };
  };

  it('reads on past a wide gap when tasks follow, and stops at one when free text does', () => {
    const gap = tasksOf([HEADER, TASKS[0], [], [], [], [], TASKS[1], TASKS[2]]);
    expect(gap.tasks.map((t) => t.stt)).toEqual(['1', '2', '3']);
    const text = tasksOf([HEADER, TASKS[0], [], [], [], ['Các cơ quan gửi báo cáo đúng thời hạn quy định']]);
    expect(text.tasks.map((t) => t.stt)).toEqual(['1']);
    expect(text.findings).toEqual([]);
  });

  it('joins a row that only carries on the task above (a table converted from Word or PDF) to that task', () => {
    const { tasks, findings } = tasksOf([
      HEADER,
      [
        '1',
        'Ban hành Kế hoạch thực hiện Đề án',
        'Sở Khoa học và Công nghệ',
        'Sở Nội vụ,',
        'Kế hoạch',
        'Quý I/2026',
      ],
      [null, 'phát triển đội ngũ trí thức', null, 'Sở Tài chính', null, null],
      [null, null, null, 'UBND các xã, phường', null, null],
      TASKS[1],
    ]);
    expect(tasks.map((t) => t.task)).toEqual([
      'Ban hành Kế hoạch thực hiện Đề án phát triển đội ngũ trí thức',
      TASKS[1][1],
    ]);
    expect(tasks[0].partners).toEqual(expect.arrayContaining(['Sở Nội vụ', 'Sở Tài chính']));
    expect(findings.filter((f) => f.code !== 'W_AGENCY_UNKNOWN')).toEqual([]);
  });

  it('keeps a row without a number where the numbering skips one as that task, with what it lacks', () => {
    const { tasks } = tasksOf([
      HEADER,
      TASKS[0],
      [null, 'Tổng kết 5 năm thực hiện', null, null, null, null],
      TASKS[2],
    ]);
    expect(tasks.map((t) => t.task)).toEqual([TASKS[0][1], 'Tổng kết 5 năm thực hiện', TASKS[2][1]]);
    expect(tasks[1]).toMatchObject({ row: 3, lead: [], deadline: null });
  });

  it('reads a numbered row over "1.1", "1.2" as the heading of its tasks', () => {
    const { tasks } = tasksOf([
      HEADER,
      ['1', 'Nhóm nhiệm vụ về thể chế'],
      ['1.1', ...TASKS[0].slice(1)],
      ['1.2', ...TASKS[1].slice(1)],
      ['2', 'Nhóm nhiệm vụ về dữ liệu'],
      ['2.1', ...TASKS[2].slice(1)],
    ]);
    expect(tasks.map((t) => [t.stt, t.group])).toEqual([
      ['1.1', '1. Nhóm nhiệm vụ về thể chế'],
      ['1.2', '1. Nhóm nhiệm vụ về thể chế'],
      ['2.1', '2. Nhóm nhiệm vụ về dữ liệu'],
    ]);
  });

  it('reads a number merged over a parent row and its "a)", "b)" tasks as their heading', () => {
    const { tasks, findings } = tasksOf(
      [
        HEADER,
        ['1', 'Tổ chức tuyên truyền về đội ngũ trí thức', null, null, null, null],
        [null, 'a) Xây dựng chuyên mục trên báo, đài', 'Sở Nội vụ', null, 'Chuyên mục', 'Hằng năm'],
        [null, 'b) Tổ chức hội nghị tôn vinh trí thức', 'Sở Nội vụ', null, 'Hội nghị', 'Năm 2027'],
        ['2', ...TASKS[1].slice(1)],
      ],
      { merges: ['A2:A4'] },
    );
    expect(tasks.map((t) => [t.task, t.group])).toEqual([
      ['a) Xây dựng chuyên mục trên báo, đài', '1. Tổ chức tuyên truyền về đội ngũ trí thức'],
      ['b) Tổ chức hội nghị tôn vinh trí thức', '1. Tổ chức tuyên truyền về đội ngũ trí thức'],
      [TASKS[1][1], null],
    ]);
    expect(findings.filter((f) => f.code === 'E_LEAD_EMPTY' || f.code === 'E_DEADLINE_EMPTY')).toEqual([]);
  });

  it('reads an unnumbered row over numbered tasks as their heading', () => {
    const { tasks } = tasksOf([
      HEADER,
      [null, 'Nhóm 1: Thể chế, chính sách'],
      TASKS[0],
      TASKS[1],
      [null, 'Nhóm 2: Dữ liệu'],
      TASKS[2],
    ]);
    expect(tasks.map((t) => [t.stt, t.group])).toEqual([
      ['1', 'Nhóm 1: Thể chế, chính sách'],
      ['2', 'Nhóm 1: Thể chế, chính sách'],
      ['3', 'Nhóm 2: Dữ liệu'],
    ]);
  });

  it('ends the table at a total, a note after a mark, and the title of the next appendix', () => {
    for (const footer of [
      [null, 'Tổng cộng: 3 nhiệm vụ'],
      ['*', 'Ghi chú: Thời hạn tính đến 31/12 hằng năm'],
      ['Phụ lục II'],
    ]) {
      const { tables, findings } = readOne([HEADER, ...TASKS, footer, ['Nội dung bổ sung', 'Sở Nội vụ']]);
      expect(tables[0].tasks).toHaveLength(3);
      expect(findings).toEqual([]);
    }
  });

  it('keeps "Kết quả thực hiện" beside the plan\'s columns as what the agency did, whatever its words', () => {
    // An agency copies the plan's columns and adds its own: its outcomes are never taken for the plan's results.
    const header = [
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời hạn hoàn thành',
      'Kết quả thực hiện',
    ];
    const outcomes = ['Hoàn thành, ban hành KH số 45/KH-UBND', 'Tổ chức 2/4 lớp tập huấn', 'Chưa thực hiện'];
    const { table } = readOne([header, ...TASKS.map((r, i) => [r[0], r[1], r[2], r[5], outcomes[i]])]);
    expect(table.columns).toMatchObject({ outcome: 'E' });
    expect(table.tasks.map((t) => t.outcome)).toEqual(outcomes);
  });
});

describe('partners split by level', () => {
  it('reads "Cơ quan phối hợp cấp tỉnh" and "… cấp xã" as the partners both, with no duplicate column', () => {
    const { table, findings } = readOne([
      [...HEADER.slice(0, 3), 'Cơ quan phối hợp cấp tỉnh', 'Cơ quan phối hợp cấp xã', ...HEADER.slice(4)],
      [
        '1',
        'Ban hành Kế hoạch',
        'Sở Nội vụ',
        'Sở Tài chính',
        'UBND các xã, phường',
        'Kế hoạch',
        'Quý I/2026',
      ],
    ]);
    expect(table.tasks[0].partners).toEqual(['Sở Tài chính', 'UBND các xã, phường']);
    expect(findings.filter((f) => f.code === 'W_COLUMN_DUPLICATE')).toEqual([]);
  });
});

describe('a group heading right under the header', () => {
  it('is the first group, not a second header row, even when it reads like a column name', () => {
    const { table } = readOne(
      [HEADER, ['NHIỆM VỤ CHUNG'], ...TASKS.slice(0, 2), ['NHIỆM VỤ CỤ THỂ'], TASKS[2]],
      {
        merges: ['A2:F2', 'A5:F5'],
      },
    );
    expect(table.headerRow).toBe(1);
    expect(table.tasks.map((t) => [t.stt, t.group])).toEqual([
      ['1', 'NHIỆM VỤ CHUNG'],
      ['2', 'NHIỆM VỤ CHUNG'],
      ['3', 'NHIỆM VỤ CỤ THỂ'],
    ]);
  });
});

describe('what a reviewer found the row rules must not do', () => {
  const tasksOf = (rows: CellInput[][]) => readOne(rows).tables.flatMap((t) => t.tasks);

  it('passes over a subtotal under a group and a note between tasks, reading the tasks after them', () => {
    const tasks = tasksOf([
      HEADER,
      ['I', 'NHÓM MỘT'],
      TASKS[0],
      [null, 'Cộng: 1 nhiệm vụ'],
      ['II', 'NHÓM HAI'],
      TASKS[1],
      ['*', 'Lưu ý: nhiệm vụ dưới đây lùi sang năm 2027'],
      TASKS[2],
    ]);
    expect(tasks.map((t) => t.stt)).toEqual(['1', '2', '3']);
  });

  it('makes no heading of a wrapped line starting with a capital, nor of a numbered row whose lead is on the next line', () => {
    const wrapped = tasksOf([
      HEADER,
      TASKS[0],
      [null, 'Nghị quyết số 57-NQ/TW của Bộ Chính trị'],
      TASKS[1],
      TASKS[2],
    ]);
    expect(wrapped.every((t) => t.group === null)).toBe(true);
    const centred = tasksOf([
      HEADER,
      ['1', 'Xây dựng cơ sở dữ liệu cán bộ,'],
      [null, 'công chức, viên chức', 'Sở Nội vụ', null, 'Cơ sở dữ liệu', 'Quý II/2026'],
      TASKS[1],
    ]);
    expect(centred.map((t) => [t.stt, t.group])).not.toContainEqual(['1', expect.anything()]);
    expect(centred.every((t) => t.group === null)).toBe(true);
  });

  it('keeps a task typed in lower case in an unnumbered list, and after a finished sentence', () => {
    const unnumbered = tasksOf([
      HEADER,
      [null, 'Ban hành Kế hoạch', 'Sở Nội vụ', null, 'Kế hoạch', 'Quý I/2026'],
      [null, 'rà soát, đánh giá đội ngũ', null, 'Sở Tài chính', 'Báo cáo', null],
    ]);
    expect(unnumbered.map((t) => t.task)).toEqual(['Ban hành Kế hoạch', 'rà soát, đánh giá đội ngũ']);
    const ended = tasksOf([
      HEADER,
      ['1', 'Ban hành Kế hoạch.', 'Sở Nội vụ'],
      [null, 'eCabinet: triển khai phòng họp không giấy'],
    ]);
    expect(ended).toHaveLength(2);
  });

  it('ends at a gap when the rows below number themselves from 1 again (another list)', () => {
    const tasks = tasksOf([
      HEADER,
      ...TASKS,
      [],
      [],
      [],
      ['1', 'Dự án A', 'Sở Xây dựng', null, null, 'Năm 2027'],
    ]);
    expect(tasks.map((t) => t.stt)).toEqual(['1', '2', '3']);
  });
});
