import { consolidate } from '../../../src/core/merge/consolidate';
import { findingMessage, t } from '../../../src/core/messages';
import { bacNinhPlan, ctx, KHCN, reportInput, seedReportRow } from '../merge/helpers';
import { check, codes, planRow, REPORT_HEADER } from './helpers';

describe('W_STATUS_INCONSISTENT', () => {
  it('suggests "quá hạn" for a task still in progress after its due date', () => {
    const row = [...planRow({ deadline: 'Quý II/2026' }), 'Đang thực hiện trong hạn', ''];
    const hits = codes(check([row], { asOf: '2026-12-10' }, REPORT_HEADER).findings, 'W_STATUS_INCONSISTENT');
    expect(hits).toHaveLength(1);
    expect(hits[0].suggestion).toBe('Đang thực hiện quá hạn');
  });
  it('stays silent while the task is within its time', () => {
    const row = [...planRow({ deadline: 'Quý IV/2026' }), 'Đang thực hiện trong hạn', ''];
    expect(
      codes(check([row], { asOf: '2026-06-01' }, REPORT_HEADER).findings, 'W_STATUS_INCONSISTENT'),
    ).toHaveLength(0);
  });
});

describe('W_STATUS_INCONSISTENT: "not yet due" on a task past due', () => {
  const report = (deadline: string, status: string, over: Parameters<typeof check>[1] = {}) =>
    check([[...planRow({ deadline }), status, '']], { asOf: '2026-12-10', ...over }, REPORT_HEADER).findings;

  it.each(['Chưa đến hạn', 'Chưa đến kỳ', 'Chưa đến thời hạn', 'Chưa thực hiện (chưa đến kỳ)'])(
    '%j on a task due at the end of Quý I/2026 is contradicted by the calendar',
    (status) => {
      const findings = report('Quý I/2026', status);
      const hits = codes(findings, 'W_STATUS_INCONSISTENT');
      expect(hits).toHaveLength(1);
      expect(hits[0].cell).toBe('G2');
      expect(hits[0].suggestion).toBe('Chưa thực hiện');
      const vi = findingMessage(hits[0], 'vi');
      expect(vi).toContain(`“${status}”`);
      expect(vi).toContain('31/03/2026');
      expect(vi).toContain('10/12/2026');
      expect(vi).toContain('quá hạn');
      const en = findingMessage(hits[0], 'en');
      expect(en).toContain('not yet due');
      expect(en).toContain('31/03/2026');
      expect(en).toContain('overdue');
      // The task is overdue too, on its deadline.
      expect(codes(findings, 'W_OVERDUE')).toHaveLength(1);
    },
  );

  it('stays silent while the task is within its time, and on a plain "Chưa thực hiện"', () => {
    expect(
      codes(report('Quý IV/2026', 'Chưa đến hạn', { asOf: '2026-06-01' }), 'W_STATUS_INCONSISTENT'),
    ).toEqual([]);
    expect(codes(report('Quý I/2026', 'Chưa thực hiện'), 'W_STATUS_INCONSISTENT')).toEqual([]);
    expect(codes(report('Thường xuyên', 'Chưa đến kỳ'), 'W_STATUS_INCONSISTENT')).toEqual([]);
  });

  it('follows a yearly day: "Chưa đến kỳ" after this year’s 15/6 is contradicted, before it is not', () => {
    expect(codes(report('Trước ngày 15/6 hằng năm', 'Chưa đến kỳ'), 'W_STATUS_INCONSISTENT')).toHaveLength(1);
    expect(
      codes(
        report('Trước ngày 15/6 hằng năm', 'Chưa đến kỳ', { asOf: '2027-05-20' }),
        'W_STATUS_INCONSISTENT',
      ),
    ).toEqual([]);
  });

  it('is said in the merge too, on the report’s status cell', () => {
    const plan = bacNinhPlan();
    const c = consolidate(
      plan,
      [reportInput('so-khcn.xlsx', KHCN, [seedReportRow(0, '1', 'Chưa đến hạn')])],
      ctx,
    );
    const hits = c.findings.filter((f) => f.code === 'W_STATUS_INCONSISTENT');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ path: 'so-khcn.xlsx', field: 'status', suggestion: 'Chưa thực hiện' });
    expect(t(hits[0].messageId, hits[0].data, 'vi')).toContain('“Chưa đến hạn”');
    expect(t(hits[0].messageId, hits[0].data, 'vi')).toContain('31/03/2026');
    expect(t(hits[0].messageId, hits[0].data, 'en')).toContain('not yet due');
    // "Chưa thực hiện" past due is only overdue, as before.
    const plain = consolidate(
      plan,
      [reportInput('so-khcn.xlsx', KHCN, [seedReportRow(0, '1', 'Chưa thực hiện')])],
      ctx,
    );
    expect(plain.findings.filter((f) => f.code === 'W_STATUS_INCONSISTENT')).toEqual([]);
  });
});

describe('W_STATUS_INCONSISTENT and W_OVERDUE on a task due every few years', () => {
  const report = (deadline: string, status: string, over: Parameters<typeof check>[1]) =>
    check([[...planRow({ deadline }), status, '']], over, REPORT_HEADER).findings;
  // The plan's date gives its start year: "5 năm/lần" runs 2026–2030, then 2031–2035.
  const plan2026 = { planDate: '2026-03-04' };

  it('judges "quá hạn" against the current five-year period’s end', () => {
    const hits = codes(
      report('5 năm/lần', 'Đang thực hiện quá hạn', { ...plan2026, asOf: '2027-12-10' }),
      'W_STATUS_INCONSISTENT',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0].suggestion).toBe('Đang thực hiện trong hạn');
    expect(hits[0].data).toMatchObject({ due: '31/12/2030' });
    // Without the plan's year the period cannot be placed: nothing is said.
    expect(
      codes(report('5 năm/lần', 'Đang thực hiện quá hạn', { asOf: '2027-12-10' }), 'W_STATUS_INCONSISTENT'),
    ).toEqual([]);
  });

  it('takes "Chưa đến kỳ" within the period, or before it comes, as it is: not overdue', () => {
    for (const [deadline, asOf] of [
      ['5 năm/lần', '2027-12-10'],
      ['3 năm một lần', '2028-12-10'],
      ['định kỳ 2 năm', '2029-06-30'],
      ['5 năm/lần (từ năm 2028)', '2026-12-10'],
    ]) {
      const findings = report(deadline, 'Chưa đến kỳ', { ...plan2026, asOf });
      expect(codes(findings, 'W_STATUS_INCONSISTENT')).toEqual([]);
      expect(codes(findings, 'W_OVERDUE')).toEqual([]);
      expect(codes(findings, 'E_DEADLINE_UNPARSED')).toEqual([]);
    }
  });
});
