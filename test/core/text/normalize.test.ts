import fc from 'fast-check';
import {
  cleanBySteps,
  cleanText,
  isNfc,
  stripSoftHyphen,
  textProblems,
} from '../../../src/core/text/normalize';

describe('cleanText', () => {
  it('composes decomposed (NFD) text', () => {
    const nfd = 'Sở Khoa học và Công nghệ'.normalize('NFD');
    expect(cleanText(nfd)).toBe('Sở Khoa học và Công nghệ'.normalize('NFC'));
  });

  it('removes zero-width characters, the word joiner and the BOM', () => {
    expect(cleanText('\uFEFFSở\u200B Tài\u200C chính\u200D\u2060')).toBe('Sở Tài chính');
  });

  it('turns non-breaking spaces and tabs into spaces and collapses runs', () => {
    expect(cleanText('Sở\u00A0Y\u202Ftế\t\tBắc  Ninh')).toBe('Sở Y tế Bắc Ninh');
  });

  it('trims', () => {
    expect(cleanText('  \u00A0Sở Nội vụ \t')).toBe('Sở Nội vụ');
  });

  it('turns line breaks into spaces by default', () => {
    expect(cleanText('Sở Tài chính,\r\nSở Y tế\rSở Nội vụ\nhết')).toBe('Sở Tài chính, Sở Y tế Sở Nội vụ hết');
  });

  it('keeps line breaks when asked, as "\\n", trimming each line and dropping empty ones', () => {
    const cell = '  - Sở Tài chính \r\n\r\n\u00A0- Sở  Y tế\r- Sở Nội vụ\n \n';
    expect(cleanText(cell, { keepLineBreaks: true })).toBe('- Sở Tài chính\n- Sở Y tế\n- Sở Nội vụ');
  });

  it('keeps the soft hyphen, which is the TCVN3 code of ư', () => {
    expect(cleanText('ng\u00ADêi')).toBe('ng\u00ADêi');
  });

  it('leaves clean text as it is', () => {
    expect(cleanText('Quý I/2026 – Sở KH&CN')).toBe('Quý I/2026 – Sở KH&CN');
  });
});

describe('stripSoftHyphen', () => {
  it('removes soft hyphens from converted text', () => {
    expect(stripSoftHyphen('Công\u00AD nghệ\u00AD')).toBe('Công nghệ');
  });
});

describe('textProblems', () => {
  it('reports decomposed text as not NFC, and nothing else', () => {
    expect(textProblems('Việt Nam'.normalize('NFD'))).toEqual({ notNfc: true, spacing: false });
  });

  it('reports stray spaces, NBSP and zero-width characters as spacing', () => {
    expect(textProblems(' Sở Y tế')).toEqual({ notNfc: false, spacing: true });
    expect(textProblems('Sở  Y tế')).toEqual({ notNfc: false, spacing: true });
    expect(textProblems('Sở\u00A0Y tế')).toEqual({ notNfc: false, spacing: true });
    expect(textProblems('Sở\u200BY tế')).toEqual({ notNfc: false, spacing: true });
  });

  it('reports both at once', () => {
    expect(textProblems(' Việt  Nam'.normalize('NFD'))).toEqual({ notNfc: true, spacing: true });
  });

  it('accepts clean text and Alt+Enter line breaks', () => {
    expect(textProblems('Sở Tài chính')).toEqual({ notNfc: false, spacing: false });
    expect(textProblems('Sở Tài chính\nSở Y tế')).toEqual({ notNfc: false, spacing: false });
  });

  it('reports a blank line or a trailing space inside a multi-line cell', () => {
    expect(textProblems('Sở Tài chính\n\nSở Y tế').spacing).toBe(true);
    expect(textProblems('Sở Tài chính \nSở Y tế').spacing).toBe(true);
  });

  it('reports line breaks as spacing when judged without them', () => {
    expect(textProblems('Sở Tài chính\nSở Y tế', {}).spacing).toBe(true);
  });
});

describe('isNfc', () => {
  it('agrees with normalising, for any text and for Vietnamese in both forms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => expect(isNfc(s)).toBe(s === s.normalize('NFC'))),
      { numRuns: 2000 },
    );
    const vi = 'Ủy ban nhân dân tỉnh Bắc Ninh – Sở Khoa học và Công nghệ; “Quý II/2026”';
    expect(isNfc(vi)).toBe(true);
    expect(isNfc(vi.normalize('NFD'))).toBe(false);
    // A letter of U+0000–U+02FF followed by a combining mark is not NFC: the mark is outside the quick range.
    expect(isNfc('e\u0301')).toBe(false);
    expect(isNfc('\u2000')).toBe(false);
  });
});

describe('cleanText passes over clean text as the steps would leave it', () => {
  const alphabet = [
    ...'aăâđeêioôơuưy AĂÂĐEÊIOÔƠUƯY ạảấầẩẫậắặẹếềểễệịọốồổỗộớờởợụứừửữựỳỹ',
    ...'sở nội vụ, (UBND) - – … “ ” 0123',
    ...'\u00A0\u00AD\u200B\u200D\u2060\uFEFF\u202F\u2000\u205F\u3000\t\v\f\r\n\u0301\u0323\u02FF\u0300\u1E9F\u1EFA\u2009\u2010\u2027\u2028\u2030\u205E',
  ];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }).map((chars) => chars.join(''));

  it('on Vietnamese text with the noise real sheets hold', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, keepLineBreaks) => {
        expect(cleanText(s, { keepLineBreaks })).toBe(cleanBySteps(s, { keepLineBreaks }));
      }),
      { numRuns: 5000 },
    );
  });

  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.boolean(), (s, keepLineBreaks) => {
        expect(cleanText(s, { keepLineBreaks })).toBe(cleanBySteps(s, { keepLineBreaks }));
      }),
    );
  });
});
