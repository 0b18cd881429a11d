import { check, codes, planRow } from './helpers';

describe('W_DEADLINE_AFTER_HORIZON', () => {
  it('warns when the task is due after the plan horizon', () => {
    expect(
      codes(
        check([planRow({ deadline: 'Năm 2031' })], { horizon: 2030 }).findings,
        'W_DEADLINE_AFTER_HORIZON',
      ),
    ).toHaveLength(1);
  });
  it('stays silent inside the horizon and for recurring tasks', () => {
    expect(
      codes(
        check([planRow({ deadline: 'Đến năm 2030' })], { horizon: 2030 }).findings,
        'W_DEADLINE_AFTER_HORIZON',
      ),
    ).toHaveLength(0);
    expect(
      codes(
        check([planRow({ deadline: 'Hằng năm' })], { horizon: 2030 }).findings,
        'W_DEADLINE_AFTER_HORIZON',
      ),
    ).toHaveLength(0);
  });
});
