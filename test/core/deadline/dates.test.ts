import fc from 'fast-check';
import {
  addDays,
  compareIso,
  dateFormatParts,
  endOfMonth,
  endOfQuarter,
  formatDateVi,
  parseDateVi,
  isDateFormat,
  isIsoDate,
  isoToSerial,
  serialToIso,
} from '../../../src/core/deadline/dates';

describe('Excel serials (1900 system)', () => {
  // Reference points: Excel shows these serials as these dates (serial 60 is its fictitious 29 Feb 1900).
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, '1900-02-29'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [45658, '2025-01-01'],
    [46023, '2026-01-01'],
    [46366, '2026-12-10'],
    [2958465, '9999-12-31'],
  ])('serial %d is %s, both ways', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it('drops the time of day', () => {
    expect(serialToIso(46366.75)).toBe('2026-12-10');
  });

  it.each([0, -1, 2958466, NaN, Infinity])('has no date for serial %d', (n) => {
    expect(serialToIso(n)).toBeNull();
  });

  it('refuses ISO text that is not an Excel date', () => {
    expect(() => isoToSerial('2026-02-30')).toThrow(RangeError);
    expect(() => isoToSerial('1899-12-31')).toThrow(RangeError);
    expect(() => isoToSerial('10/12/2026')).toThrow(RangeError);
  });

  it('round-trips every serial, and consecutive serials are consecutive days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958464 }), (n) => {
        const iso = serialToIso(n) as string;
        expect(isoToSerial(iso)).toBe(n);
        if (n !== 59 && n !== 60) expect(addDays(iso, 1)).toBe(serialToIso(n + 1));
      }),
    );
  });

  it('agrees with UTC calendar arithmetic after 1900-03-01', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (n) => {
        const utc = new Date(Date.UTC(1899, 11, 30) + n * 86400000).toISOString().slice(0, 10);
        expect(serialToIso(n)).toBe(utc);
      }),
    );
  });
});

describe('isDateFormat', () => {
  it.each([
    'dd/mm/yyyy',
    'd/m/yyyy',
    'DD/MM/YYYY',
    'mm/yyyy',
    'm/yyyy',
    'yyyy',
    'mmmm',
    'yyyy-mm-dd;@',
    '[$-42A]dd/mm/yyyy',
    '[$-F800]dddd, mmmm dd, yyyy',
    '"Ngày "dd" tháng "mm" năm "yyyy',
    'dd/mm/yyyy h:mm',
  ])('%s shows a date', (fmt) => {
    expect(isDateFormat(fmt)).toBe(true);
  });

  it.each([
    'General',
    '0',
    '0.00',
    '#,##0',
    '@',
    '0.00E+00',
    'h:mm',
    'h:mm:ss',
    'mm:ss',
    '[h]:mm:ss',
    '[Red]0.00',
    '0" ngày"',
    '\\d0',
    '#,##0 "đồng"',
    '',
  ])('%s does not', (fmt) => {
    expect(isDateFormat(fmt)).toBe(false);
  });

  it('is false without a format', () => {
    expect(isDateFormat(undefined)).toBe(false);
  });

  it('tells which parts a date format shows', () => {
    expect(dateFormatParts('mm/yyyy')).toEqual({ day: false, month: true, year: true });
    expect(dateFormatParts('yyyy')).toEqual({ day: false, month: false, year: true });
    expect(dateFormatParts('dd/mm/yyyy h:mm')).toEqual({ day: true, month: true, year: true });
    expect(dateFormatParts('"Quý "m/yyyy')).toEqual({ day: false, month: true, year: true });
  });
});

describe('date helpers', () => {
  it('formats day first', () => {
    expect(formatDateVi('2026-12-10')).toBe('10/12/2026');
    expect(formatDateVi('2026-07-01')).toBe('01/07/2026');
  });

  it('reads a typed date day first, and refuses a day that does not exist', () => {
    expect(parseDateVi('10/12/2026')).toBe('2026-12-10');
    expect(parseDateVi(' 1-7-2026 ')).toBe('2026-07-01');
    expect(parseDateVi('04.03.2026')).toBe('2026-03-04');
    expect(parseDateVi('31/02/2026')).toBeNull();
    expect(parseDateVi('12/31/2026')).toBeNull();
    expect(parseDateVi('2026-12-10')).toBeNull();
  });

  it('reads back every date it formats', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseDateVi(formatDateVi(iso))).toBe(iso);
        },
      ),
    );
  });

  it('knows month and quarter ends, leap years included', () => {
    expect(endOfMonth(2026, 2)).toBe('2026-02-28');
    expect(endOfMonth(2028, 2)).toBe('2028-02-29');
    expect(endOfMonth(2000, 2)).toBe('2000-02-29');
    expect(endOfMonth(2100, 2)).toBe('2100-02-28');
    expect(endOfMonth(2026, 4)).toBe('2026-04-30');
    expect([1, 2, 3, 4].map((q) => endOfQuarter(2026, q))).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2030-01-01', -1)).toBe('2029-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('compares and validates ISO dates', () => {
    expect(compareIso('2026-03-31', '2026-12-10')).toBeLessThan(0);
    expect(compareIso('2026-12-10', '2026-12-10')).toBe(0);
    expect(compareIso('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
  });
});
