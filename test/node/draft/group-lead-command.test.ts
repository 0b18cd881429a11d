/**
 * `phuluc draft` on a Word plan whose tasks are grouped, the lead and deadline
 * written once under each group heading: every task of the group is drafted
 * with them, unless it names its own, and the workbook's rows say so.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../scripts/run-cli';
import { buildDocx, BULLET_NUM, OUTLINE_NUM, type DocxBlock } from './docx-builder';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-draft-group-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const p = (text: string, num?: { id: number; level: number }): DocxBlock => ({
  runs: [{ text }],
  ...(num ? { num } : {}),
});
const roman = (text: string) => p(text, { id: OUTLINE_NUM, level: 0 });
const decimal = (text: string) => p(text, { id: OUTLINE_NUM, level: 1 });
const letter = (text: string) => p(text, { id: OUTLINE_NUM, level: 3 });
const bullet = (text: string) => p(text, { id: BULLET_NUM, level: 0 });

const PLAN: DocxBlock[] = [
  p('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH'),
  p('Số: 21/KH-UBND'),
  p('Hà Tĩnh, ngày 02 tháng 3 năm 2026'),
  p('KẾ HOẠCH'),
  p('Triển khai chuyển đổi số tỉnh Hà Tĩnh năm 2026'),
  roman('MỤC ĐÍCH, YÊU CẦU'),
  p('Nâng cao hiệu quả quản lý nhà nước.'),
  roman('NHIỆM VỤ, GIẢI PHÁP'),
  decimal('Nhóm nhiệm vụ về thể chế'),
  p('Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: năm 2026'),
  letter('Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh'),
  letter('Xây dựng quy chế phối hợp liên ngành (chủ trì: Sở Nội vụ)'),
  decimal('Nhóm nhiệm vụ về hạ tầng số'),
  p('Chủ trì: Sở Khoa học và Công nghệ'),
  p('Thời hạn: Quý IV/2027'),
  bullet('Nâng cấp trung tâm dữ liệu của tỉnh'),
  roman('TỔ CHỨC THỰC HIỆN'),
  decimal('Sở Khoa học và Công nghệ'),
  bullet('Là cơ quan đầu mối, theo dõi, đôn đốc thực hiện Kế hoạch.'),
];

describe('phuluc draft on a Word plan with a lead and deadline written once per group', () => {
  it('drafts each task of a group with its lead and deadline, a task naming its own lead keeping it', async () => {
    const input = path.join(dir, 'groups.docx');
    fs.writeFileSync(input, buildDocx(PLAN));
    const out = path.join(dir, 'groups.xlsx');
    const run = await runCli(['draft', input, '--out', out, '--json'], dir);
    const doc = JSON.parse(run.stdout);
    const tasks: {
      row: number;
      task: string;
      lead: string[];
      deadline: { text: string; due: string } | null;
    }[] = doc.files[0].tables[0].tasks;
    const rows = tasks.map((t) => [t.task, t.lead, t.deadline ? t.deadline.due : null]);
    // Read off PLAN by hand.
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh', ['Sở Tư pháp'], '2026-12-31'],
        ['Xây dựng quy chế phối hợp liên ngành', ['Sở Nội vụ'], '2026-12-31'],
        ['Nâng cấp trung tâm dữ liệu của tỉnh', ['Sở Khoa học và Công nghệ'], '2027-12-31'],
      ]),
    );
    // No group heading and no lead line is a task of its own.
    expect(tasks.map((t) => t.task)).not.toContain('Nhóm nhiệm vụ về thể chế');
    expect(tasks.some((t) => /^(Cơ quan )?chủ trì|^Thời hạn/i.test(t.task))).toBe(false);
    // The implementation section's task is still there, led by its agency heading.
    expect(tasks.find((t) => t.task.startsWith('Là cơ quan đầu mối'))?.lead).toEqual([
      'Sở Khoa học và Công nghệ',
    ]);
    expect(tasks).toHaveLength(4);
    // The only errors left: the deadline that task's section does not give (exit 1, as for any gap).
    const errors = doc.files[0].issues
      .filter((i: { severity: string }) => i.severity === 'error')
      .map((i: { code: string; row: number }) => [i.code, i.row]);
    const section = tasks.find((t) => t.task.startsWith('Là cơ quan đầu mối'));
    expect(errors).toEqual([['E_DEADLINE_EMPTY', section?.row]]);
    expect(run.code).toBe(1);
  });
});
