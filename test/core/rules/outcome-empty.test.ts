import { check, codes, planRow, REPORT_HEADER } from './helpers';

describe('W_OUTCOME_EMPTY', () => {
  it('warns when a task is reported done with no outcome', () => {
    expect(
      codes(check([[...planRow(), 'Đã hoàn thành', '']], {}, REPORT_HEADER).findings, 'W_OUTCOME_EMPTY'),
    ).toHaveLength(1);
  });
  it('stays silent when the outcome is written', () => {
    expect(
      codes(
        check([[...planRow(), 'Đã hoàn thành', 'Đã ban hành Kế hoạch số 12']], {}, REPORT_HEADER).findings,
        'W_OUTCOME_EMPTY',
      ),
    ).toHaveLength(0);
  });
});
