import { dueAsOf, expectedStatus, isOverdue } from '../../../src/core/deadline/judge';
import { parseDeadline } from '../../../src/core/deadline/parse';
import type { StatusCode } from '../../../src/core/model/task';

const d = (text: string, anchorYear?: number) => parseDeadline(text, { anchorYear });

describe('dueAsOf', () => {
  it('is the due date of dates, periods and "until" deadlines, whatever the day', () => {
    expect(dueAsOf(d('Quý I/2026'), '2027-05-01')).toBe('2026-03-31');
    expect(dueAsOf(d('10/12/2026'), '2026-01-01')).toBe('2026-12-10');
    expect(dueAsOf(d('Đến năm 2030'), '2026-06-01')).toBe('2030-12-31');
  });

  it('has none for continuous, on-demand, unparsed, "Định kỳ" or a missing deadline', () => {
    for (const text of ['Thường xuyên', 'Theo yêu cầu', 'Từ năm 2026', 'Khi nào xong', 'Định kỳ']) {
      expect(dueAsOf(d(text, 2026), '2026-06-01')).toBeNull();
    }
    expect(dueAsOf(null, '2026-06-01')).toBeNull();
  });

  it('gives a yearly task on a day the occurrence in the as-of year', () => {
    expect(dueAsOf(d('Trước ngày 10/12 hằng năm', 2026), '2026-03-01')).toBe('2026-12-10');
    expect(dueAsOf(d('Trước ngày 10/12 hằng năm', 2026), '2027-12-20')).toBe('2027-12-10');
    expect(dueAsOf(d('Trước ngày 10/12 hằng năm'), '2028-01-05')).toBe('2028-12-10');
  });

  it('gives a plain yearly task 31 Dec of the as-of year', () => {
    expect(dueAsOf(d('Hằng năm', 2026), '2027-03-01')).toBe('2027-12-31');
    expect(dueAsOf(d('Hàng năm và theo nhiệm vụ được giao'), '2029-07-01')).toBe('2029-12-31');
  });

  it('gives the first cycle before the anchor year', () => {
    expect(dueAsOf(d('Hằng năm', 2026), '2025-06-01')).toBe('2026-12-31');
  });

  it('ends quarterly and monthly tasks with the as-of quarter or month', () => {
    expect(dueAsOf(d('Hằng quý', 2026), '2026-05-15')).toBe('2026-06-30');
    expect(dueAsOf(d('Hằng quý', 2026), '2027-11-01')).toBe('2027-12-31');
    expect(dueAsOf(d('Hằng quý'), '2026-01-01')).toBe('2026-03-31');
    expect(dueAsOf(d('Hằng tháng', 2026), '2026-02-10')).toBe('2026-02-28');
    expect(dueAsOf(d('Hằng tháng', 2026), '2028-02-10')).toBe('2028-02-29');
  });

  it('places every-N-years tasks in cycles counted from the anchor year', () => {
    expect(dueAsOf(d('2 năm/lần', 2026), '2026-06-01')).toBe('2027-12-31');
    expect(dueAsOf(d('2 năm/lần', 2026), '2027-06-01')).toBe('2027-12-31');
    expect(dueAsOf(d('2 năm/lần', 2026), '2028-02-01')).toBe('2029-12-31');
    expect(dueAsOf(d('5 năm/lần', 2026), '2031-01-01')).toBe('2035-12-31');
  });

  it('cannot place every-N-years tasks without an anchor year', () => {
    expect(dueAsOf(d('5 năm/lần'), '2027-06-01')).toBeNull();
  });
});

describe('isOverdue', () => {
  const july = d('Tháng 7/2026');

  it('is late the day after the due date, on time on it', () => {
    expect(isOverdue(july, '2026-07-31', 'IN_PROGRESS')).toBe(false);
    expect(isOverdue(july, '2026-08-01', 'IN_PROGRESS')).toBe(true);
    expect(isOverdue(july, '2026-08-01', 'IN_PROGRESS_LATE')).toBe(true);
  });

  it('counts tasks not started, or not reported, as overdue', () => {
    expect(isOverdue(july, '2026-08-01', 'NOT_STARTED')).toBe(true);
    expect(isOverdue(july, '2026-08-01', null)).toBe(true);
  });

  it.each<StatusCode>(['DONE_ON_TIME', 'DONE_LATE', 'DONE_THIS_PERIOD', 'SUSPENDED', 'CANCELLED'])(
    'is never overdue when %s',
    (status) => {
      expect(isOverdue(july, '2027-01-01', status)).toBe(false);
    },
  );

  it('never makes continuous, unparsed or missing deadlines overdue', () => {
    expect(isOverdue(d('Thường xuyên'), '2030-01-01', 'NOT_STARTED')).toBe(false);
    expect(isOverdue(d('Từ năm 2026'), '2030-01-01', 'IN_PROGRESS')).toBe(false);
    expect(isOverdue(d('Khi nào xong'), '2030-01-01', 'IN_PROGRESS')).toBe(false);
    expect(isOverdue(null, '2030-01-01', 'IN_PROGRESS')).toBe(false);
  });

  it('lets the setting decide whether "trước ngày X" is late on X itself', () => {
    const before = d('Trước ngày 10/12/2026');
    expect(isOverdue(before, '2026-12-10', 'IN_PROGRESS')).toBe(false);
    expect(isOverdue(before, '2026-12-10', 'IN_PROGRESS', { beforeDateInclusive: true })).toBe(false);
    expect(isOverdue(before, '2026-12-10', 'IN_PROGRESS', { beforeDateInclusive: false })).toBe(true);
    expect(isOverdue(before, '2026-12-09', 'IN_PROGRESS', { beforeDateInclusive: false })).toBe(false);
    // A bare date has no "trước": its day is on time either way.
    expect(isOverdue(d('10/12/2026'), '2026-12-10', 'IN_PROGRESS', { beforeDateInclusive: false })).toBe(
      false,
    );
  });

  it('judges a yearly task against this year’s occurrence', () => {
    const yearly = d('Trước ngày 10/12 hằng năm', 2026);
    expect(isOverdue(yearly, '2027-12-01', 'IN_PROGRESS')).toBe(false);
    expect(isOverdue(yearly, '2027-12-11', 'IN_PROGRESS')).toBe(true);
    expect(isOverdue(yearly, '2027-12-10', 'IN_PROGRESS', { beforeDateInclusive: false })).toBe(true);
  });
});

describe('expectedStatus', () => {
  const july = d('Tháng 7/2026');

  it('turns "in progress" past its due date into "in progress, overdue"', () => {
    expect(expectedStatus('IN_PROGRESS', july, '2026-08-01')).toBe('IN_PROGRESS_LATE');
    expect(expectedStatus('IN_PROGRESS', july, '2026-07-31')).toBe('IN_PROGRESS');
  });

  it('turns "in progress, overdue" not yet due back into "in progress"', () => {
    expect(expectedStatus('IN_PROGRESS_LATE', july, '2026-07-15')).toBe('IN_PROGRESS');
    expect(expectedStatus('IN_PROGRESS_LATE', july, '2026-08-01')).toBe('IN_PROGRESS_LATE');
  });

  it('keeps "in progress, overdue" when there is no due date to contradict it', () => {
    expect(expectedStatus('IN_PROGRESS_LATE', d('Thường xuyên'), '2026-07-15')).toBe('IN_PROGRESS_LATE');
    expect(expectedStatus('IN_PROGRESS_LATE', null, '2026-07-15')).toBe('IN_PROGRESS_LATE');
  });

  it('keeps "not started" past due (the overdue flag says it)', () => {
    expect(expectedStatus('NOT_STARTED', july, '2027-01-01')).toBe('NOT_STARTED');
  });

  it('turns "done on time" into "done late" only when the completion date is after the due date', () => {
    expect(expectedStatus('DONE_ON_TIME', july, '2027-01-01')).toBe('DONE_ON_TIME');
    expect(expectedStatus('DONE_ON_TIME', july, '2027-01-01', '2026-07-31')).toBe('DONE_ON_TIME');
    expect(expectedStatus('DONE_ON_TIME', july, '2027-01-01', '2026-08-05')).toBe('DONE_LATE');
    const before = d('Trước ngày 10/12/2026');
    expect(
      expectedStatus('DONE_ON_TIME', before, '2027-01-01', '2026-12-10', { beforeDateInclusive: false }),
    ).toBe('DONE_LATE');
  });

  it.each<StatusCode>(['DONE_LATE', 'DONE_THIS_PERIOD', 'SUSPENDED', 'CANCELLED'])('keeps %s', (status) => {
    expect(expectedStatus(status, july, '2027-01-01')).toBe(status);
    expect(expectedStatus(status, july, '2026-01-01')).toBe(status);
  });

  it('leaves continuous tasks in progress', () => {
    expect(expectedStatus('IN_PROGRESS', d('Thường xuyên'), '2030-01-01')).toBe('IN_PROGRESS');
  });
});
