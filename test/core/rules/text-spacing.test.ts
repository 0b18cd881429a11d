import { check, codes, planRow } from './helpers';

describe('I_TEXT_SPACING', () => {
  it('notes doubled and non-breaking spaces and offers the trimmed text', () => {
    const hits = codes(
      check([planRow({ result: ' Kế hoạch\u00a0được  ban hành ' })]).findings,
      'I_TEXT_SPACING',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0].fix?.after).toBe('Kế hoạch được ban hành');
    expect(hits[0].suggestion).toBe('Kế hoạch được ban hành');
  });
  it('keeps line breaks inside a cell and stays silent on clean text', () => {
    expect(
      codes(check([planRow({ partners: 'Sở Nội vụ\nSở Tài chính' })]).findings, 'I_TEXT_SPACING'),
    ).toHaveLength(0);
  });
});
