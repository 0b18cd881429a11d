/**
 * `phuluc merge` without --plan on templates `phuluc template` made: the
 * rows an agency did not fill in are no report. They are not tasks of the
 * report and never overdue, yet every one is accounted for and listed.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MergeJson } from '../../../src/node/merge/summary-json';
import { buildAppendixWorkbook, seedTable } from '../../fixtures';
import { runCli, type CliRun } from '../../scripts/run-cli';
import { AS_OF, fillTemplate, PROVINCE } from './round';

const KHCN = 'Sở Khoa học và Công nghệ';
const NOI_VU = 'Sở Nội vụ';

let dir: string;
let run: CliRun;
let summary: MergeJson;
let wb: ExcelJS.Workbook;

/** A sheet's rows from `from` on, as arrays of cell texts (blank cells as ''). */
function rowsOf(name: string, from = 1): string[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const out: string[][] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    out.push(Array.from({ length: ws.columnCount }, (_, c) => String(row.getCell(c + 1).value ?? '')));
  }
  return out;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-merge-noplan-'));
  fs.writeFileSync(
    path.join(dir, 'ke-hoach.xlsx'),
    await buildAppendixWorkbook(seedTable('bac-ninh'), { titleRows: true }),
  );
  const made = await runCli(
    ['template', '--plan', 'ke-hoach.xlsx', '--out', 'mau', '--province', PROVINCE],
    dir,
  );
  if (made.code !== 0) throw new Error(`template failed: ${made.stderr}`);
  fs.mkdirSync(path.join(dir, 'bao-cao'));
  // KHCN fills task 4 only (tasks 1 and 6 left blank; task 1 was due Quý I/2026).
  const khcn = path.join(dir, 'bao-cao', 'so-khoa-hoc-va-cong-nghe.xlsx');
  fs.copyFileSync(path.join(dir, 'mau', 'so-khoa-hoc-va-cong-nghe.xlsx'), khcn);
  await fillTemplate(khcn, new Map([[3, { status: 'Đang thực hiện', outcome: 'Đang cập nhật dữ liệu' }]]));
  // Nội vụ sends its template back untouched (task 2, due Tháng 7/2026, and task 4 as a partner).
  fs.copyFileSync(path.join(dir, 'mau', 'so-noi-vu.xlsx'), path.join(dir, 'bao-cao', 'so-noi-vu.xlsx'));

  run = await runCli(
    ['merge', 'bao-cao', '--out', 'tong-hop.xlsx', '--json', '-', '--as-of', AS_OF, '--province', PROVINCE],
    dir,
  );
  summary = JSON.parse(run.stdout);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'tong-hop.xlsx'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('merge without --plan, templates partly or wholly left blank', () => {
  it('counts only the filled row as a reported task, and nothing as overdue', () => {
    expect(summary.plan).toBeNull();
    expect(summary.tasks.map((t) => [t.reports[0].agency, t.status, t.overdue])).toEqual([
      [KHCN, 'IN_PROGRESS', false],
    ]);
    expect(summary.totals).toMatchObject({ tasks: 1, byStatus: { IN_PROGRESS: 1 }, overdue: 0 });
    const flagged = summary.issues.filter((i) => ['W_OVERDUE', 'E_STATUS_EMPTY'].includes(i.code));
    expect(flagged).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('accounts for every row read, the blank ones among the rows merged', () => {
    // KHCN's template lists its tasks 1, 4 and 6; Nội vụ's its task 2 and task 4 (as a partner).
    expect(
      summary.inputs.map((i) => [path.basename(i.path), i.rowsRead, i.rowsMerged, i.rowsRejected]),
    ).toEqual([
      ['so-khoa-hoc-va-cong-nghe.xlsx', 3, 3, 0],
      ['so-noi-vu.xlsx', 2, 2, 0],
    ]);
    expect(summary.totals).toMatchObject({ rowsRead: 5, rowsMerged: 5, rowsRejected: 0 });
  });

  it('lists each blank row as a task its agency left blank: in the JSON and on "Chưa báo cáo"', () => {
    expect(summary.unreported.map((u) => [u.agency, u.role, u.stt, u.leftBlank])).toEqual([
      [KHCN, 'lead', '1', true],
      [KHCN, 'lead', '6', true],
      [NOI_VU, 'lead', '2', true],
      [NOI_VU, 'partner', '4', true],
    ]);
    const sheet = rowsOf('Chưa báo cáo');
    expect(sheet.some((r) => r[0].startsWith('Không có kế hoạch để đối chiếu: chỉ liệt kê các dòng'))).toBe(
      true,
    );
    const listed = sheet.filter((r) => r[4] === 'Báo cáo để trống dòng của nhiệm vụ này');
    expect(listed.map((r) => [r[0], r[1], r[2]])).toEqual([
      [KHCN, 'Chủ trì', '1'],
      [KHCN, 'Chủ trì', '6'],
      [NOI_VU, 'Chủ trì', '2'],
      [NOI_VU, 'Phối hợp', '4'],
    ]);
  });

  it('keeps the blank rows off "Chi tiết nhiệm vụ" and "Quá hạn"', () => {
    const details = rowsOf('Chi tiết nhiệm vụ', 5).filter((r) => r.some(Boolean));
    expect(details).toHaveLength(1);
    expect(details[0]).toContain(KHCN);
    expect(rowsOf('Quá hạn', 5).filter((r) => r.some(Boolean))).toEqual([]);
  });

  it('says on "Nguồn dữ liệu" how many rows each file left blank', () => {
    const noiVu = rowsOf('Nguồn dữ liệu').find((r) => r[1].endsWith('so-noi-vu.xlsx'))!;
    expect(noiVu[10]).toContain('2 dòng để trống (không có nội dung báo cáo)');
  });
});
