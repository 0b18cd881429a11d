/**
 * Merging without a plan, a plan that cannot be used, a file whose sender
 * cannot be told, and the summary in English.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildAppendixWorkbook, buildCsv, COL, seedTable } from '../../fixtures';
import { withMergeCell } from '../read/fixtures';
import type { MergeJson } from '../../../src/node/merge/summary-json';
import { runCli } from '../../scripts/run-cli';
import { AS_OF, PROVINCE, subset } from './round';

let dir: string;
const status = (values: string[]) => [
  { header: 'Mức độ hoàn thành', values },
  { header: 'Kết quả thực hiện', values: values.map(() => 'Đã triển khai') },
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-merge-edges-'));
  fs.mkdirSync(path.join(dir, 'in'));
  // Task 4 of Bắc Ninh, sent by its lead (KHCN) and by a partner (Nội vụ): the same task twice.
  fs.writeFileSync(
    path.join(dir, 'in', 'so-khcn.xlsx'),
    await buildAppendixWorkbook(subset([3, 5]), { reportColumns: status(['Đang thực hiện', 'Hoàn thành']) }),
  );
  fs.writeFileSync(
    path.join(dir, 'in', 'so-noi-vu.xlsx'),
    await buildAppendixWorkbook(subset([1, 3]), { reportColumns: status(['Hoàn thành', 'Đang thực hiện']) }),
  );
  // No agency in the name, no reporter line, leads that differ: the sender cannot be told.
  fs.writeFileSync(
    path.join(dir, 'in', 'bao-cao.csv'),
    buildCsv(subset([0, 1]), { encoding: 'utf-8', reportColumns: status(['Hoàn thành', 'Hoàn thành']) }),
  );
  fs.writeFileSync(path.join(dir, 'ke-hoach.docx'), 'not a workbook');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('without --plan', () => {
  let summary: MergeJson;
  let code: number;
  beforeAll(async () => {
    const run = await runCli(
      ['merge', 'in', '--out', 'noi.xlsx', '--json', '-', '--as-of', AS_OF, '--province', PROVINCE],
      dir,
    );
    summary = JSON.parse(run.stdout);
    code = run.code;
  });

  it('concatenates every row with its agency and source', () => {
    expect(summary.plan).toBeNull();
    // No agency is expected without a plan; the two that sent a file reported.
    expect(summary.totals.agencies).toEqual({ expected: 0, reported: 2, missing: 0 });
    expect(summary.tasks.map((t) => [t.reports[0].agency, t.stt])).toEqual([
      ['Sở Khoa học và Công nghệ', '1'],
      ['Sở Khoa học và Công nghệ', '2'],
      ['Sở Nội vụ', '1'],
      ['Sở Nội vụ', '2'],
      [null, '1'],
      [null, '2'],
    ]);
    expect(summary.tasks.every((t) => t.reports.length === 1)).toBe(true);
    expect(summary.totals).toMatchObject({ tasks: 6, rowsRead: 6, rowsMerged: 6, rowsRejected: 0 });
  });

  it('flags the duplicates across files: task 4 (KHCN, Nội vụ) and task 2 (Nội vụ, the unknown sender)', () => {
    const dup = summary.tasks.filter((t) => t.issues.includes('W_TASK_DUPLICATE'));
    expect(dup.map((t) => [path.basename(t.reports[0].source.path), t.stt])).toEqual([
      ['so-khcn.xlsx', '1'],
      ['so-noi-vu.xlsx', '1'],
      ['so-noi-vu.xlsx', '2'],
      ['bao-cao.csv', '2'],
    ]);
    // The finding goes on the later copy, naming the earlier one; issues are listed in input order.
    const findings = summary.issues.filter((i) => i.code === 'W_TASK_DUPLICATE');
    expect(findings.map((i) => [path.basename(i.path ?? ''), i.row])).toEqual([
      ['bao-cao.csv', 3],
      ['so-noi-vu.xlsx', 3],
    ]);
    expect(findings[1].message).toBe(
      `Nhiệm vụ trùng với nhiệm vụ ở tệp ${path.join('in', 'so-khcn.xlsx')}, dòng 2`,
    );
  });

  it('reports a file whose sender is unknown instead of guessing, and still merges it', () => {
    expect(summary.inputs.find((i) => i.path.endsWith('bao-cao.csv'))).toMatchObject({
      status: 'merged',
      agency: null,
      rowsMerged: 2,
    });
    expect(summary.issues.find((i) => i.code === 'W_REPORTER_UNKNOWN')?.path).toBe(
      path.join('in', 'bao-cao.csv'),
    );
    expect(summary.missingAgencies).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('with a plan', () => {
  it('rejects every row of a file whose sender is unknown, with its reason', async () => {
    fs.writeFileSync(
      path.join(dir, 'ke-hoach.xlsx'),
      await buildAppendixWorkbook(subset([0, 1, 2, 3, 4, 5, 6])),
    );
    const run = await runCli(
      [
        'merge',
        'in',
        '--plan',
        'ke-hoach.xlsx',
        '--out',
        'co.xlsx',
        '--json',
        '-',
        '--as-of',
        AS_OF,
        '--province',
        PROVINCE,
      ],
      dir,
    );
    const summary: MergeJson = JSON.parse(run.stdout);
    const csv = summary.inputs.find((i) => i.path.endsWith('bao-cao.csv'));
    expect(csv).toMatchObject({
      agency: null,
      rowsRead: 2,
      rowsMerged: 0,
      rowsRejected: 2,
      reason: 'không xác định được đơn vị báo cáo của tệp',
    });
    expect(summary.rejected.map((r) => r.code)).toEqual(['E_REPORTER_UNKNOWN', 'E_REPORTER_UNKNOWN']);
    expect(run.code).toBe(1);
  });

  it('lists the plan as skipped when a shell glob names it among the reports', async () => {
    fs.writeFileSync(
      path.join(dir, 'ke-hoach.xlsx'),
      await buildAppendixWorkbook(subset([0, 1, 2, 3, 4, 5, 6])),
    );
    const run = await runCli(
      [
        'merge',
        'ke-hoach.xlsx',
        path.join('in', 'so-khcn.xlsx'),
        '--plan',
        'ke-hoach.xlsx',
        '--out',
        'glob.xlsx',
        '--json',
        '-',
        '--as-of',
        AS_OF,
        '--province',
        PROVINCE,
      ],
      dir,
    );
    const summary: MergeJson = JSON.parse(run.stdout);
    expect(summary.inputs.map((i) => [i.path, i.status, i.reasonCode])).toEqual([
      [path.join('in', 'so-khcn.xlsx'), 'merged', null],
      ['ke-hoach.xlsx', 'skipped', 'plan'],
    ]);
    expect(summary.totals).toMatchObject({ rowsRead: 2 });
  });

  it('merges a report saved twice under two names once, and lists the copy as skipped naming the first', async () => {
    fs.writeFileSync(
      path.join(dir, 'ke-hoach.xlsx'),
      await buildAppendixWorkbook(subset([0, 1, 2, 3, 4, 5, 6])),
    );
    fs.mkdirSync(path.join(dir, 'twice'), { recursive: true });
    const bytes = fs.readFileSync(path.join(dir, 'in', 'so-noi-vu.xlsx'));
    fs.writeFileSync(path.join(dir, 'twice', 'so-noi-vu.xlsx'), bytes);
    fs.writeFileSync(path.join(dir, 'twice', 'so-noi-vu (1).xlsx'), bytes);
    const run = await runCli(
      ['merge', 'twice', '--plan', 'ke-hoach.xlsx', '--out', 'twice.xlsx', '--json', '-', '--as-of', AS_OF],
      dir,
    );
    const summary: MergeJson = JSON.parse(run.stdout);
    const byName = new Map(summary.inputs.map((i) => [path.basename(i.path), i]));
    const [first, copy] = ['so-noi-vu (1).xlsx', 'so-noi-vu.xlsx'].map((n) => byName.get(n)!);
    expect(first).toMatchObject({ status: 'merged', rowsRead: 2, rowsMerged: 2 });
    expect(copy).toMatchObject({ status: 'skipped', reasonCode: 'duplicate-file', rowsRead: 0 });
    expect(copy.reason).toContain(first.path);
    expect(copy.sha256).toBe(first.sha256);
    // Task 2 (Nội vụ's own) carries one report, not the same one twice.
    expect(summary.tasks.find((t) => t.stt === '2')!.reports).toHaveLength(1);
    expect(summary.totals).toMatchObject({ rowsRead: 2, rowsMerged: 2, rowsRejected: 0 });
  });

  it('exits 1 and writes nothing when the plan cannot be read', async () => {
    const run = await runCli(
      ['merge', 'in', '--plan', 'ke-hoach.docx', '--out', 'khong.xlsx', '--as-of', AS_OF],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ke-hoach.docx');
    expect(fs.existsSync(path.join(dir, 'khong.xlsx'))).toBe(false);
  });

  // /proc takes no new files, even from root: a folder that cannot be written to, on Linux.
  (process.platform === 'linux' ? it : it.skip)(
    'exits 1 with a plain message when the report cannot be written, and leaves nothing behind',
    async () => {
      const run = await runCli(
        [
          'merge',
          'in',
          '--plan',
          'ke-hoach.xlsx',
          '--out',
          '/proc/tong-hop.xlsx',
          '--as-of',
          AS_OF,
          '--force',
        ],
        dir,
      );
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('không ghi được /proc/tong-hop.xlsx');
      expect(run.stderr).not.toContain('nhóm phát triển');
      expect(fs.readdirSync('/proc').filter((f) => f.includes('tong-hop'))).toEqual([]);
    },
  );

  it('speaks English with --lang en, and makes the folders of its outputs', async () => {
    const run = await runCli(
      [
        'merge',
        'in',
        '--plan',
        'ke-hoach.xlsx',
        '--out',
        'ra/nam-2026/en.xlsx',
        '--as-of',
        AS_OF,
        '--province',
        PROVINCE,
        '--lang',
        'en',
      ],
      dir,
    );
    expect(run.stdout).toContain('Rows: 6 read = 4 merged + 2 rejected.');
    expect(run.stdout).toContain(`Consolidated report: ${path.join('ra', 'nam-2026', 'en.xlsx')}`);
    expect(fs.existsSync(path.join(dir, 'ra', 'nam-2026', 'en.xlsx'))).toBe(true);
  });
});

describe('nothing to merge', () => {
  it('says in words that no task was merged when no file could be read, instead of "0 nhiệm vụ: ."', async () => {
    fs.mkdirSync(path.join(dir, 'hong'));
    fs.writeFileSync(path.join(dir, 'hong', 'so-y-te.xlsx'), 'not a workbook');
    const run = await runCli(['merge', 'hong', '--out', 'rong.xlsx', '--as-of', AS_OF], dir);
    const said = run.stdout + run.stderr;
    expect(said).toContain('Không có nhiệm vụ nào được tổng hợp.');
    expect(said).not.toMatch(/0 nhiệm vụ: \./);
    expect(said).toContain('so-y-te.xlsx');
  });
});

describe('wrong usage', () => {
  it('exits 2 for a missing input, and for no input at all', async () => {
    expect((await runCli(['merge', 'khong-co', '--out', 'x.xlsx'], dir)).code).toBe(2);
    fs.mkdirSync(path.join(dir, 'rong'), { recursive: true });
    const empty = await runCli(['merge', 'rong', '--out', 'x.xlsx'], dir);
    expect(empty.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });

  it('exits 2 for a report name that is not .xlsx: the report is always an .xlsx workbook', async () => {
    const run = await runCli(['merge', 'in', '--out', 'tong-hop.xls', '--as-of', AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.xlsx');
    expect(fs.existsSync(path.join(dir, 'tong-hop.xls'))).toBe(false);
  });

  it('exits 2 when the JSON summary is the report itself, and says so rather than calling it an input', async () => {
    const run = await runCli(
      ['merge', 'in', '--out', 'mot.xlsx', '--json', './mot.xlsx', '--as-of', AS_OF],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('trùng với báo cáo tổng hợp');
    expect(fs.existsSync(path.join(dir, 'mot.xlsx'))).toBe(false);
  });

  it('exits 2 for a --plan that is not there, as for a missing input', async () => {
    const run = await runCli(['merge', 'in', '--plan', 'khong-co.xlsx', '--out', 'x.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('khong-co.xlsx');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('--agencies', () => {
  it('says what is wrong on a bad line, in words, with its number, and goes on', async () => {
    const file = path.join(dir, 'co-quan.txt');
    fs.writeFileSync(
      file,
      '# Cơ quan bổ sung\nTrường Đại học Bắc Ninh = ĐH Bắc Ninh\n= không tên\nSở Y tế [nhóm lạ]\n',
    );
    const run = await runCli(
      ['merge', 'in', '--out', 'ds.xlsx', '--agencies', file, '--as-of', AS_OF, '--json', '-', '--force'],
      dir,
    );
    const lines = run.stderr.split('\n').filter((l) => l.includes('co-quan.txt'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/dòng 3: .*thiếu tên cơ quan/);
    expect(lines[1]).toMatch(/dòng 4: .*ngoặc vuông/);
    expect(run.stderr).not.toMatch(/agencyFile\./);
    expect(JSON.parse(run.stdout).schemaVersion).toBe(1);
  });
});

describe('the report inside an input folder', () => {
  const args = ['--as-of', AS_OF, '--province', PROVINCE, '--force'];

  it('exits 2 and leaves the file alone when --out names an agency report in the folder, even with --force', async () => {
    const agencyFile = path.join(dir, 'in', 'so-khcn.xlsx');
    const before = fs.readFileSync(agencyFile);
    const run = await runCli(['merge', 'in', '--out', path.join('in', 'so-khcn.xlsx'), ...args], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('so-khcn.xlsx');
    expect(fs.readFileSync(agencyFile).equals(before)).toBe(true);
  });

  it('exits 2 and leaves the file alone when --json names an agency report in the folder, even with --force', async () => {
    const agencyFile = path.join(dir, 'in', 'so-noi-vu.xlsx');
    const before = fs.readFileSync(agencyFile);
    const run = await runCli(
      ['merge', 'in', '--out', 'tong-hop-json.xlsx', '--json', path.join('in', 'so-noi-vu.xlsx'), ...args],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('so-noi-vu.xlsx');
    expect(fs.readFileSync(agencyFile).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'tong-hop-json.xlsx'))).toBe(false);
  });

  it('writes over an earlier report at that path, and skips an earlier report kept under another name', async () => {
    const folder = path.join(dir, 'lan-hai');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(dir, 'in', 'so-khcn.xlsx'), path.join(folder, 'so-khcn.xlsx'));
    const out = path.join('lan-hai', 'tong-hop.xlsx');
    expect((await runCli(['merge', 'lan-hai', '--out', out, ...args], dir)).code).toBe(0);
    fs.copyFileSync(path.join(dir, out), path.join(folder, 'tong-hop-cu.xlsx'));

    const again = await runCli(['merge', 'lan-hai', '--out', out, '--json', '-', ...args], dir);
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.stdout) as MergeJson;
    expect(summary.inputs.map((i) => [path.basename(i.path), i.status, i.reasonCode])).toEqual([
      ['so-khcn.xlsx', 'merged', null],
      ['tong-hop-cu.xlsx', 'skipped', 'phuluc-report'],
    ]);
    expect(summary.totals).toMatchObject({ rowsRead: 2, rowsMerged: 2 });
  });
});

describe('a report merged over the whole sheet', () => {
  it('is read as Excel shows it (the anchor only) while the other reports merge as usual', async () => {
    const folder = path.join(dir, 'gop');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(dir, 'in', 'so-khcn.xlsx'), path.join(folder, 'so-khcn.xlsx'));
    const noiVu = fs.readFileSync(path.join(dir, 'in', 'so-noi-vu.xlsx'));
    fs.writeFileSync(path.join(folder, 'so-noi-vu.xlsx'), withMergeCell(noiVu, 'A1:XFD1048576'));
    const run = await runCli(
      ['merge', 'gop', '--out', 'gop.xlsx', '--json', '-', '--as-of', AS_OF, '--province', PROVINCE],
      dir,
    );
    const summary = JSON.parse(run.stdout) as MergeJson;
    expect(summary.inputs.map((i) => [path.basename(i.path), i.status, i.rowsRead])).toEqual([
      ['so-khcn.xlsx', 'merged', 2],
      ['so-noi-vu.xlsx', 'merged', 0],
    ]);
    expect(fs.existsSync(path.join(dir, 'gop.xlsx'))).toBe(true);
  });
});

describe('a report of what was done, with no status column', () => {
  it('matches its rows by text, keeps the outcomes, counts the agency as reported and says once that the statuses are missing', async () => {
    const folder = path.join(dir, 'tom-tat');
    fs.mkdirSync(folder);
    const plan = seedTable('bac-ninh');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Kết quả thực hiện']);
    // Sở KH&CN leads tasks 1 and 6; its own list numbers them 1, 2 in another order.
    ws.addRow(['1', plan.rows[5][COL.task], 'Đã đặt hàng 3 nhiệm vụ']);
    ws.addRow(['2', plan.rows[0][COL.task], 'Đã ban hành Kế hoạch số 45/KH-UBND']);
    await wb.xlsx.writeFile(path.join(folder, 'so-khoa-hoc-va-cong-nghe.xlsx'));
    fs.writeFileSync(path.join(dir, 'ke-hoach-bn.xlsx'), await buildAppendixWorkbook(plan));
    const run = await runCli(
      ['merge', 'tom-tat', '--plan', 'ke-hoach-bn.xlsx', '--out', 'tom-tat.xlsx', '--json', '-'].concat([
        '--as-of',
        AS_OF,
        '--province',
        PROVINCE,
      ]),
      dir,
    );
    const summary = JSON.parse(run.stdout) as MergeJson;
    expect(summary.inputs[0]).toMatchObject({ rowsRead: 2, rowsMerged: 2, rowsRejected: 0 });
    const lead = (stt: string) => summary.tasks.find((t) => t.stt === stt)!.reports[0];
    expect([lead('1').outcome, lead('6').outcome]).toEqual([
      'Đã ban hành Kế hoạch số 45/KH-UBND',
      'Đã đặt hàng 3 nhiệm vụ',
    ]);
    expect(summary.missingAgencies).not.toContain('Sở Khoa học và Công nghệ');
    const missing = summary.issues.filter((i) => i.code === 'E_COLUMN_MISSING');
    expect(missing.map((i) => [path.basename(i.path ?? ''), i.field])).toEqual([
      ['so-khoa-hoc-va-cong-nghe.xlsx', 'status'],
    ]);
  });
});
