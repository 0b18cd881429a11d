import { trimEndOf, trimOf } from '../../../src/core/text/trim';

describe('trimming characters from the ends', () => {
  it('takes the given characters and spaces off the end only', () => {
    expect(trimEndOf('Sở Nội vụ ; , .', ';,.')).toBe('Sở Nội vụ');
    expect(trimEndOf('Sở Nội vụ, Sở Tài chính', ';,.')).toBe('Sở Nội vụ, Sở Tài chính');
    expect(trimEndOf(' ,;', ';,')).toBe('');
    expect(trimEndOf('(Quý II/2026)\u00a0', ')')).toBe('(Quý II/2026');
  });

  it('takes them off both ends with trimOf', () => {
    expect(trimOf(', ; Sở Y tế ;', ',;')).toBe('Sở Y tế');
  });

  it('keeps a long run of them inside the text', () => {
    const inside = `Chủ trì: Sở Nội vụ${' ,'.repeat(20_000)}x`;
    expect(trimEndOf(inside, ',')).toBe(inside);
  });
});
