import { check, codes, planRow } from './helpers';

describe('W_DEADLINE_BEFORE_PLAN', () => {
  it('warns when the task is due before the plan was issued', () => {
    const hits = codes(
      check([planRow({ deadline: 'Quý IV/2025' })], { planDate: '2026-03-04' }).findings,
      'W_DEADLINE_BEFORE_PLAN',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0].data).toMatchObject({ due: '31/12/2025', planDate: '04/03/2026' });
  });
  it('stays silent without a plan date or for a later deadline', () => {
    expect(
      codes(check([planRow({ deadline: 'Quý IV/2025' })]).findings, 'W_DEADLINE_BEFORE_PLAN'),
    ).toHaveLength(0);
    expect(
      codes(
        check([planRow({ deadline: 'Quý II/2026' })], { planDate: '2026-03-04' }).findings,
        'W_DEADLINE_BEFORE_PLAN',
      ),
    ).toHaveLength(0);
  });
});
