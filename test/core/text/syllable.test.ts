import { isVietnameseSyllable } from '../../../src/core/text/syllable';

describe('isVietnameseSyllable', () => {
  it('accepts real syllables in any case and normal form', () => {
    const words = [
      'a',
      'ở',
      'Sở',
      'khoa',
      'học',
      'và',
      'CÔNG',
      'nghệ',
      'người',
      'nghiêng',
      'quốc',
      'Quý',
      'gì',
      'giữa',
      'khuya',
      'thuở',
      'huỳnh',
      'khuyến',
      'tuyệt',
      'yêu',
      'Việt',
      'hòa',
      'hoà',
      'khoẻ',
      'oanh',
      'xoong',
      'Đắk',
      'Lắk',
    ];
    for (const w of words) {
      expect(isVietnameseSyllable(w)).toBe(true);
      expect(isVietnameseSyllable(w.normalize('NFD'))).toBe(true);
    }
  });

  it('rejects Latin-1 words and garbled legacy text', () => {
    for (const w of [
      'Café',
      'cafộ',
      'goût',
      'Müller',
      'Straße',
      'Së',
      'häc',
      'C«ng',
      'Tõy',
      'Bỡnh',
      'street',
      'UBND',
      'f',
      '',
    ]) {
      expect(isVietnameseSyllable(w)).toBe(false);
    }
  });

  it('rejects two tones in one syllable', () => {
    expect(isVietnameseSyllable('hóà')).toBe(false);
  });

  it('allows only the acute and dot-below tones before the stop codas', () => {
    expect(isVietnameseSyllable('học')).toBe(true);
    expect(isVietnameseSyllable('hóc')).toBe(true);
    expect(isVietnameseSyllable('hỏc')).toBe(false);
    expect(isVietnameseSyllable('gỏt')).toBe(false);
  });
});
