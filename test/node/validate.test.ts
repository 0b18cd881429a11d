/**
 * `phuluc validate` as users run it, on workbooks built from the seed
 * appendices with their real defects (DOMAIN §2, issue "Done when").
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  appendixLayout,
  buildAppendixWorkbook,
  buildCsv,
  buildLegacyXls,
  expectedTable,
  seedTable,
} from '../fixtures';
import { runCli } from '../scripts/run-cli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-validate-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

interface Issue {
  code: string;
  severity: string;
  cell: string | null;
  row: number | null;
  message: string;
  suggestion?: string;
}

async function validateJson(...args: string[]) {
  const run = await runCli(['validate', '--json', '--as-of', '2026-12-10', ...args], dir);
  return { ...run, doc: JSON.parse(run.stdout) };
}

describe('phuluc validate on the Ninh Bình appendix as typed', () => {
  const table = seedTable('ninh-binh');
  const opts = { titleRows: true, columnNumberRow: 'parens' as const };
  const at = appendixLayout(table, opts);
  let file: string;
  beforeAll(async () => {
    file = write('ninh-binh.xlsx', await buildAppendixWorkbook(table, opts));
  });

  it('finds the table under the title rows and skips the column-number row', async () => {
    const { doc } = await validateJson(file);
    const t = doc.files[0].tables[0];
    expect(t.kind).toBe('plan');
    expect(t.headerRow).toBe(at.headerRow);
    expect(t.firstDataRow).toBe(at.taskRows[0]);
    expect(t.tasks).toHaveLength(13);
    expect(t.columns).toMatchObject({
      stt: at.columns.stt,
      task: at.columns.task,
      deadline: at.columns.deadline,
    });
  });

  it('reports "Sở Khoa học và Cong nghệ" as a misspelling at its cell', async () => {
    const { doc } = await validateJson(file);
    const hits: Issue[] = doc.files[0].issues.filter((i: Issue) => i.code === 'W_AGENCY_SPELLING');
    const cell = `${at.columns.lead}${at.taskRows[0]}`;
    expect(hits.find((i) => i.cell === cell)).toMatchObject({ suggestion: 'Sở Khoa học và Công nghệ' });
  });

  it('reports the six empty results, on the rows of tasks 3 and 9-13', async () => {
    const { doc } = await validateJson(file);
    const rows = doc.files[0].issues
      .filter((i: Issue) => i.code === 'W_RESULT_EMPTY')
      .map((i: Issue) => i.row);
    expect(rows).toEqual([2, 8, 9, 10, 11, 12].map((i) => at.taskRows[i]));
  });

  it('reports the lead listed again among the partners in task 2', async () => {
    const { doc } = await validateJson(file);
    const rows = doc.files[0].issues
      .filter((i: Issue) => i.code === 'W_LEAD_IS_PARTNER')
      .map((i: Issue) => i.row);
    expect(rows).toContain(at.taskRows[1]);
  });

  it('says so when the fix for the lead among the partners leaves the partners cell empty', async () => {
    const run = await runCli(['validate', file, '--as-of', '2026-12-10'], dir);
    const lines = run.stdout.split('\n');
    const at2 = lines.findIndex((l) => l.includes('[W_LEAD_IS_PARTNER]') && l.includes(`${at.taskRows[1]} `));
    expect(at2).toBeGreaterThan(-1);
    expect(lines[at2 + 1]).toMatch(/→ \(để trống ô\)$/);
  });

  it('understands every deadline', async () => {
    const { doc } = await validateJson(file);
    const kinds = doc.files[0].tables[0].tasks.map((t: { deadline: { kind: string } }) => t.deadline.kind);
    expect(kinds).not.toContain('unparsed');
    expect(doc.files[0].issues.filter((i: Issue) => i.code.startsWith('E_DEADLINE'))).toHaveLength(0);
  });

  it('reads the fields a person reads from the table', async () => {
    const { doc } = await validateJson(file);
    const expected = expectedTable('ninh-binh');
    const tasks = doc.files[0].tables[0].tasks;
    expected.tasks.forEach((e, i) => {
      expect({
        stt: tasks[i].stt,
        task: tasks[i].task,
        lead: tasks[i].lead,
        deadline: tasks[i].deadline.text,
      }).toEqual({
        stt: e.stt,
        task: e.task,
        lead: e.lead,
        deadline: e.deadline,
      });
    });
  });

  it('follows the contract: schema version, summary counts and exit code 0 without errors', async () => {
    const { code, doc } = await validateJson(file);
    expect(doc.schemaVersion).toBe(1);
    const issues: Issue[] = doc.files[0].issues;
    expect(doc.summary).toEqual({
      files: 1,
      tables: 1,
      tasks: 13,
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      infos: issues.filter((i) => i.severity === 'info').length,
    });
    expect(code).toBe(doc.summary.errors > 0 ? 1 : 0);
  });

  it('prints a readable Vietnamese report grouped by severity, English with --lang en', async () => {
    const vi = await runCli(['validate', file, '--as-of', '2026-12-10'], dir);
    expect(vi.stdout).toContain('Tệp ninh-binh.xlsx');
    expect(vi.stdout).toMatch(/Cảnh báo \(\d+\)/);
    expect(vi.stdout).toContain('Tên cơ quan có thể viết sai: “Sở Khoa học và Cong nghệ”');
    const en = await runCli(['validate', file, '--as-of', '2026-12-10', '--lang', 'en'], dir);
    expect(en.stdout).toMatch(/Warning \(\d+\)/);
    expect(en.stdout).toContain('Agency name may be misspelt');
  });
});

describe('the same tasks whatever the encoding or layout', () => {
  const tasksOf = (doc: {
    files: {
      tables: {
        tasks: {
          stt: string;
          task: string;
          lead: string[];
          partners: string[];
          deadline: { text: string };
        }[];
      }[];
    }[];
  }) =>
    doc.files[0].tables[0].tasks.map((t) => ({
      stt: t.stt,
      lead: t.lead,
      partners: t.partners,
      deadline: t.deadline.text,
    }));

  it('Hưng Yên in TCVN3 (.VnTime) gives the tasks of its Unicode original, with W_LEGACY_ENCODING', async () => {
    const table = seedTable('hung-yen');
    const uni = write('hy.xlsx', await buildAppendixWorkbook(table, { titleRows: true }));
    const tcvn = write(
      'hy-tcvn3.xlsx',
      await buildAppendixWorkbook(table, { titleRows: true, encoding: 'tcvn3' }),
    );
    const a = (await validateJson(uni)).doc;
    const b = (await validateJson(tcvn)).doc;
    expect(tasksOf(b)).toEqual(tasksOf(a));
    expect(b.files[0].issues.some((i: Issue) => i.code === 'W_LEGACY_ENCODING')).toBe(true);
    expect(a.files[0].issues.some((i: Issue) => i.code === 'W_LEGACY_ENCODING')).toBe(false);
  });

  it('Bắc Ninh in VNI saved as .xls gives the tasks of its Unicode original, with W_LEGACY_ENCODING', async () => {
    const table = seedTable('bac-ninh');
    const uni = write('bn.xlsx', await buildAppendixWorkbook(table, { titleRows: true }));
    const vni = write('bn-vni.xls', await buildLegacyXls(table, { encoding: 'vni', titleRows: true }));
    const a = (await validateJson(uni)).doc;
    const b = (await validateJson(vni)).doc;
    expect(b.files[0].format).toBe('xls');
    expect(tasksOf(b)).toEqual(tasksOf(a));
    expect(b.files[0].issues.some((i: Issue) => i.code === 'W_LEGACY_ENCODING')).toBe(true);
  });

  it('Bắc Ninh pasted as NFD with group rows gives the same tasks, with I_TEXT_NOT_NFC', async () => {
    const table = seedTable('bac-ninh');
    const uni = write('bn2.xlsx', await buildAppendixWorkbook(table, {}));
    const nfd = write(
      'bn-nfd.xlsx',
      await buildAppendixWorkbook(table, {
        encoding: 'nfd',
        groupRows: [
          { before: 0, stt: 'I', title: 'NHÓM NHIỆM VỤ XÂY DỰNG THỂ CHẾ' },
          { before: 3, stt: 'II', title: 'NHÓM NHIỆM VỤ DỮ LIỆU VÀ TRUYỀN THÔNG' },
        ],
      }),
    );
    const a = (await validateJson(uni)).doc;
    const b = (await validateJson(nfd)).doc;
    expect(tasksOf(b)).toEqual(tasksOf(a));
    const groups = b.files[0].tables[0].tasks.map((t: { group: string | null }) => t.group);
    expect(groups[0]).toMatch(/THỂ CHẾ/);
    expect(groups[4]).toMatch(/DỮ LIỆU/);
    expect(b.files[0].issues.some((i: Issue) => i.code === 'I_TEXT_NOT_NFC')).toBe(true);
  });

  it('a CSV in Windows-1258 reads like the workbook', async () => {
    const table = seedTable('hung-yen');
    const a = (await validateJson(write('hy3.xlsx', await buildAppendixWorkbook(table, {})))).doc;
    const b = (await validateJson(write('hy.csv', await buildCsv(table, { encoding: 'windows-1258' })))).doc;
    expect(b.files[0].format).toBe('csv');
    expect(tasksOf(b)).toEqual(tasksOf(a));
  });

  it('dates stored as Excel serials read as the dates they show', async () => {
    const table = seedTable('bac-ninh');
    table.rows[0][5] = '31/03/2026';
    const file = write('serial.xlsx', await buildAppendixWorkbook(table, { deadlineAs: 'serial' }));
    const { doc } = await validateJson(file);
    expect(doc.files[0].tables[0].tasks[0].deadline).toMatchObject({ kind: 'date', due: '2026-03-31' });
  });
});

describe('exit codes and many files', () => {
  it('exits 1 when a file cannot be read, names the reason, and still checks the others', async () => {
    const good = write('good.xlsx', await buildAppendixWorkbook(seedTable('bac-ninh'), {}));
    const bad = write('bad.xlsx', 'this is not a workbook');
    const { code, doc } = await validateJson(bad, good);
    expect(code).toBe(1);
    expect(doc.files).toHaveLength(2);
    expect(doc.files[0]).toMatchObject({ tables: [], issues: [{ code: 'E_FILE_UNREADABLE', cell: null }] });
    expect(doc.files[1].tables[0].tasks).toHaveLength(7);
  });

  it('exits 1 on an error-severity finding (a workbook without a task table)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Danh sách', 'cán bộ']);
    const file = write('no-table.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const { code, doc } = await validateJson(file);
    expect(code).toBe(1);
    expect(doc.files[0].issues[0].code).toBe('E_TABLE_NOT_FOUND');
  });

  it('exits 2 on wrong usage and prints help with exit 0', async () => {
    expect((await runCli(['validate', '--no-such-option', 'x.xlsx'], dir)).code).toBe(2);
    expect((await runCli(['validate'], dir)).code).toBe(2);
    expect((await runCli(['validate', 'x.xlsx', '--as-of', '10/12/2026'], dir)).code).toBe(2);
    const help = await runCli(['validate', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--as-of');
  });

  it('says what is wrong with the command line in Vietnamese, or in English with --lang en', async () => {
    const vi = await runCli(['validate', '--jsn', 'x.xlsx'], dir);
    expect(vi.stderr).toContain('lỗi: không có tùy chọn --jsn');
    expect(vi.stderr).toContain('(Có phải ý bạn là --json?)');
    expect(vi.stderr).toContain('Cách dùng: phuluc validate');
    const en = await runCli(['merge', 'in', '--lang', 'en'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('error: the option --out <report.xlsx> is required');
    const choice = await runCli(['validate', 'x.xlsx', '--lang', 'fr'], dir);
    expect(choice.stderr).toContain('không nhận giá trị “fr”');
  });

  it('under --json prints nothing but the JSON document on standard output', async () => {
    const file = write('bn-json.xlsx', await buildAppendixWorkbook(seedTable('bac-ninh'), {}));
    const run = await runCli(['validate', '--json', file], dir);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe('text longer than Excel allows', () => {
  it('is read up to the limit and reported at its cell', async () => {
    const table = seedTable('bac-ninh');
    table.rows[0][4] = 'Kết quả '.repeat(5000);
    const file = write('long.xlsx', await buildAppendixWorkbook(table, {}));
    const { doc } = await validateJson(file);
    const hit = doc.files[0].issues.find((i: Issue) => i.code === 'W_TEXT_TRUNCATED');
    expect(hit).toMatchObject({ cell: 'E2', severity: 'warning' });
    expect(doc.files[0].tables[0].tasks[0].result.length).toBeLessThanOrEqual(32767);
  });
});
