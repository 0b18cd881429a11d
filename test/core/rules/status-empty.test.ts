import { check, codes, planRow, REPORT_HEADER } from './helpers';

describe('E_STATUS_EMPTY', () => {
  it('flags a report row with no status', () => {
    const hits = codes(check([[...planRow(), '', '']], {}, REPORT_HEADER).findings, 'E_STATUS_EMPTY');
    expect(hits).toHaveLength(1);
    expect(hits[0].cell).toBe('G2');
  });
  it('stays silent when the status is given, and in plan tables', () => {
    expect(
      codes(check([[...planRow(), 'Đang thực hiện', '']], {}, REPORT_HEADER).findings, 'E_STATUS_EMPTY'),
    ).toHaveLength(0);
    expect(codes(check([planRow()]).findings, 'E_STATUS_EMPTY')).toHaveLength(0);
  });
});
