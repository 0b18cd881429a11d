import { check, codes, planRow } from './helpers';

describe('I_LEAD_COLLECTIVE', () => {
  it('notes a collective lead', () => {
    const hits = codes(check([planRow({ lead: 'Các sở, ban, ngành' })]).findings, 'I_LEAD_COLLECTIVE');
    expect(hits).toHaveLength(1);
    expect(hits[0].severity).toBe('info');
  });
  it('stays silent for one named agency', () => {
    expect(codes(check([planRow()]).findings, 'I_LEAD_COLLECTIVE')).toHaveLength(0);
  });
});
