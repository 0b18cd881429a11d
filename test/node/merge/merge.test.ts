/**
 * `phuluc merge` end to end on a whole round (round.ts): the contract's JSON,
 * the row accounting, the report workbook, and the data-safety rules.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MergeJson } from '../../../src/node/merge/summary-json';
import { runCli, type CliRun } from '../../scripts/run-cli';
import { AS_OF, buildRound, PROVINCE, type Round } from './round';

let round: Round;
let run: CliRun;
let summary: MergeJson;
const MERGE = ['merge', 'bao-cao', '--plan', 'ke-hoach.xlsx', '--as-of', AS_OF, '--province', PROVINCE];

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) =>
    fs
      .readdirSync(d, { withFileTypes: true })
      .forEach((e) =>
        e.isDirectory()
          ? walk(path.join(d, e.name))
          : out.set(path.join(d, e.name), sha(path.join(d, e.name))),
      );
  walk(dir);
  return out;
}

let before: Map<string, string>;
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-merge-'));
  round = await buildRound(dir);
  before = hashes(round.reports);
  before.set(round.plan, sha(round.plan));
  run = await runCli([...MERGE, '--out', 'tong-hop.xlsx', '--json', 'tom-tat.json'], dir);
  summary = JSON.parse(fs.readFileSync(path.join(dir, 'tom-tat.json'), 'utf8'));
});
afterAll(() => fs.rmSync(round.dir, { recursive: true, force: true }));

type Entry<K extends 'inputs' | 'tasks'> = MergeJson[K][number];
function found<T>(item: T | undefined, what: string): T {
  if (item === undefined) throw new Error(`not in the summary: ${what}`);
  return item;
}
const input = (name: string): Entry<'inputs'> =>
  found(
    summary.inputs.find((i) => path.basename(i.path) === name),
    name,
  );
const task = (stt: string): Entry<'tasks'> =>
  found(
    summary.tasks.find((t) => t.stt === stt),
    stt,
  );

describe('a whole round', () => {
  it('exits 1: a file could not be read and a row matched no plan task', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('lists every input with its status, agency and how the agency was found', () => {
    expect(summary.schemaVersion).toBe(1);
    expect(summary.asOf).toBe(AS_OF);
    expect(summary.plan).toMatchObject({ path: 'ke-hoach.xlsx', tasks: 7 });
    expect(summary.output).toBe('tong-hop.xlsx');
    expect(summary.inputs).toHaveLength(7);
    expect(input('so-khoa-hoc-va-cong-nghe.xlsx')).toMatchObject({
      path: path.join('bao-cao', 'so-khoa-hoc-va-cong-nghe.xlsx'),
      status: 'merged',
      agency: 'Sở Khoa học và Công nghệ',
      agencySource: 'metadata',
      sha256: sha(path.join(round.reports, 'so-khoa-hoc-va-cong-nghe.xlsx')),
      reason: null,
    });
    expect(input('Sở Nội vụ - báo cáo.xlsx')).toMatchObject({
      status: 'merged',
      agency: 'Sở Nội vụ',
      agencySource: 'file-name',
    });
    expect(input('cong-an.xls')).toMatchObject({ status: 'merged', agency: 'Công an tỉnh', format: 'xls' });
    expect(input('bao-cao-2026.xlsx')).toMatchObject({
      agency: 'Báo và Phát thanh, Truyền hình Bắc Ninh',
      agencySource: 'heading',
    });
    expect(input('~$so-khoa-hoc-va-cong-nghe.xlsx')).toMatchObject({
      status: 'skipped',
      reasonCode: 'lock-file',
      sha256: null,
    });
    expect(input('._so-noi-vu.xlsx')).toMatchObject({ status: 'skipped', reasonCode: 'hidden' });
    expect(input('bi-hong.xlsx')).toMatchObject({
      status: 'unreadable',
      rowsRead: 0,
      rowsMerged: 0,
      rowsRejected: 0,
    });
    expect(input('bi-hong.xlsx').reason).toMatch(/\S/);
  });

  it('accounts for every row: read = merged + rejected, per file and in total', () => {
    const rows = (name: string) => {
      const i = input(name);
      return [i.rowsRead, i.rowsMerged, i.rowsRejected];
    };
    expect(rows('so-khoa-hoc-va-cong-nghe.xlsx')).toEqual([3, 3, 0]);
    expect(rows('Sở Nội vụ - báo cáo.xlsx')).toEqual([3, 2, 1]);
    expect(rows('cong-an.xls')).toEqual([1, 1, 0]);
    expect(rows('bao-cao-2026.xlsx')).toEqual([1, 1, 0]);
    for (const i of summary.inputs) expect(i.rowsRead).toBe(i.rowsMerged + i.rowsRejected);
    expect(summary.totals).toMatchObject({ rowsRead: 8, rowsMerged: 7, rowsRejected: 1 });
  });

  it('rejects the task the plan does not have, with where it is', () => {
    expect(summary.rejected).toEqual([
      expect.objectContaining({
        path: path.join('bao-cao', 'dot-1', 'Sở Nội vụ - báo cáo.xlsx'),
        sheet: 'Báo cáo',
        row: 4,
        code: 'E_TASK_NOT_IN_PLAN',
        task: 'Tổ chức Hội nghị tổng kết công tác cán bộ năm 2026',
      }),
    ]);
  });

  it('gives each plan task its corrected status, overdue flag and reports', () => {
    expect(summary.tasks.map((t) => [t.stt, t.status, t.overdue])).toEqual([
      ['1', 'DONE_ON_TIME', false],
      ['2', 'IN_PROGRESS_LATE', true],
      ['3', 'NO_REPORT', false],
      ['4', 'IN_PROGRESS', false],
      ['5', 'DONE_ON_TIME', false],
      ['6', 'DONE_THIS_PERIOD', false],
      ['7', 'IN_PROGRESS', false],
    ]);
    expect(task('1').reports).toEqual([
      expect.objectContaining({ agency: 'Sở Khoa học và Công nghệ', role: 'lead', match: 'id' }),
    ]);
    expect(task('2')).toMatchObject({ lead: ['Sở Nội vụ'], due: '2026-07-31' });
    expect(task('2').reports).toEqual([
      expect.objectContaining({
        agency: 'Sở Nội vụ',
        role: 'lead',
        status: 'IN_PROGRESS_LATE',
        reportedStatus: 'IN_PROGRESS',
        match: 'text',
        source: { path: path.join('bao-cao', 'dot-1', 'Sở Nội vụ - báo cáo.xlsx'), sheet: 'Báo cáo', row: 2 },
      }),
    ]);
    expect(task('4').reports.map((r) => [r.agency, r.role])).toEqual([
      ['Sở Khoa học và Công nghệ', 'lead'],
      ['Sở Nội vụ', 'partner'],
    ]);
  });

  it('names the agencies that sent nothing and the overdue count', () => {
    expect(summary.missingAgencies).toEqual([
      'Hội Văn học nghệ thuật tỉnh',
      'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
      'Sở Giáo dục và Đào tạo',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Văn phòng UBND tỉnh',
    ]);
    expect(summary.totals).toMatchObject({
      tasks: 7,
      overdue: 1,
      byStatus: { DONE_ON_TIME: 2, IN_PROGRESS: 2, IN_PROGRESS_LATE: 1, DONE_THIS_PERIOD: 1, NO_REPORT: 1 },
    });
  });

  it('prints a short summary: counts, missing agencies, overdue tasks, where the report is', () => {
    expect(run.stdout).toContain('7 tệp');
    expect(run.stdout).toContain('8 dòng đọc được = 7 dòng tổng hợp + 1 dòng bị loại');
    expect(run.stdout).toContain('Chưa gửi báo cáo (5): Hội Văn học nghệ thuật tỉnh;');
    expect(run.stdout).toContain('Nhiệm vụ quá hạn (1): 2. Xây dựng chính sách thu hút');
    expect(run.stdout).toContain('Báo cáo tổng hợp: tong-hop.xlsx');
  });

  it('never modifies an input', () => {
    const after = hashes(round.reports);
    after.set(round.plan, sha(round.plan));
    expect(after).toEqual(before);
  });
});

describe('the report workbook', () => {
  let wb: ExcelJS.Workbook;
  let parts: Record<string, Uint8Array>;
  beforeAll(async () => {
    const file = path.join(round.dir, 'tong-hop.xlsx');
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  });
  const sheet = (name: string) => wb.getWorksheet(name)!;
  /** A sheet's rows as text (a merged range counted once, in its first cell), for finding a line without knowing its row number. */
  const rows = (name: string) => {
    const out: string[][] = [];
    sheet(name).eachRow((row) => {
      const line: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.isMerged && cell.master !== cell ? null : cell.value;
        line.push(v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));
      });
      while (line.length && line[line.length - 1] === '') line.pop();
      out.push(line);
    });
    return out;
  };

  it('has the six sheets with their Vietnamese names, in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Chi tiết nhiệm vụ',
      'Quá hạn',
      'Chưa báo cáo',
      'Lỗi dữ liệu',
      'Nguồn dữ liệu',
    ]);
  });

  it('is laid out for printing: A4 landscape, one page wide, header repeated, Times New Roman', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
      expect(ws.getCell('A1').font?.name).toBe('Times New Roman');
    }
    const details = sheet('Chi tiết nhiệm vụ');
    expect(details.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(details.autoFilter).toBeTruthy();
    // The sources' filter stops above their total, so sorting never moves it into the data.
    const sources = sheet('Nguồn dữ liệu');
    let total = 0;
    sources.eachRow((row, n) => {
      if (row.getCell(2).value === 'Tổng cộng') total = n;
    });
    expect(total).toBeGreaterThan(0);
    expect(String(sources.autoFilter)).toMatch(new RegExp(`:K${total - 1}$`));
    expect(details.getCell('B5').alignment?.wrapText).toBe(true);
  });

  it('sums up by status with percentages, and draws data bars', () => {
    const lines = rows('Tổng hợp');
    expect(lines).toContainEqual(['1', 'Đã hoàn thành đúng hạn', '2', String(2 / 7)]);
    expect(lines).toContainEqual(['9', 'Chưa có báo cáo', '1', String(1 / 7)]);
    expect(lines).toContainEqual(['6', '– Sở Giáo dục và Đào tạo']);
    expect(strFromU8(parts['xl/worksheets/sheet1.xml'])).toContain('<dataBar>');
  });

  it('lists one row per plan task with its lead status, partners and source', () => {
    const lines = rows('Chi tiết nhiệm vụ');
    const second = lines.find((l) => l[0] === '2')!;
    expect(second.slice(5, 13)).toEqual([
      '2026-07-31',
      'Đang thực hiện trong hạn',
      '=HYPERLINK("http://x.invalid","bấm")',
      '',
      '',
      '',
      'Đang thực hiện quá hạn',
      'Quá hạn',
    ]);
    const fourth = lines.find((l) => l[0] === '4')!;
    // Typed text stays as typed, even text shaped like a message id.
    expect(fourth[8]).toBe(
      'Sở Nội vụ (Đang thực hiện trong hạn): @merge.status.DONE_ON_TIME; +84 912 345 678',
    );
  });

  it('lists the overdue task, the unreported ones, every issue and every source', () => {
    expect(
      rows('Quá hạn')
        .filter((l) => /^\d+$/.test(l[0]))
        .map((l) => [l[0], l[5]]),
    ).toEqual([['2', '132']]);
    const unreported = rows('Chưa báo cáo');
    expect(unreported).toContainEqual([
      'Sở Giáo dục và Đào tạo',
      'Chủ trì',
      '3',
      expect.stringContaining('STEM'),
      'Chưa gửi báo cáo',
    ]);
    const issues = rows('Lỗi dữ liệu');
    expect(issues.some((l) => l[3] === 'E_TASK_NOT_IN_PLAN' && l[2] === 'B4')).toBe(true);
    expect(issues.some((l) => l[3] === 'E_FILE_UNREADABLE' && l[0].endsWith('bi-hong.xlsx'))).toBe(true);
    const sources = rows('Nguồn dữ liệu');
    expect(sources).toContainEqual(['', 'Tổng cộng', '', '', '', '', '', '8', '7', '1']);
    expect(sources.some((l) => l.includes(sha(path.join(round.reports, 'cong-an.xls'))))).toBe(true);
  });

  it('writes no formula anywhere: text that looks like one stays text', () => {
    for (const [name, data] of Object.entries(parts)) {
      if (name.startsWith('xl/worksheets/')) expect(strFromU8(data)).not.toMatch(/<f[ >]/);
    }
    expect(strFromU8(parts['xl/sharedStrings.xml'])).toContain(
      '=HYPERLINK(&quot;http://x.invalid&quot;,&quot;bấm&quot;)',
    );
  });
});

describe('data safety', () => {
  it('refuses to overwrite an existing report without --force, and writes nothing', async () => {
    const file = path.join(round.dir, 'tong-hop.xlsx');
    const old = sha(file);
    const again = await runCli([...MERGE, '--out', 'tong-hop.xlsx'], round.dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(sha(file)).toBe(old);
  });

  it('with --force, the same inputs give the same report, byte for byte', async () => {
    const file = path.join(round.dir, 'tong-hop.xlsx');
    const old = fs.readFileSync(file);
    const again = await runCli([...MERGE, '--out', 'tong-hop.xlsx', '--force'], round.dir);
    expect(again.code).toBe(1);
    expect(fs.readFileSync(file).equals(old)).toBe(true);
    expect(fs.readdirSync(round.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an output that is one of the inputs, even with --force', async () => {
    const target = path.join('bao-cao', 'cong-an.xls');
    const old = sha(path.join(round.dir, target));
    const r = await runCli(
      ['merge', target, 'bao-cao/bao-cao-2026.xlsx', '--out', target, '--force'],
      round.dir,
    );
    expect(r.code).toBe(2);
    expect(sha(path.join(round.dir, target))).toBe(old);
  });

  it('with --json -, prints the JSON document alone on standard output', async () => {
    const r = await runCli([...MERGE, '--out', 'lan-2.xlsx', '--json', '-', '--lang', 'en'], round.dir);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1, output: 'lan-2.xlsx' });
    expect(r.stderr).toContain('Consolidated report: lan-2.xlsx');
  });
});
