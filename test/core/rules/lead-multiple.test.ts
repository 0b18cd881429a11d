import { check, codes, planRow } from './helpers';

describe('W_LEAD_MULTIPLE', () => {
  it('warns when two agencies lead one task', () => {
    const hits = codes(check([planRow({ lead: 'Sở Nội vụ, Sở Tài chính' })]).findings, 'W_LEAD_MULTIPLE');
    expect(hits).toHaveLength(1);
    expect(hits[0].data.count).toBe(2);
  });
  it('stays silent for one lead', () => {
    expect(codes(check([planRow()]).findings, 'W_LEAD_MULTIPLE')).toHaveLength(0);
  });
});
