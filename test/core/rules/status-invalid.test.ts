import { check, codes, planRow, REPORT_HEADER } from './helpers';

describe('E_STATUS_INVALID', () => {
  it('flags a status outside the vocabulary', () => {
    const hits = codes(
      check([[...planRow(), 'Sắp xong', '']], {}, REPORT_HEADER).findings,
      'E_STATUS_INVALID',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0].data.text).toBe('Sắp xong');
  });
  it('accepts the variants staff write ("HT", "đang triển khai")', () => {
    for (const s of ['HT', 'đang triển khai', 'Hoàn thành trễ hạn']) {
      expect(
        codes(check([[...planRow(), s, 'Đã xong']], {}, REPORT_HEADER).findings, 'E_STATUS_INVALID'),
      ).toHaveLength(0);
    }
  });
  it('reads part of the work done as work under way, not as a wrong status', () => {
    for (const s of ['Hoàn thành một phần', 'Đang thực hiện, chưa hoàn thành', 'Cơ bản hoàn thành']) {
      const { findings, tables } = check([[...planRow(), s, 'Đã xây dựng dự thảo']], {}, REPORT_HEADER);
      expect(codes(findings, 'E_STATUS_INVALID')).toHaveLength(0);
      expect(tables[0].tasks[0].status).toBe('IN_PROGRESS');
    }
  });
  it('takes "-" for no status, not a wrong one: the row reports nothing', () => {
    const { findings, tables } = check([[...planRow(), '-', '–']], {}, REPORT_HEADER);
    expect(codes(findings, 'E_STATUS_INVALID')).toHaveLength(0);
    expect(tables[0].tasks[0].raw.status).toBeUndefined();
    expect(tables[0].tasks[0].raw.outcome).toBeUndefined();
  });
});
