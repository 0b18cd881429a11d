import { check, codes, planRow } from './helpers';

describe('W_TEXT_PUNCTUATION', () => {
  it('flags "Các, sở, ngành" and offers the cleaned list', () => {
    const hits = codes(
      check([planRow({ partners: 'Các, sở, ngành, địa phương có liên quan' })]).findings,
      'W_TEXT_PUNCTUATION',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0].suggestion).toBe('Các sở, ngành, địa phương có liên quan');
  });
  it('stays silent on a clean list and on abbreviations like KH&CN or KH-KT', () => {
    expect(
      codes(
        check([planRow({ partners: 'Sở KH&CN, Liên hiệp các Hội KH-KT' })]).findings,
        'W_TEXT_PUNCTUATION',
      ),
    ).toHaveLength(0);
  });
});
