/**
 * A task's number as the table reader and the numbering rule read it ("3", "3.", "3)"): the character loop
 * agrees with its definition written as a pattern.
 */
import fc from 'fast-check';
import { numberDigits, wholeNumber } from '../../../src/core/table/row-kinds';

const NUMBER = /^(\d+)[.)]?$/;

const sttText = fc.array(
  fc.constantFrom('0', '1', '7', '9', '.', ')', ' ', 'a', 'I', '/', '-', '١', '\u00A0'),
  {
    maxLength: 6,
  },
);

it('reads a number as the pattern does, for any short text of digits, marks and letters', () => {
  fc.assert(
    fc.property(sttText, (chars) => {
      const stt = chars.join('');
      expect(numberDigits(stt)).toBe(NUMBER.exec(stt)?.[1] ?? null);
      const trimmed = NUMBER.exec(stt.trim());
      expect(wholeNumber(stt)).toBe(trimmed ? Number(trimmed[1]) : null);
    }),
    { numRuns: 3000 },
  );
});

it('reads "3", " 12. " and "4)" as numbers, and "1.1", "II", "3.)" and "" as none', () => {
  expect(['3', ' 12. ', '4)'].map(wholeNumber)).toEqual([3, 12, 4]);
  expect(['1.1', 'II', '3.)', '', '.'].map(wholeNumber)).toEqual([null, null, null, null, null]);
});
