import { check, codes, planRow } from './helpers';

describe('E_LEAD_EMPTY', () => {
  it('flags a task without a lead agency at the lead cell', () => {
    const hits = codes(check([planRow({ lead: '' })]).findings, 'E_LEAD_EMPTY');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: 'C2', severity: 'error' });
  });
  it('stays silent when the lead is named', () => {
    expect(codes(check([planRow()]).findings, 'E_LEAD_EMPTY')).toHaveLength(0);
  });
});
