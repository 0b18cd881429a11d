/**
 * `phuluc draft --json` as scripts read it: a failed draft has the shape of a
 * successful one (the `validate` shape, CONTRACT.md), wrong usage prints no
 * JSON (as `validate`), only .xlsx is written, and the plan's reporting
 * deadlines say what the drafted tasks say.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../scripts/run-cli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-draft-json-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const PLAN = [
  'ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN',
  'Số: 12/KH-UBND',
  'Thái Nguyên, ngày 15 tháng 01 năm 2026',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Y tế',
  '- Chủ trì xây dựng đề án phát triển nhân lực y tế, hoàn thành trong Quý II/2026.',
  '- Sở Y tế là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu về y tế.',
  '2. Các sở, ban, ngành và Ủy ban nhân dân xã, phường',
  '- Định kỳ báo cáo kết quả thực hiện Kế hoạch trước ngày 10 tháng 12 hằng năm gửi Sở KH&CN tổng hợp.',
  '- Định kỳ 6 tháng, hằng năm báo cáo kết quả gửi Sở Khoa học và Công nghệ trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm.',
].join('\n\n');

describe('phuluc draft --json when nothing can be drafted', () => {
  it('lists the unreadable input with its E_FILE_UNREADABLE issue and a summary, as validate does', async () => {
    const input = write('hong.docx', 'Kế hoạch số 548/KH-UBND');
    const run = await runCli(['draft', input, '--out', path.join(dir, 'q.xlsx'), '--json'], dir);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      output: null,
      files: [
        {
          path: 'hong.docx',
          format: null,
          tables: [],
          issues: [
            {
              code: 'E_FILE_UNREADABLE',
              severity: 'error',
              sheet: null,
              cell: null,
              row: null,
              field: null,
              suggestion: null,
            },
          ],
        },
      ],
      summary: { files: 1, tables: 0, tasks: 0, errors: 1, warnings: 0, infos: 0 },
    });
    expect(doc.files[0].issues[0].message).toMatch(/^Không đọc được hong\.docx: tệp không phải văn bản Word/);
    expect(fs.existsSync(path.join(dir, 'q.xlsx'))).toBe(false);
  });

  it('gives the draft’s own code and the plan’s metadata for a plan with nothing to draft', async () => {
    const input = write('muc-dich.txt', 'Số: 12/KH-UBND\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức.\n');
    const run = await runCli(['draft', input, '--out', path.join(dir, 'md.xlsx'), '--json'], dir);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.plan).toMatchObject({ number: '12/KH-UBND' });
    expect(doc.files[0]).toMatchObject({ path: 'muc-dich.txt', format: 'txt', tables: [] });
    expect(doc.files[0].issues.map((i: { code: string }) => i.code)).toEqual(['E_DRAFT_NO_SECTION']);
    expect(doc.summary).toEqual({ files: 1, tables: 0, tasks: 0, errors: 1, warnings: 0, infos: 0 });
  });

  it('prints no JSON for wrong usage (exit 2), as validate does', async () => {
    const input = write('ke-hoach.txt', PLAN);
    const out = write('da-co.xlsx', 'cũ');
    const draft = await runCli(['draft', input, '--out', out, '--json'], dir);
    const validate = await runCli(['validate', out, '--json', '--as-of', '2026-13-45'], dir);
    expect([draft.code, validate.code]).toEqual([2, 2]);
    expect([draft.stdout, validate.stdout]).toEqual(['', '']);
    expect(draft.stderr).toMatch(/đã có; thêm --force/);
  });
});

describe('phuluc draft --out', () => {
  it.each(['phu-luc.csv', 'phu-luc.xls', 'phu-luc'])('refuses %s (exit 2), naming .xlsx', async (name) => {
    const input = write('ke-hoach-out.txt', PLAN);
    const run = await runCli(['draft', input, '--out', path.join(dir, name), '--json'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `phuluc: tệp kết quả ${name} phải là bảng tính Excel có đuôi .xlsx (ví dụ --out phu-luc.xlsx); phuluc draft chỉ ghi tệp .xlsx`,
    );
    expect(fs.existsSync(path.join(dir, name))).toBe(false);
  });

  it('says so in English with --lang en, and accepts .XLSX', async () => {
    const input = write('ke-hoach-en.txt', PLAN);
    const refused = await runCli(['draft', input, '--out', path.join(dir, 'a.ods'), '--lang', 'en'], dir);
    expect(refused.stderr).toMatch(/must be an Excel workbook ending in \.xlsx/);
    const run = await runCli(['draft', input, '--out', path.join(dir, 'A.XLSX')], dir);
    // Written; every deadline is read, the empty results are warnings for staff to fill.
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'A.XLSX'))).toBe(true);
  });
});

interface Deadline {
  text: string;
  kind: string;
  start: string | null;
  due: string | null;
  every: string | null;
}

describe('phuluc draft --json: the plan’s reporting duties', () => {
  let doc: {
    plan: { focalAgency: string; reportDeadlines: { from: string; to: string; deadline: Deadline }[] };
    files: { tables: { tasks: { task: string; lead: string[]; deadline: Deadline | null }[] }[] }[];
  };
  beforeAll(async () => {
    const run = await runCli(
      ['draft', write('bao-cao.txt', PLAN), '--out', path.join(dir, 'bc.xlsx'), '--json'],
      dir,
    );
    doc = JSON.parse(run.stdout);
  });
  const tasks = () => doc.files[0].tables[0].tasks;
  const fields = (d: Deadline | null) => d && { kind: d.kind, start: d.start, due: d.due, every: d.every };

  it('skips the sentence that only says what Sở Y tế is', () => {
    expect(tasks().map((t) => t.task.slice(0, 20))).toEqual([
      'Chủ trì xây dựng đề ',
      'Định kỳ báo cáo kết ',
      'Định kỳ 6 tháng, hằn',
    ]);
  });

  it('gives the same recurring deadline in the task and in reportDeadlines, from canonical names', () => {
    const task = tasks()[1];
    expect(task.lead).toEqual(['Các sở, ban, ngành', 'UBND các xã, phường']);
    const report = doc.plan.reportDeadlines[0];
    expect(report.from).toBe('Các sở, ban, ngành; UBND các xã, phường');
    expect(report.to).toBe('Sở Khoa học và Công nghệ');
    expect(report.deadline.text).toBe('trước ngày 10 tháng 12 hằng năm');
    expect(fields(report.deadline)).toEqual(fields(task.deadline));
    expect(fields(report.deadline)).toEqual({ kind: 'recurring', start: null, due: null, every: '1y' });
    expect(doc.plan.focalAgency).toBe('Sở Khoa học và Công nghệ');
  });

  it('returns both dates of a twice-yearly report, and the task keeps them both', () => {
    expect(tasks()[2].deadline?.text).toBe('Trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm');
    expect(doc.plan.reportDeadlines.slice(1).map((r) => [r.to, r.deadline.text, r.deadline.every])).toEqual([
      ['Sở Khoa học và Công nghệ', 'trước ngày 15 tháng 6 hằng năm', '1y'],
      ['Sở Khoa học và Công nghệ', 'trước ngày 15 tháng 12 hằng năm', '1y'],
    ]);
  });
});
