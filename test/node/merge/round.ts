/**
 * A whole reporting round built in code, the way it happens in a province:
 * the plan, the templates `phuluc template` makes, some filled in, some
 * free-form reports, a legacy .xls, and the debris a shared folder collects
 * (an Excel lock file, a Mac "._" copy, a file cut off in transfer).
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { taskIdOf } from '../../../src/core/merge';
import { buildAppendixWorkbook, buildLegacyXls, COL, seedTable, type SeedTable } from '../../fixtures';
import { runCli } from '../../scripts/run-cli';

export const PROVINCE = 'Bắc Ninh';
export const AS_OF = '2026-12-10';

const REPORT_HEADERS = ['Mức độ hoàn thành', 'Kết quả thực hiện'];

/** The Bắc Ninh tasks at these 0-based indices, renumbered 1, 2, … as a free-form report lists them. */
export function subset(indices: number[], extraRows: string[][] = []): SeedTable {
  const t = seedTable('bac-ninh');
  t.rows = [...indices.map((i) => t.rows[i]), ...extraRows].map((r, k) => [String(k + 1), ...r.slice(1)]);
  return t;
}

/** Fills a template's status and outcome cells, found by their headers, for the tasks given by plan index. */
export async function fillTemplate(
  file: string,
  fill: Map<number, { status: string; outcome: string }>,
): Promise<void> {
  const plan = seedTable('bac-ninh');
  const byId = new Map(
    [...fill].map(([i, v]) => [taskIdOf({ stt: plan.rows[i][COL.stt], task: plan.rows[i][COL.task] }), v]),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Báo cáo');
  if (!ws) throw new Error(`no report sheet in ${file}`);
  let header = 0;
  const cols: Record<string, number> = {};
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (
        typeof cell.value === 'string' &&
        ['Mức độ hoàn thành', 'Kết quả thực hiện', 'Mã nhiệm vụ'].includes(cell.value)
      ) {
        header = r;
        cols[cell.value] = c;
      }
    });
  });
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const v = byId.get(String(ws.getCell(r, cols['Mã nhiệm vụ']).value ?? ''));
    if (!v) continue;
    ws.getCell(r, cols['Mức độ hoàn thành']).value = v.status;
    ws.getCell(r, cols['Kết quả thực hiện']).value = v.outcome;
  }
  await wb.xlsx.writeFile(file);
}

export interface Round {
  dir: string;
  plan: string;
  reports: string;
}

/**
 * Bắc Ninh at 10/12/2026. Tasks: 1 KHCN Quý I/2026 · 2 Nội vụ Tháng 7/2026 · 3 GD&ĐT Đến năm 2030 ·
 * 4 KHCN Thường xuyên (Nội vụ, VHTTDL, VP UBND, LHH, Hội VHNT among partners) · 5 Công an ·
 * 6 KHCN · 7 Báo và PT-TH (5-7 Thường xuyên).
 * - so-khoa-hoc-va-cong-nghe.xlsx: KHCN's template, filled: 1 done (20/3/2026), 4 in progress, 6 done this period;
 * - Sở Nội vụ - báo cáo.xlsx: free-form, renumbered: 2 in progress (late), 4 as partner, a task not in the plan,
 *   outcomes that look like formulas;
 * - cong-an.xls: legacy .xls: 5 done;
 * - bao-cao-2026.xlsx: "Đơn vị báo cáo: Báo và PT-TH Bắc Ninh" above the table: 7 in progress;
 * - ~$so-khcn.xlsx (lock file), ._so-noi-vu.xlsx (hidden), bi-hong.xlsx (truncated);
 * - Sở Giáo dục và Đào tạo sends nothing.
 */
export async function buildRound(dir: string): Promise<Round> {
  const plan = path.join(dir, 'ke-hoach.xlsx');
  fs.writeFileSync(plan, await buildAppendixWorkbook(seedTable('bac-ninh'), { titleRows: true }));
  const made = await runCli(
    ['template', '--plan', 'ke-hoach.xlsx', '--out', 'mau', '--province', PROVINCE],
    dir,
  );
  if (made.code !== 0) throw new Error(`template failed: ${made.stderr}`);

  const reports = path.join(dir, 'bao-cao');
  fs.mkdirSync(path.join(reports, 'dot-1'), { recursive: true });

  const khcn = path.join(reports, 'so-khoa-hoc-va-cong-nghe.xlsx');
  fs.copyFileSync(path.join(dir, 'mau', 'so-khoa-hoc-va-cong-nghe.xlsx'), khcn);
  await fillTemplate(
    khcn,
    new Map([
      [0, { status: 'Đã hoàn thành đúng hạn', outcome: 'Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2026' }],
      [3, { status: 'Đang thực hiện trong hạn', outcome: 'Đang cập nhật dữ liệu trí thức' }],
      [5, { status: 'Đã thực hiện trong kỳ', outcome: 'Đã đặt hàng 3 nhiệm vụ' }],
    ]),
  );

  const noiVu = subset(
    [1, 3],
    [
      [
        '',
        'Tổ chức Hội nghị tổng kết công tác cán bộ năm 2026',
        'Sở Nội vụ',
        '',
        'Hội nghị',
        'Tháng 12/2026',
      ],
    ],
  );
  fs.writeFileSync(
    path.join(reports, 'dot-1', 'Sở Nội vụ - báo cáo.xlsx'),
    await buildAppendixWorkbook(noiVu, {
      sheetName: 'Báo cáo',
      reportColumns: [
        { header: REPORT_HEADERS[0], values: ['Đang thực hiện', 'Đang thực hiện', 'Đã hoàn thành'] },
        {
          header: REPORT_HEADERS[1],
          values: [
            '=HYPERLINK("http://x.invalid","bấm")',
            '@merge.status.DONE_ON_TIME; +84 912 345 678',
            'Đã tổ chức',
          ],
        },
      ],
    }),
  );

  const congAn = subset([4]);
  congAn.headers = [...congAn.headers, ...REPORT_HEADERS];
  congAn.rows = congAn.rows.map((r) => [...r, 'Hoàn thành', 'Đã đề xuất sửa đổi quy định']);
  fs.writeFileSync(
    path.join(reports, 'cong-an.xls'),
    buildLegacyXls(congAn, { encoding: 'unicode', sheetName: 'Báo cáo' }),
  );

  const bao = subset([6]);
  bao.titleLines = ['Đơn vị báo cáo: Báo và PT-TH Bắc Ninh', 'BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2026'];
  fs.writeFileSync(
    path.join(reports, 'bao-cao-2026.xlsx'),
    await buildAppendixWorkbook(bao, {
      titleRows: true,
      reportColumns: [
        { header: REPORT_HEADERS[0], values: ['Đang thực hiện'] },
        { header: REPORT_HEADERS[1], values: ['Đã phát sóng 12 chuyên mục'] },
      ],
    }),
  );

  // Excel's owner file (~165 bytes: a user name), a Mac resource copy, a download cut in half.
  fs.writeFileSync(path.join(reports, '~$so-khoa-hoc-va-cong-nghe.xlsx'), Buffer.alloc(165, 0x20));
  fs.writeFileSync(path.join(reports, '._so-noi-vu.xlsx'), Buffer.alloc(4096, 0));
  const whole = fs.readFileSync(khcn);
  fs.writeFileSync(path.join(reports, 'bi-hong.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  return { dir, plan, reports };
}
