/**
 * A whole round with a workbook holding two report tables side by side: the
 * Bắc Ninh plan; Sở Khoa học và Công nghệ sends one sheet with its report on
 * the left (A–H, one row left blank) and a second table on the right (J–Q,
 * level with it: a task the left left blank, and a task the plan does not
 * have); Sở Nội vụ sends an ordinary report. Every row is read once, merged
 * or rejected once, and found again at its own cell.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MergeJson } from '../../../src/node/merge/summary-json';
import { buildAppendixWorkbook, COL, seedTable } from '../../fixtures';
import { runCli } from '../../scripts/run-cli';
import { AS_OF, PROVINCE, subset } from './round';

const KHCN_FILE = path.join('bao-cao', 'so-khoa-hoc-va-cong-nghe.xlsx');
const NOI_VU_FILE = path.join('bao-cao', 'so-noi-vu.xlsx');
const HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Kết quả',
  'Thời hạn',
  'Mức độ hoàn thành',
  'Kết quả thực hiện',
];

/** Bắc Ninh task `i` (0-based) as a report row under `stt`. */
function taskRow(i: number, stt: string, status: string, outcome: string): string[] {
  const r = seedTable('bac-ninh').rows[i];
  return [stt, r[COL.task], r[COL.lead], r[COL.partners], r[COL.result], r[COL.deadline], status, outcome];
}

/** Title lines in row 1 over each table, headers in row 3, tasks from row 4: left at A, right at J. */
async function sideBySideWorkbook(left: string[][], right: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.getCell('A1').value = 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO';
  ws.getCell('J1').value = 'CÁC NHIỆM VỤ BÁO CÁO BỔ SUNG';
  const put = (rows: string[][], col: number) =>
    [HEADER, ...rows].forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v !== '') ws.getCell(3 + r, col + c).value = v;
      }),
    );
  put(left, 1);
  put(right, 10);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let dir: string;
let summary: MergeJson;
let code: number;
let report: ExcelJS.Workbook;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-side-by-side-'));
  fs.mkdirSync(path.join(dir, 'bao-cao'));
  fs.writeFileSync(
    path.join(dir, 'ke-hoach.xlsx'),
    await buildAppendixWorkbook(seedTable('bac-ninh'), { titleRows: true }),
  );
  fs.writeFileSync(
    path.join(dir, KHCN_FILE),
    await sideBySideWorkbook(
      [
        taskRow(0, '1', 'Đã hoàn thành đúng hạn', 'Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2026'),
        taskRow(3, '2', '', ''),
        taskRow(5, '3', 'Đã thực hiện trong kỳ', 'Đã đặt hàng 3 nhiệm vụ'),
      ],
      [
        taskRow(3, '1', 'Đang thực hiện', 'Đang cập nhật dữ liệu trí thức'),
        [
          '2',
          'Tổ chức Hội thảo khoa học về chuyển đổi số năm 2026',
          'Sở Khoa học và Công nghệ',
          '',
          'Hội thảo',
          'Tháng 11/2026',
          'Đã hoàn thành',
          'Đã tổ chức',
        ],
      ],
    ),
  );
  fs.writeFileSync(
    path.join(dir, NOI_VU_FILE),
    await buildAppendixWorkbook(subset([1, 3]), {
      sheetName: 'Báo cáo',
      reportColumns: [
        { header: 'Mức độ hoàn thành', values: ['Đang thực hiện', 'Đang thực hiện'] },
        { header: 'Kết quả thực hiện', values: ['Đã trình dự thảo Nghị quyết', 'Đã cung cấp dữ liệu'] },
      ],
    }),
  );
  const run = await runCli(
    [
      'merge',
      'bao-cao',
      '--plan',
      'ke-hoach.xlsx',
      '--out',
      'tong-hop.xlsx',
      '--json',
      '-',
      '--as-of',
      AS_OF,
      '--province',
      PROVINCE,
    ],
    dir,
  );
  code = run.code;
  summary = JSON.parse(run.stdout);
  report = new ExcelJS.Workbook();
  await report.xlsx.readFile(path.join(dir, 'tong-hop.xlsx'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const input = (file: string) => summary.inputs.find((i) => i.path === file)!;

describe('a round with two report tables side by side in one workbook', () => {
  it('merges both files, rejecting only the task the plan does not have', () => {
    expect(code).toBe(1); // the rejected row is an error
    expect(summary.inputs.map((i) => [i.path, i.status, i.agency])).toEqual([
      [KHCN_FILE, 'merged', 'Sở Khoa học và Công nghệ'],
      [NOI_VU_FILE, 'merged', 'Sở Nội vụ'],
    ]);
    expect(summary.rejected.map((r) => [r.path, r.row, r.cell, r.code])).toEqual([
      [KHCN_FILE, 5, 'K5', 'E_TASK_NOT_IN_PLAN'],
    ]);
  });

  it('accounts for every row read: merged plus rejected, per file and in total', () => {
    // KHCN: three rows on the left, two beside them; Nội vụ: two.
    expect(input(KHCN_FILE)).toMatchObject({ rowsRead: 5, rowsMerged: 4, rowsRejected: 1 });
    expect(input(NOI_VU_FILE)).toMatchObject({ rowsRead: 2, rowsMerged: 2, rowsRejected: 0 });
    expect(summary.totals).toMatchObject({ rowsRead: 7, rowsMerged: 6, rowsRejected: 1 });
    for (const i of summary.inputs) expect(i.rowsRead).toBe(i.rowsMerged + i.rowsRejected);
  });

  it('ties each filled row to one task once, found again at its own cell', () => {
    const sources = summary.tasks.flatMap((t) =>
      t.reports.map((r) => [t.stt, r.agency, r.role, r.source.path, r.source.row, r.source.cell ?? null]),
    );
    expect(sources).toEqual([
      ['1', 'Sở Khoa học và Công nghệ', 'lead', KHCN_FILE, 4, 'B4'],
      ['2', 'Sở Nội vụ', 'lead', NOI_VU_FILE, 2, null],
      ['4', 'Sở Khoa học và Công nghệ', 'lead', KHCN_FILE, 4, 'K4'],
      ['4', 'Sở Nội vụ', 'partner', NOI_VU_FILE, 3, null],
      ['6', 'Sở Khoa học và Công nghệ', 'lead', KHCN_FILE, 6, 'B6'],
    ]);
    // Every KHCN row is somewhere: four reports or the row left blank (task 4 on the left), one rejected.
    const khcnCells = [
      ...sources.filter((s) => s[3] === KHCN_FILE).map((s) => s[5]),
      ...summary.rejected.filter((r) => r.path === KHCN_FILE).map((r) => r.cell),
    ];
    expect(new Set(khcnCells).size).toBe(khcnCells.length);
    expect(khcnCells.length + 1).toBe(input(KHCN_FILE).rowsRead);
  });

  it('takes task 4 as reported by its lead: the right table reports what the left left blank', () => {
    const four = summary.tasks.find((t) => t.stt === '4')!;
    expect(four.status).toBe('IN_PROGRESS');
    expect(summary.unreported.filter((u) => u.agency === 'Sở Khoa học và Công nghệ')).toEqual([]);
  });

  it("names the cell in the report's sources, where the row alone would name two tables", () => {
    const texts: string[] = [];
    report
      .getWorksheet('Chi tiết nhiệm vụ')!
      .eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    expect(texts).toContain(`${KHCN_FILE}, trang “Báo cáo”, dòng 6, ô B6`);
    expect(texts).toContain(`${NOI_VU_FILE}, trang “Báo cáo”, dòng 2`);
    const sources: string[] = [];
    report
      .getWorksheet('Nguồn dữ liệu')!
      .eachRow((row) => row.eachCell((cell) => sources.push(String(cell.value ?? ''))));
    expect(sources.some((s) => s.includes('Dòng 5, ô K5 (Báo cáo): '))).toBe(true);
  });

  it('has validate name each of the two tables by its columns', async () => {
    const run = await runCli(['validate', KHCN_FILE, '--province', PROVINCE], dir);
    expect(run.stdout).toContain('cột A–H, tiêu đề ở dòng 3, dữ liệu dòng 4–6');
    expect(run.stdout).toContain('cột J–Q, tiêu đề ở dòng 3, dữ liệu dòng 4–5');
  });
});
