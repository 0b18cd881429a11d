import { check, codes, planRow } from './helpers';

describe('W_DEADLINE_AMBIGUOUS', () => {
  it('warns when the deadline has no clear date ("Đầu năm 2027")', () => {
    expect(
      codes(check([planRow({ deadline: 'Đầu năm 2027' })]).findings, 'W_DEADLINE_AMBIGUOUS'),
    ).toHaveLength(1);
  });
  it('stays silent on a quarter', () => {
    expect(
      codes(check([planRow({ deadline: 'Quý II/2026' })]).findings, 'W_DEADLINE_AMBIGUOUS'),
    ).toHaveLength(0);
  });
});
