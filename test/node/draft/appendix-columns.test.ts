/**
 * Appendix tables inside a plan whose columns are named or numbered in ways
 * the report layout also uses: what the drafted workbook must keep.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../scripts/run-cli';
import { buildDocx } from './docx-builder';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-draft-cols-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TITLE = ['ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN', 'KẾ HOẠCH', '', 'Phụ lục', 'CÁC NHIỆM VỤ TRIỂN KHAI', ''];

async function draftText(name: string, rows: string[][]) {
  const input = path.join(dir, name);
  fs.writeFileSync(input, [...TITLE, ...rows.map((r) => r.join('\t'))].join('\n'));
  const run = await runCli(['draft', input, '--out', path.join(dir, `${name}.xlsx`), '--json'], dir);
  return JSON.parse(run.stdout);
}

const ROW_1 = [
  '1',
  'Ban hành Kế hoạch',
  'Sở Khoa học và Công nghệ',
  'Sở Nội vụ',
  'Kế hoạch được ban hành',
  'Quý I/2026',
];
const ROW_2 = [
  '2',
  'Xây dựng chính sách thu hút',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Nghị quyết của HĐND tỉnh',
  'Tháng 7/2026',
];

describe('phuluc draft: a plan whose result column is headed "Kết quả thực hiện"', () => {
  it.each(['Kết quả thực hiện', 'Kết quả thực hiện/sản phẩm'])(
    'keeps "%s" as the expected result when the plan has no other result column',
    async (header) => {
      const doc = await draftText(`kq-${header.length}.txt`, [
        ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', header, 'Thời gian hoàn thành'],
        ROW_1,
        ROW_2,
      ]);
      const tasks = doc.files[0].tables[0].tasks;
      expect(tasks.map((t: { result: string }) => t.result)).toEqual([
        'Kế hoạch được ban hành',
        'Nghị quyết của HĐND tỉnh',
      ]);
      expect(doc.files[0].issues.filter((i: { code: string }) => i.code === 'W_RESULT_EMPTY')).toEqual([]);
    },
  );

  it('takes the "Kết quả/sản phẩm" column when the plan also has an empty "Kết quả thực hiện" one', async () => {
    const doc = await draftText('kq-both.txt', [
      [
        'STT',
        'Nội dung nhiệm vụ',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Kết quả thực hiện',
        'Kết quả/sản phẩm',
        'Thời gian hoàn thành',
      ],
      [...ROW_1.slice(0, 4), '', ...ROW_1.slice(4)],
      [...ROW_2.slice(0, 4), '', ...ROW_2.slice(4)],
    ]);
    const tasks = doc.files[0].tables[0].tasks;
    expect(tasks.map((t: { result: string }) => t.result)).toEqual([
      'Kế hoạch được ban hành',
      'Nghị quyết của HĐND tỉnh',
    ]);
  });
});

describe('phuluc draft: sub-tasks the table leaves unnumbered', () => {
  it('numbers "a)", "b)" rows with their letter, so the drafted numbering raises no warning', async () => {
    const header = [
      'TT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Kết quả cần đạt',
      'Thời hạn',
    ];
    const docx = buildDocx([
      { runs: [{ text: 'Phụ lục' }] },
      {
        kind: 'table',
        rows: [
          header,
          ['1', 'Đào tạo, bồi dưỡng trí thức', 'Sở Nội vụ', 'Sở Tài chính', 'Kế hoạch', 'Năm 2026'],
          ['', 'a) Đào tạo trong nước', 'Sở Nội vụ', 'Sở Tài chính', 'Lớp học', 'Năm 2026'],
          ['', 'b) Đào tạo ngoài nước', 'Sở Nội vụ', 'Sở Tài chính', 'Lớp học', 'Năm 2027'],
          ['2', 'Tổ chức hội nghị', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ', 'Hội nghị', 'Hằng năm'],
        ],
      },
    ]);
    const input = path.join(dir, 'subtasks.docx');
    fs.writeFileSync(input, docx);
    const run = await runCli(['draft', input, '--out', path.join(dir, 'subtasks.xlsx'), '--json'], dir);
    const doc = JSON.parse(run.stdout);
    const tasks = doc.files[0].tables[0].tasks;
    expect(tasks.map((t: { stt: string; task: string }) => [t.stt, t.task])).toEqual([
      ['1', 'Đào tạo, bồi dưỡng trí thức'],
      ['a', 'a) Đào tạo trong nước'],
      ['b', 'b) Đào tạo ngoài nước'],
      ['2', 'Tổ chức hội nghị'],
    ]);
    expect(doc.files[0].issues).toEqual([]);
    expect(run.code).toBe(0);
  });
});

const HEADER = [
  'TT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Kết quả cần đạt',
  'Thời hạn',
];
const task = (n: number, text: string, lead: string) => [
  String(n),
  text,
  lead,
  'Sở Tài chính',
  `Sản phẩm ${n}`,
  'Năm 2027',
];

async function draftDocx(name: string, docx: Uint8Array) {
  const input = path.join(dir, name);
  fs.writeFileSync(input, docx);
  const run = await runCli(['draft', input, '--out', path.join(dir, `${name}.xlsx`), '--json'], dir);
  return { run, doc: JSON.parse(run.stdout) };
}

describe('phuluc draft: an appendix over several Word tables', () => {
  it('reads a table split at a page break, its second part without the header, as one table', async () => {
    const { run, doc } = await draftDocx(
      'split.docx',
      buildDocx([
        { runs: [{ text: 'Phụ lục' }] },
        {
          kind: 'table',
          rows: [HEADER, task(1, 'Nhiệm vụ một', 'Sở Nội vụ'), task(2, 'Nhiệm vụ hai', 'Sở Y tế')],
        },
        {
          kind: 'table',
          rows: [task(3, 'Nhiệm vụ ba', 'Sở Xây dựng'), task(4, 'Nhiệm vụ bốn', 'Sở Tư pháp')],
        },
      ]),
    );
    const tasks = doc.files[0].tables[0].tasks;
    expect(tasks.map((t: { stt: string; task: string; lead: string[] }) => [t.stt, t.task, t.lead])).toEqual([
      ['1', 'Nhiệm vụ một', ['Sở Nội vụ']],
      ['2', 'Nhiệm vụ hai', ['Sở Y tế']],
      ['3', 'Nhiệm vụ ba', ['Sở Xây dựng']],
      ['4', 'Nhiệm vụ bốn', ['Sở Tư pháp']],
    ]);
    // Each row says where it is in the document: the continued table's rows are its own first and second.
    expect(tasks.map((t: { source: { paragraph: number } }) => t.source.paragraph)).toEqual([2, 3, 1, 2]);
    expect(doc.files[0].issues).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('keeps two appendices that each number from 1 apart, as groups headed by their titles', async () => {
    const { doc } = await draftDocx(
      'two.docx',
      buildDocx([
        { runs: [{ text: 'Phụ lục I' }] },
        { runs: [{ text: 'NHIỆM VỤ NĂM 2026' }] },
        {
          kind: 'table',
          rows: [HEADER, task(1, 'Nhiệm vụ một', 'Sở Nội vụ'), task(2, 'Nhiệm vụ hai', 'Sở Y tế')],
        },
        { runs: [{ text: 'Phụ lục II' }] },
        { runs: [{ text: 'NHIỆM VỤ GIAI ĐOẠN 2027-2030' }] },
        { kind: 'table', rows: [HEADER, task(1, 'Nhiệm vụ ba', 'Sở Xây dựng')] },
      ]),
    );
    const tasks = doc.files[0].tables[0].tasks;
    expect(tasks.map((t: { stt: string; group: string; task: string }) => [t.group, t.stt, t.task])).toEqual([
      ['I. NHIỆM VỤ NĂM 2026', '1', 'Nhiệm vụ một'],
      ['I. NHIỆM VỤ NĂM 2026', '2', 'Nhiệm vụ hai'],
      ['II. NHIỆM VỤ GIAI ĐOẠN 2027-2030', '1', 'Nhiệm vụ ba'],
    ]);
    expect(doc.files[0].issues).toEqual([]);
  });
});

describe('phuluc draft: a task merged over sub-rows', () => {
  it('keeps each sub-row with its own lead and deadline, under the one merged STT and task', async () => {
    const { run, doc } = await draftDocx(
      'subrows.docx',
      buildDocx([
        { runs: [{ text: 'Phụ lục' }] },
        {
          kind: 'table',
          rows: [
            HEADER,
            ['1', 'Tổ chức hội nghị', 'Sở Nội vụ', 'Sở Tài chính', 'Hội nghị cấp tỉnh', 'Năm 2026'],
            ['', '', 'Sở Y tế', 'Sở Tài chính', 'Hội nghị chuyên ngành', 'Năm 2027'],
            task(2, 'Nhiệm vụ hai', 'Sở Xây dựng'),
          ],
          vMerges: [
            [1, 0, 2],
            [1, 1, 2],
          ],
        },
      ]),
    );
    const tasks = doc.files[0].tables[0].tasks;
    expect(
      tasks.map((t: { stt: string; task: string; lead: string[]; deadline: { text: string } }) => [
        t.stt,
        t.task,
        t.lead,
        t.deadline.text,
      ]),
    ).toEqual([
      ['1', 'Tổ chức hội nghị', ['Sở Nội vụ'], 'Năm 2026'],
      ['1', 'Tổ chức hội nghị', ['Sở Y tế'], 'Năm 2027'],
      ['2', 'Nhiệm vụ hai', ['Sở Xây dựng'], 'Năm 2027'],
    ]);
    // Neither a break in the numbering nor the task "repeated": the drafted cells are merged as the plan's are.
    expect(doc.files[0].issues).toEqual([]);
    expect(run.code).toBe(0);
  });
});
