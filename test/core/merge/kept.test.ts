import { concatenate } from '../../../src/core/merge/concatenate';
import { consolidate } from '../../../src/core/merge/consolidate';
import { keepForMerge } from '../../../src/core/merge/kept';
import type { MergeInput } from '../../../src/core/merge/types';
import { bacNinhPlan, CONG_AN, ctx, KHCN, NOI_VU, reportInput, seedReportRow } from './helpers';

/** Three reports: renumbered rows, a task not in the plan, an empty task row, statuses late and on time. */
function inputs(): MergeInput[] {
  return [
    reportInput('so-khcn.xlsx', KHCN, [
      seedReportRow(0, '4', 'Đã hoàn thành', 'Đã ban hành Kế hoạch số 45/KH-UBND ngày 15/4/2026'),
      seedReportRow(3, '9', 'Đang thực hiện', 'Đang cập nhật dữ liệu'),
      ['10', '', KHCN, '', '', '', 'Đang thực hiện', ''],
    ]),
    reportInput('so-noi-vu.xlsx', NOI_VU, [
      seedReportRow(1, '1', 'Đang thực hiện', 'Đã trình dự thảo Nghị quyết'),
      ['2', 'Tổ chức Hội nghị tổng kết công tác cán bộ', NOI_VU, '', 'Hội nghị', 'Tháng 12/2026', 'Xong', ''],
    ]),
    reportInput('cong-an.xlsx', CONG_AN, [seedReportRow(4, '1', 'Hoàn thành', 'Đã đề xuất sửa đổi')]),
  ];
}

function kept(withPlan: boolean): MergeInput[] {
  return inputs().map((input) => ({
    ...input,
    findings: keepForMerge(input.tables, input.findings, withPlan),
  }));
}

describe('what the merge keeps of each checked report', () => {
  it('gives the same consolidation against a plan as the whole outcome', () => {
    expect(consolidate(bacNinhPlan(), kept(true), ctx)).toEqual(consolidate(bacNinhPlan(), inputs(), ctx));
  });

  it('gives the same concatenation without a plan as the whole outcome', () => {
    expect(concatenate(kept(false), ctx)).toEqual(concatenate(inputs(), ctx));
  });

  it('keeps fewer findings than the check produced, and no cell as stored', () => {
    const whole = inputs();
    const slim = kept(true);
    const count = (xs: MergeInput[]) => xs.reduce((n, x) => n + x.findings.length, 0);
    expect(count(slim)).toBeLessThan(count(whole));
    for (const input of slim)
      for (const table of input.tables) for (const row of table.tasks) expect(row.source).toEqual({});
  });
});
