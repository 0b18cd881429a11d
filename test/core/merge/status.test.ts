import { leadReportsByAgency, taskStatusOf } from '../../../src/core/merge/status';
import type { StatusCode } from '../../../src/core/model/task';

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
