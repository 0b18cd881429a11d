import { check, codes, planRow } from './helpers';

describe('E_TASK_EMPTY', () => {
  it('flags a row that has a lead and a deadline but no task text', () => {
    const { findings } = check([planRow(), planRow({ stt: '2', task: '' })]);
    const hits = codes(findings, 'E_TASK_EMPTY');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: 'B3', row: 3, severity: 'error', field: 'task' });
  });
  it('stays silent when every row has its task', () => {
    expect(codes(check([planRow()]).findings, 'E_TASK_EMPTY')).toHaveLength(0);
  });
});
