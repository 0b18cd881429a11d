/**
 * `npm run demo`: a whole reporting round from the Bắc Ninh appendix, in
 * demo-output/ — the plan, one template per agency (`phuluc template`), the
 * agencies' reports filled in by this script (varied statuses, one agency
 * late, one silent, one free-form renumbered report, one legacy .xls, an
 * Excel lock file left behind), then `phuluc merge` and where the report is.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from 'xlsx';
import {
  FREE_FORM,
  LEGACY_XLS,
  SILENT_AGENCY,
  TASKS,
  TEMPLATE_FILLS,
  TITLE_LINES,
  AS_OF,
  type Filled,
} from '../samples/demo/bac-ninh';
import { REPORT_COLUMNS } from '../src/core/appendix-layout';
import { isLang, t, type Lang } from '../src/core/messages';
import { HEADER_ALIASES } from '../src/core/table/header-aliases';
import { processIO, type CommandIO } from '../src/node/commands/io';
import { displayPath } from '../src/node/display-path';
import { writeTemplates } from '../src/node/template/template-files';
import { writeAppendixWorkbook } from '../src/node/write/appendix';
import { main } from './phuluc';

const OUT = 'demo-output';
/** Excel's owner file while someone has a workbook open: a user name padded to 165 bytes. */
const LOCK_FILE_BYTES = 165;

const header = (field: string): string => REPORT_COLUMNS.find((c) => c.field === field)?.header ?? field;
/** The report columns a free-form report or a legacy file has: the plan's, the status and the outcome. */
const REPORT_HEADERS = REPORT_COLUMNS.filter((c) => c.field !== 'issues' && c.field !== 'proposals').map(
  (c) => c.header,
);

function planRow(stt: string): (string | null)[] {
  const task = TASKS.find((x) => x.stt === stt);
  if (!task) throw new Error(`no task ${stt} in the sample plan`);
  return [task.stt, task.task, task.lead.join('\n'), task.partners.join('\n'), task.result, task.deadline];
}

/** Writes an agency's answers into its template, row by row through the hidden task ids. */
async function fillTemplate(
  file: string,
  idToStt: Map<string, string>,
  fills: Record<string, Filled>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.state === 'visible');
  if (!ws) throw new Error(`no visible sheet in ${file}`);
  const col: Record<string, number> = {};
  let headerRow = 0;
  const wanted = new Map([
    [header('status'), 'status'],
    [header('outcome'), 'outcome'],
    [HEADER_ALIASES.taskId[0], 'taskId'],
  ]);
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const field = typeof cell.value === 'string' ? wanted.get(cell.value) : undefined;
      if (field) {
        col[field] = c;
        headerRow = r;
      }
    }),
  );
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const stt = idToStt.get(String(ws.getCell(r, col.taskId).value ?? ''));
    const fill = stt ? fills[stt] : undefined;
    if (!fill) continue;
    ws.getCell(r, col.status).value = fill.status;
    ws.getCell(r, col.outcome).value = fill.outcome || null;
  }
  await wb.xlsx.writeFile(file);
}

/** Sở GD&ĐT's own report: its title, its reporter line, its headers, its numbering. */
async function writeFreeForm(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.addRow([FREE_FORM.title]);
  ws.addRow([FREE_FORM.reporter]);
  ws.addRow([]);
  ws.addRow(FREE_FORM.headers);
  for (const r of FREE_FORM.rows) {
    const plan = r.plan ? planRow(r.plan) : [null, null, r.lead ?? null, null, null, r.deadline ?? null];
    ws.addRow([r.stt, r.task, plan[2], plan[3], plan[4], plan[5], r.status, r.outcome]);
  }
  ws.columns.forEach((c) => (c.width = 24));
  await wb.xlsx.writeFile(file);
}

/** Công an tỉnh's legacy BIFF8 .xls. */
function writeLegacyXls(file: string): void {
  const rows = LEGACY_XLS.rows.map((r) => [...planRow(r.plan), r.status, r.outcome]);
  const ws = XLSX.utils.aoa_to_sheet([REPORT_HEADERS, ...rows]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Báo cáo');
  fs.writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'biff8', bookSST: true }) as Buffer);
}

export async function demo(lang: Lang = 'vi', io: CommandIO = processIO()): Promise<number> {
  const m = (id: string, data: Record<string, string | number> = {}) => t(id, data, lang);
  const shown = (p: string) => displayPath(p, io.cwd);
  const out = path.resolve(io.cwd, OUT);
  const plan = path.join(out, 'ke-hoach-bac-ninh.xlsx');
  const templates = path.join(out, 'mau-bao-cao');
  const reports = path.join(out, 'bao-cao-gui-ve');
  const report = path.join(out, 'bao-cao-tong-hop.xlsx');
  const summary = path.join(out, 'tom-tat.json');
  // Only what the demo made last time is removed: anything else in the folder stays.
  for (const p of [plan, templates, reports, report, summary]) fs.rmSync(p, { recursive: true, force: true });
  fs.mkdirSync(reports, { recursive: true });
  // The folder keeps itself out of git: nothing in it is source.
  fs.writeFileSync(path.join(out, '.gitignore'), '*\n');
  io.out(`${m('demo.start', { dir: shown(out) })}\n`);

  const rows = TASKS.map((x) => ({
    stt: x.stt,
    task: x.task,
    lead: x.lead,
    partners: x.partners,
    result: x.result,
    deadline: x.deadline,
  }));
  fs.writeFileSync(plan, await writeAppendixWorkbook({ titleLines: TITLE_LINES, rows }));
  io.out(`${m('demo.plan', { file: shown(plan) })}\n`);

  const made = await writeTemplates({
    plan,
    planDisplay: shown(plan),
    out: templates,
    force: true,
    collectives: false,
    registry: {},
    asOf: AS_OF,
  });
  io.out(`${m('demo.templates', { count: made.written.length, dir: shown(templates) })}\n`);
  for (const { file, recipient } of made.written) {
    const fills = TEMPLATE_FILLS[recipient.agency];
    if (!fills) continue;
    const target = path.join(reports, path.basename(file));
    fs.copyFileSync(file, target);
    await fillTemplate(target, new Map(recipient.tasks.map((task) => [task.id, task.stt ?? ''])), fills);
  }
  await writeFreeForm(path.join(reports, FREE_FORM.file));
  writeLegacyXls(path.join(reports, LEGACY_XLS.file));
  fs.writeFileSync(path.join(reports, '~$so-noi-vu.xlsx'), Buffer.alloc(LOCK_FILE_BYTES, 0x20));
  io.out(`${m('demo.reports', { silent: SILENT_AGENCY, dir: shown(reports) })}\n\n`);

  const args = [
    'merge',
    shown(reports),
    '--plan',
    shown(plan),
    '--out',
    shown(report),
    '--json',
    shown(summary),
    '--as-of',
    AS_OF,
    '--lang',
    lang,
  ];
  io.out(
    `${m('demo.merge', { command: `phuluc ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}` })}\n`,
  );
  const code = await main(args, io);
  io.out(`\n${m('demo.open', { file: shown(report) })}\n`);
  // The round has a rejected row on purpose (exit 1): the demo itself succeeded when the report exists.
  return code === 2 || !fs.existsSync(report) ? code || 1 : 0;
}

if (require.main === module) {
  const i = process.argv.indexOf('--lang');
  const lang = i >= 0 && isLang(process.argv[i + 1] ?? '') ? (process.argv[i + 1] as Lang) : 'vi';
  demo(lang).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`phuluc demo: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
