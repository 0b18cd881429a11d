/**
 * A row the merge rejects as not in the plan names the plan task nearest to
 * it, when there is one worth checking.
 */
import { consolidate } from '../../../src/core/merge/consolidate';
import { rejection, rejectionFinding } from '../../../src/core/merge/findings';
import { t } from '../../../src/core/messages';
import { bacNinhPlan, ctx, KHCN, NOI_VU, reportInput, seedReportRow } from './helpers';

const row = (task: string) => seedReportRow(0, '1', 'Đang thực hiện', 'x', task);

describe('a rejected row', () => {
  it('names the nearest plan task, by its STT and text, in the message and as the suggestion', () => {
    // Task 1 (the Kế hoạch for QĐ 2711) is the Sở KH&CN's, not the Sở Nội vụ's.
    const c = consolidate(
      bacNinhPlan(),
      [reportInput('so-noi-vu.xlsx', NOI_VU, [row('Ban hành KH thực hiện QĐ 2711/QĐ-TTg')])],
      ctx,
    );
    expect(c.rejected).toEqual([
      expect.objectContaining({
        code: 'E_TASK_NOT_IN_PLAN',
        messageId: 'finding.E_TASK_NOT_IN_PLAN.nearest',
        data: expect.objectContaining({ task: 'Ban hành KH thực hiện QĐ 2711/QĐ-TTg', stt: '1' }),
      }),
    ]);
    const nearest = String(c.rejected[0].data.nearest);
    expect(nearest).toMatch(/^Ban hành Kế hoạch triển khai thực hiện Quyết định số 2711\/QĐ-TTg .*…$/);
    expect(nearest.length).toBeLessThanOrEqual(100);
    const f = c.findings.find((x) => x.code === 'E_TASK_NOT_IN_PLAN');
    expect(f).toMatchObject({ messageId: 'finding.E_TASK_NOT_IN_PLAN.nearest', cell: 'B2' });
    expect(f?.suggestion).toBe(`1. ${nearest}`);
    expect(t(f!.messageId, f!.data)).toBe(
      `Nhiệm vụ báo cáo không có trong kế hoạch: “Ban hành KH thực hiện QĐ 2711/QĐ-TTg”; gần nhất là nhiệm vụ 1 “${nearest}”, đề nghị kiểm tra lại`,
    );
    expect(t(f!.messageId, f!.data, 'en')).toMatch(
      /^The reported task is not in the plan: .*; the nearest is task 1 “/,
    );
  });

  it('names none when the row shares only generic words with the plan', () => {
    const c = consolidate(
      bacNinhPlan(),
      [reportInput('so-khcn.xlsx', KHCN, [row('Tổ chức Hội nghị tổng kết công tác cán bộ năm 2026')])],
      ctx,
    );
    expect(c.rejected).toEqual([
      expect.objectContaining({
        code: 'E_TASK_NOT_IN_PLAN',
        messageId: 'finding.E_TASK_NOT_IN_PLAN',
        data: { task: 'Tổ chức Hội nghị tổng kết công tác cán bộ năm 2026' },
      }),
    ]);
    expect(c.findings.find((x) => x.code === 'E_TASK_NOT_IN_PLAN')?.suggestion).toBeUndefined();
  });

  it('never takes the nearest task of another row', () => {
    const plan = bacNinhPlan();
    const r = rejection(
      'E_TASK_NOT_IN_PLAN',
      'a.xlsx',
      'S',
      { row: 4, task: 'Phòng chống thiên tai' } as never,
      KHCN,
    );
    expect(r.messageId).toBe('finding.E_TASK_NOT_IN_PLAN');
    const given = rejection(
      'E_TASK_NOT_IN_PLAN',
      'a.xlsx',
      'S',
      { row: 4, task: 'Giáo dục STEM' } as never,
      KHCN,
      plan.tasks[2],
    );
    expect(given.data).toMatchObject({ stt: '3' });
    expect(rejectionFinding(given, 'B4').suggestion).toMatch(/^3\. Triển khai có hiệu quả Quyết định số 388/);
  });
});
