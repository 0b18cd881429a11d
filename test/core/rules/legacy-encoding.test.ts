import { check, codes, planRow } from './helpers';

describe('W_LEGACY_ENCODING', () => {
  it('flags TCVN3 text in a .VnTime cell and offers the Unicode text', () => {
    const lead = { value: 'Së Khoa häc vµ C«ng nghÖ', font: '.VnTime' };
    const { tables, findings } = check([planRow({ lead })]);
    const hits = codes(findings, 'W_LEGACY_ENCODING');
    expect(hits).toHaveLength(1);
    expect(hits[0].fix).toMatchObject({ kind: 'legacy', after: 'Sở Khoa học và Công nghệ' });
    expect(tables[0].tasks[0].lead).toEqual(['Sở Khoa học và Công nghệ']);
  });
  it('stays silent on Unicode text in a Unicode font, even with Latin-1 letters ("Hà Tây")', () => {
    const lead = { value: 'UBND Hà Tây', font: 'Times New Roman' };
    expect(codes(check([planRow({ lead })]).findings, 'W_LEGACY_ENCODING')).toHaveLength(0);
  });
});
