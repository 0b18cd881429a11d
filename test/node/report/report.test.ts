/**
 * The report workbook from a consolidation built in memory: group headings,
 * text that XML cannot hold, column widths, and the sheets of a merge
 * without a plan.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { concatenate, consolidate, planFromTables } from '../../../src/core/merge';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import type { InputRecord, MergeRun } from '../../../src/node/merge/types';
import { reportBytes } from '../../../src/node/report/write-report';
import { seedTable } from '../../fixtures';
import { ctx, KHCN, NOI_VU, reportInput, seedReportRow } from '../../core/merge/helpers';
import { PLAN_HEADER, sheet, workbook } from '../../core/rules/helpers';

function record(path: string, agency: string | null): InputRecord {
  return {
    path,
    status: 'merged',
    agency,
    via: 'file-name',
    sha256: 'ab'.repeat(32),
    format: 'xlsx',
    sheets: ['Báo cáo'],
    rowsRead: 0,
    rowsMerged: 0,
    rowsRejected: 0,
    reasonCode: null,
    reason: null,
  };
}

function runOf(
  c: MergeRun['consolidation'],
  records: InputRecord[],
  plan: MergeRun['plan'] = null,
): MergeRun {
  c.accounts.forEach((a, i) => Object.assign(records[i], a));
  return {
    asOf: ctx.asOf,
    province: 'Bắc Ninh',
    plan,
    inputs: records,
    consolidation: c,
    issues: c.findings,
  };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('the report of a merge against a plan with groups', () => {
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const rows = seedTable('bac-ninh').rows;
    const grouped = [
      ['I', 'NHÓM NHIỆM VỤ THỂ CHẾ'],
      ...rows.slice(0, 3),
      ['II', 'NHÓM NHIỆM VỤ KHÁC'],
      ...rows.slice(3),
    ];
    const { tables } = readWorkbookTables(workbook(sheet([PLAN_HEADER, ...grouped])), ctx.registry);
    const plan = planFromTables('ke-hoach.xlsx', tables);
    const input = reportInput('so-noi-vu.xlsx', NOI_VU, [
      seedReportRow(1, '1', 'Đang thực hiện', 'Đã trình\u0007 dự thảo\u0000'),
    ]);
    const c = consolidate(plan, [input], ctx);
    bytes = await reportBytes(
      runOf(c, [record('so-noi-vu.xlsx', NOI_VU)], {
        path: 'ke-hoach.xlsx',
        sha256: 'cd'.repeat(32),
        plan,
        info: { number: '12/KH-UBND', date: null, province: 'Bắc Ninh', horizon: 2030 },
      }),
    );
    wb = await load(bytes);
  });

  it('writes a heading row where the plan’s group changes, merged across the table', () => {
    const ws = wb.getWorksheet('Chi tiết nhiệm vụ')!;
    const texts: [number, string][] = [];
    ws.eachRow((row, r) => texts.push([r, String(row.getCell(2).value ?? '')]));
    expect(texts.filter(([, t]) => t.includes('NHÓM NHIỆM VỤ')).length).toBe(2);
    const at = texts.find(([, t]) => t.includes('NHÓM NHIỆM VỤ KHÁC'))![0];
    expect(ws.getCell(at, 2).isMerged).toBe(true);
    expect(ws.getCell(at + 1, 1).value).toBe('4');
  });

  it('drops characters XML cannot hold, keeping the text', () => {
    const ws = wb.getWorksheet('Chi tiết nhiệm vụ')!;
    let outcome = '';
    ws.eachRow((row) => {
      if (row.getCell(1).value === '2') outcome = String(row.getCell(8).value);
    });
    expect(outcome).toBe('Đã trình dự thảo');
  });

  it("cuts a text longer than Excel's 32,767 characters per cell", async () => {
    const { tables } = readWorkbookTables(
      workbook(sheet([PLAN_HEADER, ...seedTable('bac-ninh').rows])),
      ctx.registry,
    );
    const plan = planFromTables('ke-hoach.xlsx', tables);
    const long = 'Đã triển khai. '.repeat(2500);
    const input = reportInput('so-noi-vu.xlsx', NOI_VU, [seedReportRow(1, '1', 'Đang thực hiện', long)]);
    const c = consolidate(plan, [input], ctx);
    const book = await load(await reportBytes(runOf(c, [record('so-noi-vu.xlsx', NOI_VU)])));
    let outcome = '';
    book.getWorksheet('Chi tiết nhiệm vụ')!.eachRow((row) => {
      if (row.getCell(1).value === '2') outcome = String(row.getCell(8).value);
    });
    expect(outcome).toHaveLength(32_767);
    expect(outcome.endsWith('…')).toBe(true);
  });

  it('makes each row tall enough for its wrapped text, so that any spreadsheet prints it whole', () => {
    const ws = wb.getWorksheet('Chi tiết nhiệm vụ')!;
    const taskWidth = ws.getColumn(2).width!;
    ws.eachRow((row, r) => {
      if (r <= 4 || ws.getCell(r, 2).isMerged) return;
      const task = String(row.getCell(2).value ?? '');
      // At most one character of Times New Roman 12 per 0.8 width unit; a line of 12 pt text is 15.75 pt.
      const lines = Math.ceil(task.length / (taskWidth / 0.8));
      if (lines > 1) expect(row.height).toBeGreaterThanOrEqual(lines * 15.75);
    });
    // A one-line row keeps the default height, which every application fits itself.
    const summary = wb.getWorksheet('Tổng hợp')!;
    let oneLine: ExcelJS.Row | undefined;
    summary.eachRow((row) => {
      if (row.getCell(2).value === 'Đang thực hiện trong hạn') oneLine = row;
    });
    expect(oneLine).toBeDefined();
    expect(oneLine?.height).toBeUndefined();
  });

  it('sizes columns to their content, within their maximum', () => {
    const ws = wb.getWorksheet('Chi tiết nhiệm vụ')!;
    expect(ws.getColumn(1).width).toBeLessThan(10);
    expect(ws.getColumn(2).width).toBeLessThanOrEqual(Math.ceil(50 * 1.15));
    expect(ws.getColumn(2).width).toBeGreaterThan(40);
  });

  it('names the plan and its number on the summary, and its hash on the sources sheet', () => {
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A3').value).toBe(
      'Kế hoạch: ke-hoach.xlsx — Kế hoạch số 12/KH-UBND',
    );
    expect(String(wb.getWorksheet('Nguồn dữ liệu')!.getCell('A3').value)).toContain('cd'.repeat(32));
  });

  it('has a page footer with the page number on every sheet', () => {
    for (const ws of wb.worksheets) expect(ws.headerFooter.oddFooter).toContain('Trang &P/&N');
  });

  it('is one zip with fixed entry times and no directory entries', () => {
    const names = Object.keys(unzipSync(bytes));
    expect(names.some((n) => n.endsWith('/'))).toBe(false);
    expect(strFromU8(unzipSync(bytes)['docProps/core.xml'])).toContain('2026-12-10T00:00:00Z');
  });
});

describe('the report of a merge without a plan', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const inputs = [
      reportInput('so-khcn.xlsx', KHCN, [seedReportRow(3, '1', 'Đang thực hiện', 'Đang cập nhật')]),
      reportInput('so-noi-vu.xlsx', NOI_VU, [seedReportRow(3, '1', 'Đang thực hiện', 'Đã cung cấp')]),
    ];
    const c = concatenate(inputs, ctx);
    wb = await load(
      await reportBytes(runOf(c, [record('so-khcn.xlsx', KHCN), record('so-noi-vu.xlsx', NOI_VU)])),
    );
  });

  it('lists each row with its reporting agency and marks the duplicate', () => {
    const ws = wb.getWorksheet('Chi tiết nhiệm vụ')!;
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header).toContain('Đơn vị báo cáo');
    expect(header).toContain('Trùng lặp');
    const reporter = header.indexOf('Đơn vị báo cáo') + 1;
    const dup = header.indexOf('Trùng lặp') + 1;
    expect([ws.getCell(5, reporter).value, ws.getCell(6, reporter).value]).toEqual([KHCN, NOI_VU]);
    expect([ws.getCell(5, dup).value, ws.getCell(6, dup).value]).toEqual(['Trùng', 'Trùng']);
  });

  it('says there is no plan to tell unreported tasks by', () => {
    expect(wb.getWorksheet('Chưa báo cáo')!.getCell('A3').value).toBe(
      'Không có kế hoạch để đối chiếu nên không xác định được nhiệm vụ chưa báo cáo.',
    );
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A3').value).toContain('Không đối chiếu với kế hoạch');
  });
});
