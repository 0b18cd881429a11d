import fc from 'fast-check';
import { compareKey } from '../../../src/core/text/compare-key';
import { decodeTcvn3, encodeTcvn3 } from '../../../src/core/text/legacy/tcvn3';
import { decodeVni, encodeVni } from '../../../src/core/text/legacy/vni';
import { cleanText } from '../../../src/core/text/normalize';
import { ALL_LETTERS, LOWER_LETTERS, TONE_MARKS, WORDS } from './letters';

const ASCII = 'abcdeghiklmnopqrstuvxyzABCDEGHIKLMNOPQRSTUVXYZ0123456789 ,.;:-/()&'.split('');
const NOISE = [' ', '  ', '\u00A0', '\u202F', '\t', '\n', '\r\n', '\u200B', '\uFEFF', '\u2060'];

/** Random text made of Vietnamese letters, ASCII and punctuation. */
const vietnamese = (letters: string[]) =>
  fc.string({ unit: fc.constantFrom(...letters, ...ASCII), maxLength: 40 });
/** Random phrases of real words with real-world noise between them. */
const noisyPhrase = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...NOISE, ', ', ' & ', ' – ')), { maxLength: 8 })
  .map((parts) => parts.flat().join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  vietnamese(ALL_LETTERS),
  noisyPhrase,
);

describe('cleanText properties', () => {
  it('is idempotent, with and without line breaks', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(cleanText(cleanText(s))).toBe(cleanText(s));
        const kept = cleanText(s, { keepLineBreaks: true });
        expect(cleanText(kept, { keepLineBreaks: true })).toBe(kept);
      }),
    );
  });

  it('leaves no doubled, leading or trailing spaces and no line breaks', () => {
    fc.assert(
      fc.property(noisyPhrase, (s) => {
        const out = cleanText(s);
        expect(out).not.toMatch(/ {2}|^ | $|[\n\r\t\u00A0\u200B\uFEFF]/);
        expect(out).toBe(out.normalize('NFC'));
      }),
    );
  });
});

/** A word spelt with the tone on the other vowel of oa/oe/uy (hòa ↔ hoà). */
function movedTone(onset: string, pair: string, tone: string, coda: string, newStyle: boolean): string {
  const [first, second] = [...pair];
  return (newStyle ? onset + first + tone + second : onset + first + second + tone) + coda;
}

describe('compareKey properties', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => expect(compareKey(compareKey(s))).toBe(compareKey(s))));
  });

  it('does not see NFC/NFD or case', () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese(ALL_LETTERS), noisyPhrase), (s) => {
        const key = compareKey(s);
        expect(compareKey(s.normalize('NFD'))).toBe(key);
        expect(compareKey(s.toUpperCase())).toBe(key);
        expect(compareKey(s.toLowerCase())).toBe(key);
      }),
    );
  });

  it('does not see old or new tone placement in oa, oe, uy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('h', 'th', 'kh', 'ch', 'x', 'l', ''),
        fc.constantFrom('oa', 'oe', 'uy'),
        fc.constantFrom(...TONE_MARKS.slice(1)),
        fc.constantFrom('', 'n'),
        (onset, pair, tone, coda) => {
          const oldStyle = movedTone(onset, pair, tone, coda, false).normalize('NFC');
          const newStyle = movedTone(onset, pair, tone, coda, true).normalize('NFC');
          expect(compareKey(oldStyle)).toBe(compareKey(newStyle));
        },
      ),
    );
  });

  it('does not see đ/d', () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese(ALL_LETTERS), noisyPhrase), (s) => {
        expect(compareKey(s.replace(/đ/g, 'd').replace(/Đ/g, 'D'))).toBe(compareKey(s));
      }),
    );
  });
});

describe('legacy round trips', () => {
  it('VNI: decode(encode(x)) === x for any Vietnamese text', () => {
    fc.assert(fc.property(vietnamese(ALL_LETTERS), (s) => expect(decodeVni(encodeVni(s))).toBe(s)));
  });

  it('TCVN3: decode(encode(x)) === x for text whose capitals TCVN3 can hold', () => {
    const letters = [...LOWER_LETTERS, ...'ĂÂÊÔƠƯĐ'];
    fc.assert(fc.property(vietnamese(letters), (s) => expect(decodeTcvn3(encodeTcvn3(s))).toBe(s)));
  });

  it('TCVN3: all-caps text comes back through the "…H" font rule', () => {
    fc.assert(
      fc.property(vietnamese(ALL_LETTERS), (s) => {
        expect(decodeTcvn3(encodeTcvn3(s.toLowerCase()), true)).toBe(s.toUpperCase());
      }),
    );
  });

  it('both decoders accept NFD input of encoded text', () => {
    fc.assert(
      fc.property(vietnamese(ALL_LETTERS), (s) => {
        expect(decodeVni(encodeVni(s).normalize('NFD'))).toBe(s);
        expect(decodeTcvn3(encodeTcvn3(s.toLowerCase()).normalize('NFD'))).toBe(s.toLowerCase());
      }),
    );
  });
});
