/**
 * A reporting round for the benchmark: the plan appendix (the seed tasks,
 * written as `draft` writes appendices) and one report workbook per agency,
 * 10 tasks each. Four in five are `phuluc template` workbooks filled in with
 * varied statuses and outcomes; one in five is typed free-form, renumbered,
 * with status words in their everyday variants, as agencies also send.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PlanTask } from '../src/core/merge';
import { readPlan } from '../src/node/merge/read-plan';
import { agencySlug } from '../src/node/template/slug';
import { buildTemplateWorkbook, TEMPLATE_SHEET } from '../src/node/template/write-template';
import { writeAppendixWorkbook } from '../src/node/write/appendix';
import type { SeedTask } from './seed-tasks';

export const TASKS_PER_REPORT = 10;
const PROVINCE = 'Bắc Ninh';

const PLACES = [
  'Tân Lập',
  'Hòa Bình',
  'Đông Sơn',
  'Yên Phong',
  'Quế Võ',
  'Tiên Du',
  'Thuận Thành',
  'Gia Bình',
  'Lương Tài',
  'Từ Sơn',
  'Đại Phúc',
  'Vũ Ninh',
  'Kinh Bắc',
  'Hạp Lĩnh',
  'Nam Sơn',
  'Phong Khê',
  'Khắc Niệm',
  'Võ Cường',
  'Vân Dương',
  'Kim Chân',
  'Đình Bảng',
  'Đồng Kỵ',
  'Tam Sơn',
  'Hương Mạc',
  'Phù Chẩn',
  'Tân Hồng',
  'Châu Khê',
  'Đồng Nguyên',
  'Trang Hạ',
  'Phù Khê',
];

/** Status as a template user picks it, and as a free-form writer types it. */
const STATUSES: { label: string; typed: string; weight: number; done: boolean }[] = [
  { label: 'Đã hoàn thành đúng hạn', typed: 'Hoàn thành', weight: 4, done: true },
  { label: 'Đang thực hiện trong hạn', typed: 'Đang triển khai', weight: 3, done: false },
  { label: 'Đã hoàn thành quá hạn', typed: 'Hoàn thành chậm', weight: 1, done: true },
  { label: 'Chưa thực hiện', typed: 'Chưa triển khai', weight: 1, done: false },
  { label: 'Đang thực hiện quá hạn', typed: 'Chậm tiến độ', weight: 1, done: false },
];
const STATUS_CYCLE = STATUSES.flatMap((s) => Array<typeof s>(s.weight).fill(s));

export interface Round {
  plan: string;
  /** The folder holding the reports, one file per agency. */
  reports: string;
  files: string[];
}

function communeName(i: number): string {
  const place = PLACES[i % PLACES.length];
  const round = Math.floor(i / PLACES.length);
  return `UBND ${i % 3 === 0 ? 'phường' : 'xã'} ${place}${round ? ` ${round + 1}` : ''}`;
}

async function writePlan(file: string, seed: readonly SeedTask[]): Promise<void> {
  const bytes = await writeAppendixWorkbook({
    titleLines: [
      'Phụ lục',
      'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN ĐỘI NGŨ TRÍ THỨC',
      `(Kèm theo Kế hoạch số 548/KH-UBND ngày 04 tháng 3 năm 2026 của UBND tỉnh ${PROVINCE})`,
    ],
    rows: seed.map((t, i) => ({
      stt: String(i + 1),
      task: t.task,
      lead: [t.lead],
      partners: [t.partners],
      result: t.result,
      deadline: t.deadline,
    })),
  });
  fs.writeFileSync(file, bytes);
}

function outcomeText(task: PlanTask, done: boolean, k: number): string {
  if (done)
    return `Đã triển khai: ${task.result || task.task.slice(0, 80)}. Văn bản số ${100 + k}/BC ngày ${1 + (k % 27)}/11/2026.`;
  return `Đang triển khai, đạt khoảng ${40 + (k % 5) * 10}% khối lượng công việc; dự kiến hoàn thành trong quý I/2027.`;
}

async function filledTemplate(
  agency: string,
  tasks: PlanTask[],
  fingerprint: string,
  k: number,
): Promise<ExcelJS.Workbook> {
  const wb = await buildTemplateWorkbook({
    agency,
    collective: false,
    tasks,
    planFile: 'ke-hoach.xlsx',
    planFingerprint: fingerprint,
    province: PROVINCE,
    planNumber: '548/KH-UBND',
    planDate: '2026-03-04',
  });
  const ws = wb.getWorksheet(TEMPLATE_SHEET)!;
  let header = 0;
  let statusCol = 0;
  ws.eachRow((row, n) =>
    row.eachCell((cell, c) => {
      if (!header && cell.value === 'Mức độ hoàn thành') [header, statusCol] = [n, c];
    }),
  );
  tasks.forEach((task, j) => {
    const status = STATUS_CYCLE[(k + j) % STATUS_CYCLE.length];
    const row = ws.getRow(header + 2 + j);
    row.getCell(statusCol).value = status.label;
    row.getCell(statusCol + 1).value = outcomeText(task, status.done, k + j);
    if ((k + j) % 4 === 0)
      row.getCell(statusCol + 2).value = 'Kinh phí bố trí chậm; thiếu cán bộ chuyên trách.';
    if ((k + j) % 6 === 0)
      row.getCell(statusCol + 3).value = 'Đề nghị tỉnh bổ sung kinh phí và tổ chức tập huấn.';
  });
  return wb;
}

/** A report typed by hand: the agency's own numbering, its own column order, everyday status words. */
function freeForm(agency: string, tasks: PlanTask[], k: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Báo cáo');
  ws.getCell('A1').value = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2026';
  ws.getCell('A2').value = `Đơn vị báo cáo: ${agency}`;
  ws.getRow(4).values = [
    'TT',
    'Nội dung nhiệm vụ',
    'Cơ quan chủ trì',
    'Thời hạn',
    'Tình trạng',
    'Kết quả thực hiện',
    'Khó khăn, vướng mắc',
  ];
  [...tasks].reverse().forEach((task, j) => {
    const status = STATUS_CYCLE[(k + j) % STATUS_CYCLE.length];
    ws.getRow(5 + j).values = [
      j + 1,
      task.task,
      task.lead.join(', '),
      task.deadline?.text ?? '',
      status.typed,
      outcomeText(task, status.done, k + j),
      (k + j) % 5 === 0 ? 'Chưa có hướng dẫn chi tiết.' : null,
    ];
  });
  ws.columns.forEach((c) => (c.width = 24));
  return wb;
}

/**
 * Writes the plan and `count` reports under `root`. The provincial agencies
 * leading plan tasks report first (each on its own tasks, up to 10); the
 * rest are communes, each on a window of 10 plan tasks they support.
 */
export async function generateRound(root: string, count: number, seed: readonly SeedTask[]): Promise<Round> {
  fs.mkdirSync(root, { recursive: true });
  const plan = path.join(root, 'ke-hoach.xlsx');
  await writePlan(plan, seed);
  const { record } = await readPlan(plan, 'ke-hoach.xlsx', { province: PROVINCE }, '2026-12-10');
  const tasks = record.plan.tasks;
  const reports = path.join(root, 'bao-cao');
  fs.mkdirSync(reports, { recursive: true });

  const leads = [...new Set(tasks.flatMap((t) => t.lead))].filter((name) => !/^(Các|UBND các)/.test(name));
  const files: string[] = [];
  for (let k = 0; k < count; k++) {
    const agency = k < leads.length ? leads[k] : communeName(k - leads.length);
    const mine =
      k < leads.length
        ? tasks.filter((t) => t.lead.includes(agency)).slice(0, TASKS_PER_REPORT)
        : Array.from(
            { length: Math.min(TASKS_PER_REPORT, tasks.length) },
            (_, j) => tasks[(k + j) % tasks.length],
          );
    const wb =
      k % 5 === 4
        ? freeForm(agency, mine, k)
        : await filledTemplate(agency, mine, record.plan.fingerprint, k);
    const file = path.join(reports, `${String(k + 1).padStart(4, '0')}-${agencySlug(agency)}.xlsx`);
    fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    files.push(file);
  }
  return { plan, reports, files };
}

/** The first `count` reports of a round in a folder of their own (hard links: no copying). */
export function subsetRound(round: Round, root: string, count: number): Round {
  const reports = path.join(root, `bao-cao-${count}`);
  fs.rmSync(reports, { recursive: true, force: true });
  fs.mkdirSync(reports, { recursive: true });
  const files = round.files.slice(0, count).map((file) => {
    const to = path.join(reports, path.basename(file));
    fs.linkSync(file, to);
    return to;
  });
  return { plan: round.plan, reports, files };
}
