/**
 * An agency's workbook with two report tables side by side in one sheet
 * (A–H and J–Q, their rows level): each row is its own table's, whatever the
 * other table holds on the same row. A row left blank on one side hides none
 * of the other side's findings, and every source, rejected row and message
 * names the cell where the row alone would name two.
 */
import { checkWorkbook } from '../../../src/core/engine';
import { concatenate } from '../../../src/core/merge/concatenate';
import { consolidate } from '../../../src/core/merge/consolidate';
import type { MergeInput } from '../../../src/core/merge/types';
import { t } from '../../../src/core/messages';
import { REPORT_HEADER, sheet, workbook, type CellInput } from '../rules/helpers';
import { AS_OF, bacNinhPlan, ctx, KHCN, NOI_VU, registry, reportInput, seedReportRow } from './helpers';

/** A report workbook whose sheet holds `left` at A–H and `right` at J–Q, one empty column between. */
function sideBySide(path: string, agency: string, left: CellInput[][], right: CellInput[][]): MergeInput {
  const height = Math.max(left.length, right.length) + 1;
  const pad = (cells: CellInput[] | undefined) => [...(cells ?? []), ...Array(8).fill(null)].slice(0, 8);
  const rows = Array.from({ length: height }, (_, i) => {
    const [l, r] = i === 0 ? [REPORT_HEADER, REPORT_HEADER] : [left[i - 1], right[i - 1]];
    return [...pad(l), null, ...pad(r)];
  });
  const { tables, findings } = checkWorkbook(workbook(sheet(rows, { name: 'Báo cáo' })), {
    asOf: AS_OF,
    planDate: null,
    horizon: null,
    registry,
  });
  return { path, agency: { name: agency, via: 'file-name' }, tables, findings };
}

const NOT_IN_PLAN: CellInput[] = [
  '3',
  'Tổ chức Hội nghị tổng kết công tác cán bộ năm 2026',
  KHCN,
  '',
  'Hội nghị',
  'Tháng 12/2026',
  'Đã hoàn thành',
  'Đã tổ chức',
];

describe('merging against a plan a workbook with two report tables side by side', () => {
  // Row 2: task 1 left blank on the left; task 6 reported without a status on the right.
  // Row 3: task 4 on the left; a task the plan does not have on the right.
  const input = sideBySide(
    'so-khcn.xlsx',
    KHCN,
    [seedReportRow(0, '1', '', ''), seedReportRow(3, '2', 'Đang thực hiện', 'Đang cập nhật dữ liệu')],
    [seedReportRow(5, '1', '', 'Đã đặt hàng 3 nhiệm vụ'), NOT_IN_PLAN],
  );
  const c = consolidate(bacNinhPlan(), [input], ctx);
  const task = (stt: string) => c.tasks.find((x) => x.stt === stt)!;

  it('reads the sheet as two tables', () => {
    expect(input.tables.map((x) => x.columns.task)).toEqual(['B', 'K']);
  });

  it("lists the right table's missing status on the row the left table left blank", () => {
    expect(c.findings.filter((f) => f.code === 'E_STATUS_EMPTY').map((f) => f.cell)).toEqual(['P2']);
  });

  it('names the cell of each source, the row being shared by both tables', () => {
    expect(task('4').reports.map((r) => r.source)).toEqual([
      { path: 'so-khcn.xlsx', sheet: 'Báo cáo', row: 3, cell: 'B3' },
    ]);
    expect(task('6').reports.map((r) => r.source)).toEqual([
      { path: 'so-khcn.xlsx', sheet: 'Báo cáo', row: 2, cell: 'K2' },
    ]);
  });

  it('names the cell of a rejected row', () => {
    expect(c.rejected.map((r) => [r.code, r.row, r.cell])).toEqual([['E_TASK_NOT_IN_PLAN', 3, 'K3']]);
  });

  it('accounts for every row of both tables once', () => {
    expect(c.accounts).toEqual([
      { path: 'so-khcn.xlsx', rowsRead: 4, rowsMerged: 3, rowsRejected: 1, rowsBlank: 1 },
    ]);
    // Task 1's row is blank: not reported, and said so.
    expect(c.unreported.filter((u) => u.agency === KHCN).map((u) => [u.stt, u.leftBlank])).toContainEqual([
      '1',
      true,
    ]);
  });

  it('tells apart two different reports of one task on the same row by their cells', () => {
    const both = sideBySide(
      'so-khcn.xlsx',
      KHCN,
      [seedReportRow(0, '1', 'Đang thực hiện', 'Đang dự thảo')],
      [seedReportRow(0, '1', 'Đã hoàn thành', 'Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2026')],
    );
    const conflict = consolidate(bacNinhPlan(), [both], ctx).findings.find(
      (f) => f.code === 'W_STATUS_INCONSISTENT' && f.messageId.includes('conflict'),
    );
    const text = t(conflict!.messageId, conflict!.data, 'vi');
    expect(text).toContain('dòng 2, ô B2');
    expect(text).toContain('dòng 2, ô K2');
  });

  it('gives a report with one table its sources by row only, as before', () => {
    const single = reportInput('so-noi-vu.xlsx', NOI_VU, [
      seedReportRow(1, '1', 'Đang thực hiện', 'Đã trình dự thảo Nghị quyết'),
    ]);
    const one = consolidate(bacNinhPlan(), [single], ctx);
    expect(one.tasks.find((x) => x.stt === '2')!.reports[0].source).toEqual({
      path: 'so-noi-vu.xlsx',
      sheet: 'Báo cáo',
      row: 2,
    });
  });
});

describe('merging without a plan a workbook with two report tables side by side', () => {
  // Row 2: task 1 (Quý I/2026) left blank on the left; task 2 (Tháng 7/2026), still in progress, on the right.
  const input = sideBySide(
    'so-khcn.xlsx',
    KHCN,
    [seedReportRow(0, '1', '', '')],
    [seedReportRow(1, '1', 'Đang thực hiện', 'Đã trình dự thảo')],
  );
  const other = reportInput('so-noi-vu.xlsx', NOI_VU, [seedReportRow(1, '1', 'Đang thực hiện', 'Đã góp ý')]);
  const c = concatenate([input, other], ctx);

  it("lists the right table's overdue task on the row the left table left blank, not the blank row's", () => {
    const overdue = c.findings.filter((f) => f.code === 'W_OVERDUE' && f.path === 'so-khcn.xlsx');
    expect(overdue.map((f) => f.cell)).toEqual(['O2']);
  });

  it('names the cell of the row another file repeats', () => {
    const dup = c.findings.find((f) => f.code === 'W_TASK_DUPLICATE' && f.path === 'so-noi-vu.xlsx');
    expect(t(dup!.messageId, dup!.data, 'vi')).toBe(
      'Nhiệm vụ trùng với nhiệm vụ ở tệp so-khcn.xlsx, dòng 2, ô K2',
    );
  });

  it('lists a blank row as a task left unreported, unless the table beside it reports the task', () => {
    expect(c.unreported.map((u) => [u.agency, u.stt, u.leftBlank])).toEqual([[KHCN, '1', true]]);
    const reported = sideBySide(
      'so-khcn.xlsx',
      KHCN,
      [seedReportRow(0, '1', '', '')],
      [seedReportRow(0, '1', 'Đã hoàn thành', 'Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2026')],
    );
    const both = concatenate([reported], ctx);
    expect(both.unreported).toEqual([]);
    expect(both.tasks.map((x) => [x.stt, x.status])).toEqual([['1', 'DONE_ON_TIME']]);
  });

  it('accounts for both tables, the blank row among the rows merged', () => {
    expect(c.accounts[0]).toEqual({
      path: 'so-khcn.xlsx',
      rowsRead: 2,
      rowsMerged: 2,
      rowsRejected: 0,
      rowsBlank: 1,
    });
    expect(c.tasks.map((x) => x.reports[0].source)).toEqual([
      { path: 'so-khcn.xlsx', sheet: 'Báo cáo', row: 2, cell: 'K2' },
      { path: 'so-noi-vu.xlsx', sheet: 'Báo cáo', row: 2 },
    ]);
  });
});
