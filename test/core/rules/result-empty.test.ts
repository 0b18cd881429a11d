import { check, codes, planRow } from './helpers';

describe('W_RESULT_EMPTY', () => {
  it('warns on a task with no expected result', () => {
    const hits = codes(check([planRow({ result: '' })]).findings, 'W_RESULT_EMPTY');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: 'E2', severity: 'warning' });
  });
  it('stays silent when the result is given', () => {
    expect(codes(check([planRow()]).findings, 'W_RESULT_EMPTY')).toHaveLength(0);
  });
});
