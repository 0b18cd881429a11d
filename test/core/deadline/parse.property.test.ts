import fc from 'fast-check';
import { parseDeadline } from '../../../src/core/deadline/parse';
import type { DeadlineKind } from '../../../src/core/model/task';

/** An oracle independent of the code under test: does the UTC calendar have this day? */
const realDay = (y: number, m: number, d: number): boolean =>
  new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const nextDay = (isoDate: string): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);

const year = fc.integer({ min: 1950, max: 2150 });
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 31 });
const pad = fc.boolean();
const two = (n: number, p: boolean): string => (p ? String(n).padStart(2, '0') : String(n));

const KINDS: DeadlineKind[] = ['date', 'period', 'until', 'recurring', 'continuous', 'unparsed'];
const isIso = (s: string | null): boolean =>
  s === null || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)));

describe('parseDeadline properties', () => {
  it('reads any day/month/year day first, with any separator; impossible days are unparsed', () => {
    fc.assert(
      fc.property(
        year,
        month,
        day,
        pad,
        fc.constantFrom('/', '-', '.', ' / '),
        fc.constantFrom('', 'Trước ngày ', 'ngày '),
        (y, m, d, p, sep, prefix) => {
          const text = `${prefix}${two(d, p)}${sep}${two(m, p)}${sep}${y}`;
          const got = parseDeadline(text);
          if (realDay(y, m, d)) expect(got).toMatchObject({ kind: 'date', due: iso(y, m, d) });
          else expect(got).toMatchObject({ kind: 'unparsed', due: null });
        },
      ),
    );
  });

  it('reads "ngày D tháng M năm Y" the same as D/M/Y', () => {
    fc.assert(
      fc.property(year, month, day, (y, m, d) => {
        fc.pre(realDay(y, m, d));
        expect(parseDeadline(`ngày ${d} tháng ${m} năm ${y}`).due).toBe(iso(y, m, d));
      }),
    );
  });

  it('ends a quarter on its last day', () => {
    const roman = ['I', 'II', 'III', 'IV'];
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 4 }), fc.boolean(), (y, q, useRoman) => {
        const got = parseDeadline(`Quý ${useRoman ? roman[q - 1] : q}/${y}`);
        expect(got.kind).toBe('period');
        expect(got.start).toBe(iso(y, q * 3 - 2, 1));
        expect(Number(got.due?.slice(5, 7))).toBe(q * 3);
        expect(nextDay(got.due as string).slice(8)).toBe('01');
      }),
    );
  });

  it('ends a month on its last day', () => {
    fc.assert(
      fc.property(
        year,
        month,
        pad,
        fc.constantFrom('Tháng {m}/{y}', 'Tháng {m} năm {y}', '{m}/{y}'),
        (y, m, p, form) => {
          const got = parseDeadline(form.replace('{m}', two(m, p)).replace('{y}', String(y)));
          expect(got.kind).toBe('period');
          expect(got.start).toBe(iso(y, m, 1));
          expect(got.due?.slice(0, 7)).toBe(iso(y, m, 1).slice(0, 7));
          expect(nextDay(got.due as string).slice(8)).toBe('01');
        },
      ),
    );
  });

  it('never throws, and always gives a well-formed deadline', () => {
    const words = fc.constantFrom(
      'Quý',
      'quí',
      'tháng',
      'năm',
      'hằng',
      'hàng',
      'trước',
      'ngày',
      'đến',
      'từ',
      'giai đoạn',
      'lần',
      '/',
      '-',
      '–',
      '.',
      '\n',
      ' ',
      '2026',
      '10',
      '12',
      '0',
      '99999',
      'II',
      'sau khi',
      'và',
      '(',
      ')',
      '*',
    );
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.array(words, { maxLength: 8 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(
        text,
        fc.option(fc.integer({ min: 1900, max: 2199 }), { nil: undefined }),
        (s, anchorYear) => {
          const got = parseDeadline(s, { anchorYear });
          expect(KINDS).toContain(got.kind);
          expect(isIso(got.start)).toBe(true);
          expect(isIso(got.due)).toBe(true);
          if (got.start && got.due) expect(got.start <= got.due).toBe(true);
          expect(got.text).toBe(got.text.normalize('NFC'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is deterministic and ignores case and extra spaces', () => {
    const samples = fc.constantFrom(
      'Quý I/2026',
      'Tháng 7/2026',
      'Đến năm 2030',
      'Hằng năm',
      'Thường xuyên',
      '2 năm/lần',
      'Giai đoạn 2026-2030',
      'Trước ngày 10/12 hằng năm',
      '10/12/2026',
    );
    fc.assert(
      fc.property(samples, fc.boolean(), fc.integer({ min: 1, max: 3 }), (s, upper, spaces) => {
        const variant = (upper ? s.toUpperCase() : s).replace(/ /g, ' '.repeat(spaces));
        const first = parseDeadline(s, { anchorYear: 2026 });
        const again = parseDeadline(variant, { anchorYear: 2026 });
        expect({ ...again, text: first.text }).toEqual(first);
        expect(parseDeadline(s, { anchorYear: 2026 })).toEqual(parseDeadline(s, { anchorYear: 2026 }));
      }),
    );
  });
});
