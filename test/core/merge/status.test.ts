import { correctStatus, doneDateOf, leadReportsByAgency, taskStatusOf } from '../../../src/core/merge/status';
import type { Deadline, StatusCode } from '../../../src/core/model/task';

const report = (agency: string, status: StatusCode | null) => ({ agency, status });

describe('one agency, two reports on a task', () => {
  it('the later state counts, and a task done is not undone by a report calling it cancelled or suspended', () => {
    for (const other of ['CANCELLED', 'SUSPENDED', 'IN_PROGRESS'] as const) {
      const { chosen, conflicts } = leadReportsByAgency([
        report('Sở Y tế', other),
        report('Sở Y tế', 'DONE_ON_TIME'),
      ]);
      expect(chosen.map((r) => r.status)).toEqual(['DONE_ON_TIME']);
      expect(conflicts.map((c) => c.dropped.status)).toEqual([other]);
    }
  });

  it('across lead agencies the slowest still sets the task', () => {
    expect(taskStatusOf([report('Sở Y tế', 'DONE_ON_TIME'), report('Sở Nội vụ', 'IN_PROGRESS')])).toBe(
      'IN_PROGRESS',
    );
  });
});

describe('done on time, judged by the dates the outcome gives', () => {
  const due: Deadline = {
    text: 'Tháng 6/2026',
    kind: 'period',
    start: '2026-06-01',
    due: '2026-06-30',
    every: null,
  };
  const asOf = '2026-12-10';

  it('is late only when every date it gives is past due', () => {
    expect(correctStatus('DONE_ON_TIME', due, asOf, 'Đã tổ chức hội nghị ngày 15/7/2026')).toBe('DONE_LATE');
    expect(
      correctStatus(
        'DONE_ON_TIME',
        due,
        asOf,
        'Đã ban hành Quyết định số 5/QĐ-UBND ngày 20/6/2026; đã báo cáo UBND tỉnh tại Báo cáo số 9/BC-SNV ngày 05/12/2026',
      ),
    ).toBe('DONE_ON_TIME');
  });

  it('passes over dates after the as-of date and dates that do not exist', () => {
    expect(doneDateOf('Đã ban hành ngày 31/6/2026, dự kiến sơ kết ngày 20/12/2026', asOf)).toBeUndefined();
    expect(doneDateOf('Đã ban hành ngày 10 tháng 5 năm 2026', asOf)).toBe('2026-05-10');
  });
});
