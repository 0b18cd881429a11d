import { check, codes, planRow } from './helpers';

describe('E_DEADLINE_EMPTY', () => {
  it('flags a task without a deadline', () => {
    const hits = codes(check([planRow({ deadline: '' })]).findings, 'E_DEADLINE_EMPTY');
    expect(hits).toHaveLength(1);
    expect(hits[0].cell).toBe('F2');
  });
  it('stays silent for "Thường xuyên"', () => {
    expect(codes(check([planRow({ deadline: 'Thường xuyên' })]).findings, 'E_DEADLINE_EMPTY')).toHaveLength(
      0,
    );
  });
});
