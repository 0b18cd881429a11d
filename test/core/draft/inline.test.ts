import { labelKind, romanValue, splitLabel, stripInline } from '../../../src/core/draft/inline';

describe('splitLabel', () => {
  it.each([
    ['IV. TỔ CHỨC THỰC HIỆN', 'IV.', false, 'TỔ CHỨC THỰC HIỆN'],
    ['1.1. Sở Khoa học và Công nghệ', '1.1.', false, 'Sở Khoa học và Công nghệ'],
    ['1.2 Sở Nội vụ', '1.2', false, 'Sở Nội vụ'],
    ['9) Các sở ban ngành', '9)', false, 'Các sở ban ngành'],
    ['đ) Tôn vinh trí thức', 'đ)', false, 'Tôn vinh trí thức'],
    ['- Chủ trì xây dựng', null, true, 'Chủ trì xây dựng'],
    ['+ Phối hợp', null, true, 'Phối hợp'],
    ['2030, tầm nhìn đến năm 2045', null, false, '2030, tầm nhìn đến năm 2045'],
    ['12/12/2025 của Thủ tướng', null, false, '12/12/2025 của Thủ tướng'],
    ['B. UBND CÁC XÃ, PHƯỜNG', 'B.', false, 'UBND CÁC XÃ, PHƯỜNG'],
    ['A) Các sở, ban, ngành', 'A)', false, 'Các sở, ban, ngành'],
    ['A. thường xuyên', null, false, 'A. thường xuyên'],
  ])('%s', (text, label, bullet, rest) => {
    expect(splitLabel(text)).toEqual({ label, bullet, rest });
  });

  it('does not read letters that are not a roman number as one', () => {
    expect(splitLabel('VV. abc').label).toBeNull();
  });
});

describe('romanValue and labelKind', () => {
  it('reads section numbers', () => {
    expect([
      romanValue('I'),
      romanValue('IV'),
      romanValue('IX'),
      romanValue('XIV'),
      romanValue('IIII'),
    ]).toEqual([1, 4, 9, 14, null]);
  });

  it('tells roman sections, numbered clauses and lettered points apart', () => {
    expect(labelKind('IV.')).toEqual({ kind: 'roman', depth: 0 });
    expect(labelKind('1.2.')).toEqual({ kind: 'decimal', depth: 2 });
    expect(labelKind('9)')).toEqual({ kind: 'decimal', depth: 1 });
    expect(labelKind('a)')?.kind).toBe('letter');
    expect(labelKind(null)).toBeNull();
  });
});

describe('stripInline', () => {
  it('removes emphasis and escapes', () => {
    expect(stripInline('trước ngày **10 tháng 12** hàng năm')).toBe('trước ngày 10 tháng 12 hàng năm');
    expect(stripInline('***Nơi nhận:***')).toBe('Nơi nhận:');
    expect(stripInline('1\\. Sở Nội vụ')).toBe('1. Sở Nội vụ');
  });
});

describe('splitLabel: roman numbers typed without a space or with a dash', () => {
  it.each([
    ['IV.TỔ CHỨC THỰC HIỆN', 'IV.'],
    ['IV- TỔ CHỨC THỰC HIỆN', 'IV-'],
    ['V.KINH PHÍ', 'V.'],
    ['IV. Tổ chức thực hiện', 'IV.'],
  ])('reads "%s" as a section numbered %s', (text, label) => {
    const l = splitLabel(text);
    expect(l.label).toBe(label);
    expect(labelKind(l.label)).toEqual({ kind: 'roman', depth: 0 });
  });

  it('leaves words and lower-case text after a roman letter alone', () => {
    expect(splitLabel('VI.sau đó').label).toBeNull();
    expect(splitLabel('LIÊN ĐOÀN LAO ĐỘNG').label).toBeNull();
    expect(splitLabel('X-quang di động').label).toBeNull();
  });
});
