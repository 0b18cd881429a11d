import { fixPunctuation, hasPunctuationProblem } from '../../../src/core/text/punctuation';

describe('fixPunctuation', () => {
  it('removes a separator after a word that cannot end a list item', () => {
    expect(fixPunctuation('Các, sở, ngành, địa phương có liên quan')).toBe(
      'Các sở, ngành, địa phương có liên quan',
    );
    expect(fixPunctuation('các, cơ quan, đơn vị liên quan')).toBe('các cơ quan, đơn vị liên quan');
    expect(fixPunctuation('Sở Tài chính và, Sở Y tế')).toBe('Sở Tài chính và Sở Y tế');
    expect(fixPunctuation('Phối hợp với, Sở Nội vụ')).toBe('Phối hợp với Sở Nội vụ');
    expect(fixPunctuation('UBND của, tỉnh')).toBe('UBND của tỉnh');
  });

  it('merges doubled separators', () => {
    expect(fixPunctuation('Sở Tài chính,, Sở Y tế')).toBe('Sở Tài chính, Sở Y tế');
    expect(fixPunctuation('Sở Tài chính, , Sở Y tế')).toBe('Sở Tài chính, Sở Y tế');
    expect(fixPunctuation('Sở Tài chính;; Sở Y tế')).toBe('Sở Tài chính; Sở Y tế');
  });

  it('removes the space before a separator and adds one after it', () => {
    expect(fixPunctuation('Sở Tài chính , Sở Y tế')).toBe('Sở Tài chính, Sở Y tế');
    expect(fixPunctuation('Sở Tài chính,Sở Y tế')).toBe('Sở Tài chính, Sở Y tế');
    expect(fixPunctuation('Sở Tài chính ;Sở Y tế')).toBe('Sở Tài chính; Sở Y tế');
  });

  it('removes leading and trailing separators', () => {
    expect(fixPunctuation(', Sở Tài chính, Sở Y tế,')).toBe('Sở Tài chính, Sở Y tế');
    expect(fixPunctuation('; Sở Nội vụ ;')).toBe('Sở Nội vụ');
    expect(fixPunctuation(',')).toBe('');
  });

  it('keeps a separator that ends a line of a multi-line cell, but fixes each line', () => {
    expect(fixPunctuation('Sở Tài chính,\nSở Y tế ,Sở Nội vụ,')).toBe('Sở Tài chính,\nSở Y tế, Sở Nội vụ');
    expect(fixPunctuation(', Sở Tài chính\nSở Y tế')).toBe('Sở Tài chính\nSở Y tế');
  });

  it('does not touch abbreviations, numbers or numbering', () => {
    for (const s of [
      'Sở KH&CN',
      'Liên hiệp các Hội KH-KT',
      'Báo và Đài PT-TH',
      '2.000 người',
      '1.1.',
      '2,5 tỷ đồng',
      '1.000.000,50',
      'Quý I/2026',
    ]) {
      expect(fixPunctuation(s)).toBe(s);
    }
  });

  it('leaves correct lists alone', () => {
    const ok = [
      'Các sở, ngành, địa phương',
      'UBND các xã, phường, đặc khu',
      'Sở Tài chính; Sở Y tế',
      'Hội nghị, hội thảo (Sở A, Sở B)',
    ];
    for (const s of ok) expect(fixPunctuation(s)).toBe(s);
  });
});

describe('hasPunctuationProblem', () => {
  it('flags stray separators', () => {
    expect(hasPunctuationProblem('Các, sở, ngành')).toBe(true);
    expect(hasPunctuationProblem('Sở Y tế,,Sở Nội vụ')).toBe(true);
    expect(hasPunctuationProblem('Sở Y tế ,Sở Nội vụ')).toBe(true);
    expect(hasPunctuationProblem('Sở Y tế,')).toBe(true);
  });

  it('leaves spacing alone (that is textProblems)', () => {
    expect(hasPunctuationProblem('  Các sở,  ngành ')).toBe(false);
    expect(hasPunctuationProblem('Sở Y tế,\u00A0Sở Nội vụ')).toBe(false);
  });

  it('accepts correct text', () => {
    expect(hasPunctuationProblem('Các sở, ngành, địa phương có liên quan')).toBe(false);
    expect(hasPunctuationProblem('Sở KH&CN')).toBe(false);
    expect(hasPunctuationProblem('')).toBe(false);
  });
});
