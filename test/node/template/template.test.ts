/**
 * `phuluc template`: one workbook per agency with exactly its tasks, the plan
 * columns locked, a status dropdown, and the hidden ids and metadata that
 * `merge` reads back through the ordinary reader.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRegistry } from '../../../src/core/agency';
import { planFingerprint, readTemplateMetadata, taskIdOf } from '../../../src/core/merge';
import type { WorkbookModel } from '../../../src/core/model/sheet';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { readWorkbookFile } from '../../../src/node/read';
import { buildAppendixWorkbook, COLLECTIVES, expectedTable, seedTable, withCell } from '../../fixtures';
import { runCli } from '../../scripts/run-cli';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-template-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const registry = createRegistry({ province: 'Bắc Ninh' });

/** DOMAIN.md §3, the canonical labels in order. */
const STATUS_VOCABULARY = [
  'Đã hoàn thành đúng hạn',
  'Đã hoàn thành quá hạn',
  'Đang thực hiện trong hạn',
  'Đang thực hiện quá hạn',
  'Chưa thực hiện',
  'Đã thực hiện trong kỳ',
  'Tạm dừng',
  'Không thực hiện',
];

async function readModel(file: string): Promise<WorkbookModel> {
  const outcome = await readWorkbookFile(file);
  if (!outcome.ok) throw new Error(`unreadable: ${file}`);
  return outcome.workbook;
}

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function templates(plan: string, out: string, ...extra: string[]) {
  const run = await runCli(
    ['template', '--plan', plan, '--out', out, '--province', 'Bắc Ninh', ...extra],
    dir,
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { run, files: fs.readdirSync(path.join(dir, out)).sort() };
}

/** The agency a template is for and the STT of each task it holds, read back as `merge` reads them. */
async function readBack(file: string) {
  const wb = await readModel(file);
  const meta = readTemplateMetadata(wb);
  const { tables } = readWorkbookTables(wb, registry);
  return { wb, meta, tables, stts: tables.flatMap((t) => t.tasks.map((r) => r.stt)) };
}

describe('templates for the Bắc Ninh plan', () => {
  const expected = expectedTable('bac-ninh');
  let files: string[];
  let stdout: string;
  const out = path.join('mau');

  beforeAll(async () => {
    fs.writeFileSync(
      path.join(dir, 'bac-ninh.xlsx'),
      await buildAppendixWorkbook(seedTable('bac-ninh'), { titleRows: true }),
    );
    ({
      files,
      run: { stdout },
    } = await templates('bac-ninh.xlsx', out));
  });

  /** From the hand-written oracle: every agency named as lead or partner, except collectives and the Ministry. */
  function expectedAssignments(): Map<string, string[]> {
    const byAgency = new Map<string, string[]>();
    for (const task of expected.tasks) {
      for (const name of new Set([...task.lead, ...task.partners])) {
        if (COLLECTIVES.includes(name) || name.startsWith('Bộ ')) continue;
        byAgency.set(name, [...(byAgency.get(name) ?? []), task.stt]);
      }
    }
    return byAgency;
  }

  it('makes one workbook per named agency, named after it', () => {
    expect(files).toHaveLength(expectedAssignments().size);
    expect(files).toEqual(
      expect.arrayContaining([
        'so-noi-vu.xlsx',
        'so-khoa-hoc-va-cong-nghe.xlsx',
        'bao-va-phat-thanh-truyen-hinh-bac-ninh.xlsx',
      ]),
    );
    expect(files.some((f) => f.startsWith('bo-'))).toBe(false);
    expect(stdout).toContain('so-noi-vu.xlsx — Sở Nội vụ: 2 nhiệm vụ (chủ trì 1, phối hợp 1)');
  });

  it('gives each agency exactly the tasks it leads or supports', async () => {
    const seen = new Map<string, string[]>();
    for (const file of files) {
      const { meta, stts } = await readBack(path.join(dir, out, file));
      seen.set(meta!.agency!, stts as string[]);
    }
    expect(seen).toEqual(expectedAssignments());
  });

  it('hides the task ids and the metadata merge matches on', async () => {
    const planWb = await readModel(path.join(dir, 'bac-ninh.xlsx'));
    const planRows = readWorkbookTables(planWb, registry).tables[0].tasks;
    const ids = planRows.map((r) => taskIdOf(r));
    const { wb, meta, tables } = await readBack(path.join(dir, out, 'so-noi-vu.xlsx'));
    expect(meta).toEqual({
      agency: 'Sở Nội vụ',
      planFingerprint: planFingerprint(ids),
      templateVersion: '1',
      province: 'Bắc Ninh',
    });
    const metaSheet = wb.sheets.find((s) => s.name === '_phuluc')!;
    expect(metaSheet.hidden).toBe(true);
    expect(metaSheet.cells[4]?.slice(0, 2).map((c) => c?.value)).toEqual(['planFile', 'bac-ninh.xlsx']);
    const table = tables[0];
    expect(table.sheet).toBe('Báo cáo');
    expect(table.kind).toBe('report');
    expect(table.tasks.map((r) => r.taskId)).toEqual([ids[1], ids[3]]);
    // The id column is hidden in the sheet.
    const idCol = table.columns.taskId!;
    const sheet = wb.sheets.find((s) => s.name === 'Báo cáo')!;
    expect(sheet.hiddenCols).toContain(idCol.charCodeAt(0) - 65);
    const xl = await loadXlsx(path.join(dir, out, 'so-noi-vu.xlsx'));
    expect(xl.getWorksheet('_phuluc')!.state).toBe('veryHidden');
  });

  it('locks the plan columns and leaves the report columns open, without a password', async () => {
    const { tables } = await readBack(path.join(dir, out, 'so-noi-vu.xlsx'));
    const table = tables[0];
    const ws = (await loadXlsx(path.join(dir, out, 'so-noi-vu.xlsx'))).getWorksheet('Báo cáo')!;
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    const locked = (field: keyof typeof table.columns, row: number) =>
      ws.getCell(`${table.columns[field]}${row}`).protection?.locked !== false;
    for (const r of table.tasks) {
      for (const f of ['stt', 'task', 'lead', 'partners', 'result', 'deadline', 'taskId'] as const)
        expect([f, locked(f, r.row)]).toEqual([f, true]);
      for (const f of ['status', 'outcome', 'issues', 'proposals'] as const)
        expect([f, locked(f, r.row)]).toEqual([f, false]);
    }
    expect(ws.getCell(`${table.columns.outcome}${table.headerRow}`).value).toBe('Kết quả thực hiện');
    expect(ws.getCell(`${table.columns.issues}${table.headerRow}`).value).toBe('Khó khăn, vướng mắc');
    expect(ws.getCell(`${table.columns.proposals}${table.headerRow}`).value).toBe('Đề xuất, kiến nghị');
  });

  it('offers the status vocabulary as a dropdown read from the hidden sheet', async () => {
    const file = path.join(dir, out, 'so-khoa-hoc-va-cong-nghe.xlsx');
    const { tables } = await readBack(file);
    const xl = await loadXlsx(file);
    const ws = xl.getWorksheet('Báo cáo')!;
    for (const r of tables[0].tasks) {
      const dv = ws.getCell(`${tables[0].columns.status}${r.row}`).dataValidation;
      expect(dv).toMatchObject({ type: 'list', formulae: ["'_phuluc'!$D$1:$D$8"] });
    }
    const list = xl.getWorksheet('_phuluc')!;
    expect(STATUS_VOCABULARY.map((_, i) => list.getCell(`D${i + 1}`).value)).toEqual(STATUS_VOCABULARY);
  });

  it('reads a status picked from the list as the status it names', async () => {
    const file = path.join(dir, out, 'so-khoa-hoc-va-cong-nghe.xlsx');
    const { tables } = await readBack(file);
    const xl = await loadXlsx(file);
    const ws = xl.getWorksheet('Báo cáo')!;
    tables[0].tasks.forEach(
      (r, i) => (ws.getCell(`${tables[0].columns.status}${r.row}`).value = STATUS_VOCABULARY[i]),
    );
    const filled = path.join(dir, 'filled.xlsx');
    await xl.xlsx.writeFile(filled);
    const back = await readBack(filled);
    expect(back.tables[0].tasks.map((r) => r.status)).toEqual(['DONE_ON_TIME', 'DONE_LATE', 'IN_PROGRESS']);
  });

  it('prints on A4 landscape in Times New Roman, header repeated, instructions in Vietnamese on top', async () => {
    const { tables } = await readBack(path.join(dir, out, 'so-noi-vu.xlsx'));
    const header = tables[0].headerRow;
    const ws = (await loadXlsx(path.join(dir, out, 'so-noi-vu.xlsx'))).getWorksheet('Báo cáo')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header + 1}`);
    // The print area fixed in place: absolute rows as well as columns.
    const workbookXml = strFromU8(
      unzipSync(fs.readFileSync(path.join(dir, out, 'so-noi-vu.xlsx')))['xl/workbook.xml'],
    );
    expect(workbookXml).toMatch(/_xlnm\.Print_Area[^>]*>[^<]*!\$A\$1:\$[A-Z]+\$\d+</);
    expect(ws.getCell('A2').value).toBe('Đơn vị báo cáo: Sở Nội vụ');
    const texts: string[] = [];
    ws.eachRow((row, n) => {
      if (n >= header) return;
      row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value));
    });
    expect(texts.some((s) => s.startsWith('Hướng dẫn:'))).toBe(true);
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value !== null) expect(c.font?.name).toBe('Times New Roman');
      }),
    );
    const task = ws.getCell(`${tables[0].columns.task}${tables[0].tasks[0].row}`);
    expect(task.alignment?.wrapText).toBe(true);
  });
});

describe('collectives', () => {
  // Task 1 names only collectives; the others name agencies and "Các sở, ngành, địa phương (có liên quan)".
  let table = seedTable('bac-ninh');
  table = withCell(table, 0, 'lead', 'Các sở, ban, ngành');
  table = withCell(table, 0, 'partners', 'UBND các xã, phường');

  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'collectives.xlsx'), await buildAppendixWorkbook(table, {}));
  });

  async function byAgency(out: string): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (const file of fs.readdirSync(path.join(dir, out))) {
      const { meta, stts } = await readBack(path.join(dir, out, file));
      found.set(meta!.agency!, stts as string[]);
    }
    return found;
  }

  it('without --collectives, a task naming only collectives goes to a template for each of them', async () => {
    await templates('collectives.xlsx', 'without');
    const found = await byAgency('without');
    expect(found.get('Các sở, ban, ngành')).toEqual(['1']);
    expect(found.get('UBND các xã, phường')).toEqual(['1']);
    expect(found.has('Các sở, ngành, địa phương')).toBe(false);
    expect(found.get('Sở Nội vụ')).toEqual(['2', '4']);
  });

  it('without --collectives, a task led by collectives alone reaches them even when it names a partner', async () => {
    // Hưng Yên task 1: "Các sở, ban ngành, Ủy ban nhân dân xã, phường" lead, Sở Khoa học và Công nghệ supports.
    fs.writeFileSync(path.join(dir, 'hung-yen.xlsx'), await buildAppendixWorkbook(seedTable('hung-yen'), {}));
    await templates('hung-yen.xlsx', 'hung-yen');
    const found = await byAgency('hung-yen');
    expect(found.get('Các sở, ban, ngành')).toEqual(['1']);
    expect(found.get('UBND các xã, phường')).toEqual(['1']);
    expect(found.get('Sở Khoa học và Công nghệ')).toEqual(['1', '2', '3']);
  });

  it('with --collectives, every collective gets one template of all its tasks, with a blank for the member to name itself', async () => {
    await templates('collectives.xlsx', 'with', '--collectives');
    const found = await byAgency('with');
    expect(found.get('Các sở, ngành, địa phương')).toEqual(['2', '3']);
    expect(found.get('Các sở, ngành, địa phương có liên quan')).toEqual(['4', '5', '6', '7']);
    expect(found.get('Sở Nội vụ')).toEqual(['2', '4']);
    const ws = (await loadXlsx(path.join(dir, 'with', 'cac-so-nganh-dia-phuong.xlsx'))).getWorksheet(
      'Báo cáo',
    )!;
    expect(ws.getCell('A2').value).toBe('Đơn vị báo cáo:');
    expect(ws.getCell('C2').protection?.locked).toBe(false);
  });
});

describe('refusals', () => {
  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'plan.xlsx'), await buildAppendixWorkbook(seedTable('bac-ninh'), {}));
  });

  it('refuses to overwrite an existing template without --force and writes none of them', async () => {
    const out = path.join(dir, 'again');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'so-noi-vu.xlsx'), 'keep me');
    const refused = await runCli(['template', '--plan', 'plan.xlsx', '--out', 'again'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(fs.readdirSync(out)).toEqual(['so-noi-vu.xlsx']);
    expect(fs.readFileSync(path.join(out, 'so-noi-vu.xlsx'), 'utf8')).toBe('keep me');
    const forced = await runCli(['template', '--plan', 'plan.xlsx', '--out', 'again', '--force'], dir);
    expect(forced.code).toBe(0);
    expect((await readBack(path.join(out, 'so-noi-vu.xlsx'))).meta?.agency).toBe('Sở Nội vụ');
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an output folder that is a file', async () => {
    const run = await runCli(['template', '--plan', 'plan.xlsx', '--out', 'plan.xlsx'], dir);
    expect(run.code).toBe(2);
  });

  it('stops with exit 1 on a plan it cannot read', async () => {
    fs.writeFileSync(path.join(dir, 'broken.xlsx'), 'not a workbook');
    const run = await runCli(['template', '--plan', 'broken.xlsx', '--out', 'none'], dir);
    expect(run.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'none'))).toBe(false);
  });
});
