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
