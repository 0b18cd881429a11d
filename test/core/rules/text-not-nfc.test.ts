import { check, codes, planRow } from './helpers';

describe('I_TEXT_NOT_NFC', () => {
  it('notes decomposed text and offers its NFC form', () => {
    const task = 'Xây dựng cơ sở dữ liệu'.normalize('NFD');
    const hits = codes(check([planRow({ task })]).findings, 'I_TEXT_NOT_NFC');
    expect(hits).toHaveLength(1);
    expect(hits[0].fix?.after).toBe('Xây dựng cơ sở dữ liệu');
    expect(hits[0].suggestion).toBe('Xây dựng cơ sở dữ liệu');
  });
  it('stays silent on NFC text', () => {
    expect(codes(check([planRow()]).findings, 'I_TEXT_NOT_NFC')).toHaveLength(0);
  });
});
