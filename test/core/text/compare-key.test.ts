import { compareKey, foldBySteps } from '../../../src/core/text/compare-key';
import fc from 'fast-check';
import { VOWEL_ROWS } from './letters';

const same = (a: string, b: string) => expect(compareKey(a)).toBe(compareKey(b));

describe('compareKey', () => {
  it('drops marks, maps đ to d and lower-cases', () => {
    expect(compareKey('Sở Giáo dục và Đào tạo')).toBe('so giao duc va dao tao');
  });

  it('is the same for NFC and NFD spellings', () => {
    same('Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh'.normalize('NFD'));
  });

  it('ignores zero-width characters, BOM, soft hyphens, NBSP, tabs, line breaks and extra spaces', () => {
    expect(compareKey('\uFEFF Sở\u00A0 Y\u200B\t tế\u00AD\n')).toBe('so y te');
  });

  it('unifies old and new tone placement in oa, oe, uy', () => {
    same('hoà', 'hòa');
    same('khoẻ', 'khỏe');
    same('Thuỷ', 'Thủy');
    same('Uỷ ban', 'Ủy ban');
  });

  it('unifies the i/y spellings', () => {
    same('Quý I', 'Quí I');
    same('kỹ thuật', 'kĩ thuật');
    same('lý do', 'lí do');
    same('Hoa Kỳ', 'Hoa Kì');
    same('quy định', 'qui định');
    same('bác sỹ', 'bác sĩ');
  });

  it('keeps other y rhymes apart from i', () => {
    expect(compareKey('tay')).not.toBe(compareKey('tai'));
    expect(compareKey('thủy')).not.toBe(compareKey('thui'));
  });

  it('treats "&" and "và" as one word', () => {
    same('Sở KH&CN', 'Sở KH và CN');
    same('Khoa học & Công nghệ', 'Khoa học và Công nghệ');
    expect(compareKey('GD&ĐT')).toBe('gd va dt');
  });

  it('unifies dashes and treats punctuation as spaces', () => {
    same('2026 – 2030', '2026-2030');
    same('KH—KT', 'KH-KT');
    same('Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa Thể thao và Du lịch.');
    same('“Trung tâm” (tỉnh)', 'trung tâm tỉnh');
  });

  it('folds hằng/hàng and ă/â/a, as fuzzy matching wants', () => {
    same('hằng năm', 'hàng năm');
  });

  it('is empty for text without letters or digits', () => {
    expect(compareKey(' – , . \u200B')).toBe('');
  });
});

describe('compareKey folds a character at a time as the steps do', () => {
  // Vietnamese in both cases and both forms, the signs agency names carry, and characters past the table's edges.
  const letters = [...VOWEL_ROWS.join(''), 'đ', 'y', 'q', 'u', 'k', 'h', 'n', 'g', 't', 'r'];
  const alphabet = [
    ...letters,
    ...letters.map((ch) => ch.toUpperCase()),
    ...' ,.;:-–—&/()"\'\u00A0\t\n0129ªºÆßİıð\u024F\u0250\u1E9F\u1EA0\u1EF9\u1EFA\u0301\u0323\u2013\u00AD',
  ];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }).map((chars) => chars.join(''));

  it('on Vietnamese names, words and signs, composed or decomposed', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, nfd) => {
        const t = nfd ? s.normalize('NFD') : s;
        expect(compareKey(t)).toBe(foldBySteps(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) =>
        expect(compareKey(s)).toBe(foldBySteps(s)),
      ),
    );
  });
});
