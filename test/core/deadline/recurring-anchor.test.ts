/**
 * Recurring deadlines and the plan's start year (VIETNAMESE.md §5: "N năm/lần"
 * needs an anchor year, the plan's start year unless stated), and the forms
 * of "how often" a plan writes.
 */
import { deniesDueDate, dueAsOf, expectedStatus, isOverdue } from '../../../src/core/deadline/judge';
import { parseDeadline } from '../../../src/core/deadline/parse';

const d = (text: string) => parseDeadline(text);
const plan2026 = { anchorYear: 2026 };

describe('every N years, anchored at the plan’s start year', () => {
  it.each([
    // text, as-of, due of the cycle the as-of date falls in (plan from 2026)
    ['5 năm/lần', '2026-03-01', '2030-12-31'],
    ['5 năm/lần', '2030-12-14', '2030-12-31'],
    ['5 năm/lần', '2031-01-15', '2035-12-31'],
    ['3 năm một lần', '2027-06-30', '2028-12-31'],
    ['3 năm một lần', '2029-02-01', '2031-12-31'],
    ['định kỳ 2 năm', '2027-12-10', '2027-12-31'],
    ['định kỳ 2 năm', '2028-01-02', '2029-12-31'],
    ['02 năm/lần', '2028-06-01', '2029-12-31'],
    ['10 năm/lần', '2035-01-01', '2035-12-31'],
  ])('%j on %s is due %s', (text, asOf, due) => {
    expect(dueAsOf(d(text), asOf, plan2026)).toBe(due);
  });

  it('has no due date without an anchor, so it is never judged', () => {
    expect(dueAsOf(d('5 năm/lần'), '2027-06-01')).toBeNull();
    expect(isOverdue(d('5 năm/lần'), '2040-01-01', 'NOT_STARTED')).toBe(false);
  });

  it('is within its time all through its cycle: not overdue, "quá hạn" corrected', () => {
    const five = d('5 năm/lần');
    expect(isOverdue(five, '2029-12-10', 'NOT_STARTED', plan2026)).toBe(false);
    expect(isOverdue(five, '2029-12-10', 'IN_PROGRESS', plan2026)).toBe(false);
    expect(expectedStatus('IN_PROGRESS_LATE', five, '2027-12-10', undefined, plan2026)).toBe('IN_PROGRESS');
    // Without an anchor nothing contradicts "Chậm tiến độ".
    expect(expectedStatus('IN_PROGRESS_LATE', five, '2027-12-10')).toBe('IN_PROGRESS_LATE');
  });

  it('uses the year it states over the plan’s: before that year its first period has not come', () => {
    for (const text of [
      '5 năm/lần (từ năm 2028)',
      'Từ năm 2028, 5 năm/lần',
      '5 năm/lần, bắt đầu từ năm 2028',
    ]) {
      const from2028 = d(text);
      expect(from2028).toMatchObject({
        kind: 'recurring',
        start: '2028-01-01',
        due: '2032-12-31',
        every: '5y',
      });
      expect(dueAsOf(from2028, '2026-12-10', plan2026)).toBe('2032-12-31');
      expect(isOverdue(from2028, '2026-12-10', 'NOT_STARTED', plan2026)).toBe(false);
      expect(dueAsOf(from2028, '2033-03-01', plan2026)).toBe('2037-12-31');
    }
  });

  it('is placed in the plan’s first cycle when the as-of date is before the plan starts', () => {
    expect(dueAsOf(d('2 năm/lần'), '2025-11-30', { anchorYear: 2026 })).toBe('2027-12-31');
  });
});

describe('yearly, quarterly and monthly tasks, with or without the plan’s year', () => {
  it.each([
    ['Hằng năm', '2026-06-01', '2026-12-31'],
    ['Hằng năm', '2028-03-01', '2028-12-31'],
    ['Trước ngày 10/12 hằng năm', '2027-12-20', '2027-12-10'],
    ['Hằng quý', '2026-05-15', '2026-06-30'],
    ['Hằng quý', '2027-11-01', '2027-12-31'],
    ['Hằng tháng', '2028-02-10', '2028-02-29'],
    ['6 tháng/lần', '2027-08-01', '2027-12-31'],
    ['Trước ngày 15/6 và 15/12 hằng năm', '2027-07-01', '2027-12-15'],
  ])('%j on %s is due %s either way', (text, asOf, due) => {
    expect(dueAsOf(d(text), asOf)).toBe(due);
    expect(dueAsOf(d(text), asOf, plan2026)).toBe(due);
  });

  it('is overdue as before on a day of the year', () => {
    const yearly = d('Trước ngày 10/12 hằng năm');
    expect(isOverdue(yearly, '2027-12-11', 'IN_PROGRESS')).toBe(true);
    expect(isOverdue(yearly, '2027-12-11', 'IN_PROGRESS', plan2026)).toBe(true);
    expect(isOverdue(yearly, '2027-12-01', 'IN_PROGRESS', plan2026)).toBe(false);
  });
});

describe('how often a plan writes it', () => {
  const recurring = (every: string, start: string, due: string) => ({ kind: 'recurring', start, due, every });
  it.each([
    ['5 năm/1 lần', recurring('5y', '2026-01-01', '2030-12-31')],
    ['05 năm/01 lần', recurring('5y', '2026-01-01', '2030-12-31')],
    ['Hai năm một lần', recurring('2y', '2026-01-01', '2027-12-31')],
    ['Năm năm một lần', recurring('5y', '2026-01-01', '2030-12-31')],
    ['Ba năm/lần', recurring('3y', '2026-01-01', '2028-12-31')],
    ['Mỗi 5 năm một lần', recurring('5y', '2026-01-01', '2030-12-31')],
    ['Mỗi năm một lần', recurring('1y', '2026-01-01', '2026-12-31')],
    ['Năm/lần', recurring('1y', '2026-01-01', '2026-12-31')],
    ['Quý/lần', recurring('1q', '2026-01-01', '2026-03-31')],
    ['1 lần/năm', recurring('1y', '2026-01-01', '2026-12-31')],
    ['01 lần/02 năm', recurring('2y', '2026-01-01', '2027-12-31')],
    ['2 lần/năm', recurring('6m', '2026-01-01', '2026-06-30')],
    ['Định kỳ 05 năm một lần', recurring('5y', '2026-01-01', '2030-12-31')],
    ['Định kỳ 2 năm, từ năm 2027', recurring('2y', '2027-01-01', '2028-12-31')],
    ['Hằng quý (kể từ 2027)', recurring('1q', '2027-01-01', '2027-03-31')],
    // Reporting regimes: due at the end of each shortest cycle.
    ['Định kỳ 6 tháng và hằng năm', recurring('6m', '2026-01-01', '2026-06-30')],
    ['Hằng quý, 6 tháng, năm', recurring('1q', '2026-01-01', '2026-03-31')],
    ['Hằng tháng, quý, năm', recurring('1m', '2026-01-01', '2026-01-31')],
    // Over a span of years: from its first year (the plan's, when it names none).
    ['Hằng năm, giai đoạn 2027-2030', recurring('1y', '2027-01-01', '2027-12-31')],
    ['Giai đoạn 2027-2030, hằng năm', recurring('1y', '2027-01-01', '2027-12-31')],
    ['2 năm/lần (giai đoạn 2027-2030)', recurring('2y', '2027-01-01', '2028-12-31')],
    ['Hằng quý, từ năm 2027 đến năm 2030', recurring('1q', '2027-01-01', '2027-03-31')],
    ['Trước ngày 15/12 hằng năm, giai đoạn 2027-2030', recurring('1y', '2027-01-01', '2027-12-15')],
    ['Hằng năm, đến năm 2030', recurring('1y', '2026-01-01', '2026-12-31')],
    ['Định kỳ 2 năm đến năm 2030', recurring('2y', '2026-01-01', '2027-12-31')],
  ])('%j', (text, expected) => {
    expect(parseDeadline(text, plan2026)).toMatchObject(expected);
  });

  it('leaves a frequency that does not divide into whole cycles unknown, for a finding', () => {
    expect(parseDeadline('Hằng quý và 2 tháng/lần', plan2026)).toMatchObject({
      kind: 'recurring',
      due: null,
      every: null,
      doubt: 'frequency-unknown',
    });
  });

  it.each(['6 tháng', 'Năm 2026, 2027', 'Từ năm 2026 đến năm 2030', 'Tháng 6, năm 2026', '0 năm/lần'])(
    '%j is no frequency',
    (text) => {
      expect(parseDeadline(text, plan2026).kind).not.toBe('recurring');
    },
  );
});

describe('deniesDueDate: "not yet due" against the calendar', () => {
  it('is true when the status says not yet due and the due date has passed', () => {
    for (const words of ['Chưa đến hạn', 'Chưa đến kỳ', 'Chưa đến thời hạn', 'Chưa thực hiện (chưa đến kỳ)'])
      expect(deniesDueDate(words, 'NOT_STARTED', d('Quý I/2026'), '2026-12-10')).toBe(true);
  });

  it('is false while the task is within its time, or has no due date, or says nothing of the time', () => {
    expect(deniesDueDate('Chưa đến hạn', 'NOT_STARTED', d('Quý IV/2026'), '2026-06-01')).toBe(false);
    expect(deniesDueDate('Chưa đến kỳ', 'NOT_STARTED', d('5 năm/lần'), '2027-12-10', plan2026)).toBe(false);
    expect(deniesDueDate('Chưa đến kỳ', 'NOT_STARTED', d('5 năm/lần'), '2027-12-10')).toBe(false);
    expect(deniesDueDate('Chưa đến hạn', 'NOT_STARTED', d('Thường xuyên'), '2030-01-01')).toBe(false);
    expect(deniesDueDate('Chưa thực hiện', 'NOT_STARTED', d('Quý I/2026'), '2026-12-10')).toBe(false);
    expect(deniesDueDate(null, 'NOT_STARTED', d('Quý I/2026'), '2026-12-10')).toBe(false);
  });

  it('follows the "trước ngày" setting on the day itself', () => {
    const before = d('Trước ngày 10/12/2026');
    expect(deniesDueDate('Chưa đến hạn', 'NOT_STARTED', before, '2026-12-10')).toBe(false);
    expect(
      deniesDueDate('Chưa đến hạn', 'NOT_STARTED', before, '2026-12-10', { beforeDateInclusive: false }),
    ).toBe(true);
  });
});
