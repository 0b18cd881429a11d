/** `phuluc validate --plan`: an agency checks its report against the plan before sending it. */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildAppendixWorkbook, seedTable } from '../fixtures';
import { runCli } from '../scripts/run-cli';

let dir: string;
let plan: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-vplan-'));
  plan = path.join(dir, 'ke-hoach.xlsx');
  fs.writeFileSync(plan, await buildAppendixWorkbook(seedTable('bac-ninh'), { titleRows: true }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function report(name: string, rows: string[][], hiddenRows: number[] = []): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow(['Đơn vị báo cáo: Sở Nội vụ']);
  ws.addRow([]);
  ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Mức độ hoàn thành', 'Kết quả thực hiện']);
  for (const r of rows) ws.addRow(r);
  for (const r of hiddenRows) ws.getRow(r).hidden = true;
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

interface Issue {
  code: string;
  row: number | null;
  suggestion: string | null;
  message: string;
  hidden?: string[];
}

it('flags a row that is not in the plan and an assigned task left out', async () => {
  const file = await report('so-noi-vu.xlsx', [
    // Task 2 of the plan, renumbered and shortened as agencies do.
    [
      '1',
      'Xây dựng chính sách thu hút, ưu đãi, hỗ trợ đào tạo nguồn nhân lực chất lượng cao giai đoạn 2026-2030',
      'Đang thực hiện',
      'Đã trình dự thảo',
    ],
    ['2', 'Tổ chức hội thảo chuyển đổi số cho doanh nghiệp nhỏ', 'Đã hoàn thành', 'Đã tổ chức 2 hội thảo'],
  ]);
  const run = await runCli(['validate', '--json', '--plan', plan, '--as-of', '2026-12-10', file], dir);
  const issues: Issue[] = JSON.parse(run.stdout).files[0].issues;
  expect(issues.filter((i) => i.code === 'E_TASK_NOT_IN_PLAN').map((i) => i.row)).toEqual([5]);
  // Sở Nội vụ is a partner of task 4 and says nothing about it.
  expect(issues.some((i) => i.code === 'W_TASK_NOT_REPORTED')).toBe(true);
  // In progress on a task due July 2026, judged against the plan's deadline.
  expect(issues.find((i) => i.code === 'W_STATUS_INCONSISTENT' && i.row === 4)?.suggestion).toBe(
    'Đang thực hiện quá hạn',
  );
  expect(run.code).toBe(1);
});

it('stays silent about the plan when the report covers its tasks', async () => {
  const file = await report('so-noi-vu-2.xlsx', [
    [
      '2',
      'Xây dựng chính sách thu hút, ưu đãi, hỗ trợ đào tạo phát triển nguồn nhân lực chất lượng cao trên địa bàn tỉnh Bắc Ninh giai đoạn 2026-2030',
      'Đã hoàn thành đúng hạn',
      'Nghị quyết số 05/2026/NQ-HĐND ngày 10/7/2026',
    ],
    [
      '4',
      'Đầu mối xây dựng và vận hành, khai thác, cập nhật cơ sở dữ liệu Hệ thống dữ liệu đội ngũ trí thức Việt Nam theo ngành, lĩnh vực',
      'Đã thực hiện trong kỳ',
      'Đã cập nhật dữ liệu của ngành nội vụ',
    ],
  ]);
  const run = await runCli(['validate', '--json', '--plan', plan, '--as-of', '2026-12-10', file], dir);
  const codes = (JSON.parse(run.stdout).files[0].issues as Issue[]).map((i) => i.code);
  expect(codes).not.toContain('E_TASK_NOT_IN_PLAN');
  expect(codes).not.toContain('W_TASK_NOT_REPORTED');
});

it('keeps the overdue flag of a report that carries the deadline column, as without --plan', async () => {
  const table = seedTable('bac-ninh');
  const file = path.join(dir, 'so-noi-vu-han.xlsx');
  fs.writeFileSync(
    file,
    await buildAppendixWorkbook(
      { ...table, rows: [table.rows[1]] },
      {
        sheetName: 'Báo cáo',
        reportColumns: [
          { header: 'Mức độ hoàn thành', values: ['Đang thực hiện'] },
          { header: 'Kết quả thực hiện', values: ['Đã trình dự thảo'] },
        ],
      },
    ),
  );
  const alone = await runCli(['validate', '--json', '--as-of', '2026-12-10', file], dir);
  const withPlan = await runCli(['validate', '--json', '--plan', plan, '--as-of', '2026-12-10', file], dir);
  const overdue = (out: string) =>
    (JSON.parse(out).files[0].issues as Issue[]).filter((i) => i.code === 'W_OVERDUE').length;
  expect(overdue(alone.stdout)).toBe(1);
  expect(overdue(withPlan.stdout)).toBe(1);
});

it('a plan that cannot be read is said plainly and exits 1, as an unreadable input does in merge', async () => {
  const bad = path.join(dir, 'not-a-plan.xlsx');
  fs.writeFileSync(bad, 'garbage');
  const run = await runCli(['validate', '--plan', bad, plan], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('không đọc được tệp kế hoạch');
});

it('says so when the row not in the plan is a hidden one', async () => {
  const file = await report(
    'so-noi-vu-an.xlsx',
    [['1', 'Tổ chức hội thảo chuyển đổi số cho doanh nghiệp nhỏ', 'Đã hoàn thành', 'Đã tổ chức 2 hội thảo']],
    [4],
  );
  const run = await runCli(['validate', '--json', '--plan', plan, '--as-of', '2026-12-10', file], dir);
  const issues: Issue[] = JSON.parse(run.stdout).files[0].issues;
  const notInPlan = issues.find((i) => i.code === 'E_TASK_NOT_IN_PLAN');
  expect(notInPlan).toMatchObject({ row: 4, hidden: ['row'] });
  expect(notInPlan?.message).toMatch(/\(dòng đang ẩn\)$/);
});
