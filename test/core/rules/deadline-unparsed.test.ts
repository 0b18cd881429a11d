import { check, codes, planRow } from './helpers';

describe('E_DEADLINE_UNPARSED', () => {
  it('flags a deadline nobody can read and quotes it', () => {
    const hits = codes(check([planRow({ deadline: 'sớm nhất có thể' })]).findings, 'E_DEADLINE_UNPARSED');
    expect(hits).toHaveLength(1);
    expect(hits[0].data.text).toBe('sớm nhất có thể');
  });
  it('stays silent on the deadlines of the seed appendices', () => {
    for (const deadline of [
      'Quý I/2026',
      'Tháng 7/2026',
      'Đến năm 2030',
      'Thường xuyên',
      'Hàng năm và theo nhiệm vụ được giao',
      '5 năm/lần',
      '2028',
    ]) {
      expect(codes(check([planRow({ deadline })]).findings, 'E_DEADLINE_UNPARSED')).toHaveLength(0);
    }
  });
});
