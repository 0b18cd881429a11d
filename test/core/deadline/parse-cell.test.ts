import { deadlineFromCell, isBareDateSerial } from '../../../src/core/deadline/parse';

// Serials checked by hand: 2026-01-01 is 46023, so 1 Jul 2026 (day 182) is 46204 and 10 Dec 2026 (day 344) is 46366.
const JUL_1_2026 = 46204;
const DEC_10_2026 = 46366;

describe('deadlineFromCell', () => {
  it('is null for empty cells', () => {
    expect(deadlineFromCell(undefined)).toBeNull();
    expect(deadlineFromCell({ value: null })).toBeNull();
    expect(deadlineFromCell({ value: '' })).toBeNull();
    expect(deadlineFromCell({ value: ' \u00a0 ' })).toBeNull();
  });

  it('reads a date cell as a date, shown day first', () => {
    expect(deadlineFromCell({ value: DEC_10_2026, format: 'dd/mm/yyyy' })).toEqual({
      text: '10/12/2026',
      kind: 'date',
      start: null,
      due: '2026-12-10',
      every: null,
    });
    expect(deadlineFromCell({ value: DEC_10_2026, format: 'd/m/yyyy' })?.due).toBe('2026-12-10');
    expect(deadlineFromCell({ value: DEC_10_2026 + 0.5, format: 'dd/mm/yyyy hh:mm' })?.due).toBe(
      '2026-12-10',
    );
  });

  it('reads "7/2026" that Excel turned into 1 Jul with a month format as the month of July', () => {
    for (const format of ['mm/yyyy', 'm/yyyy', 'MM/YYYY']) {
      expect(deadlineFromCell({ value: JUL_1_2026, format })).toEqual({
        text: '07/2026',
        kind: 'period',
        start: '2026-07-01',
        due: '2026-07-31',
        every: null,
      });
    }
  });

  it('reads a date cell formatted as a year as that year', () => {
    expect(deadlineFromCell({ value: DEC_10_2026, format: 'yyyy' })).toMatchObject({
      text: '2026',
      kind: 'period',
      due: '2026-12-31',
    });
  });

  it('reads a plain number 2000–2100 as a year', () => {
    expect(deadlineFromCell({ value: 2028 })).toEqual({
      text: '2028',
      kind: 'period',
      start: '2028-01-01',
      due: '2028-12-31',
      every: null,
    });
    expect(deadlineFromCell({ value: 2030, format: 'General' })?.due).toBe('2030-12-31');
  });

  it('reads a date serial whose format was lost as that day, shown as a date and not flagged vague', () => {
    expect(deadlineFromCell({ value: DEC_10_2026 })).toEqual({
      text: '10/12/2026',
      kind: 'date',
      start: null,
      due: '2026-12-10',
      every: null,
    });
    expect(deadlineFromCell({ value: 46203, format: 'General' })).toEqual({
      text: '30/06/2026',
      kind: 'date',
      start: null,
      due: '2026-06-30',
      every: null,
    });
  });

  it('leaves other numbers, booleans and errors unparsed, showing what the cell holds', () => {
    expect(deadlineFromCell({ value: 12 })).toMatchObject({ kind: 'unparsed', text: '12', due: null });
    expect(deadlineFromCell({ value: 2.5 })).toMatchObject({ kind: 'unparsed', text: '2.5' });
    expect(deadlineFromCell({ value: true })).toMatchObject({ kind: 'unparsed', text: 'TRUE' });
    expect(deadlineFromCell({ value: null, error: '#N/A' })).toMatchObject({
      kind: 'unparsed',
      text: '#N/A',
    });
  });

  it('parses text, passing the anchor year on', () => {
    expect(deadlineFromCell({ value: 'Quý I/2026' })?.due).toBe('2026-03-31');
    expect(deadlineFromCell({ value: 'Hằng năm' }, { anchorYear: 2027 })?.due).toBe('2027-12-31');
    expect(deadlineFromCell({ value: '5 năm/lần', format: '@' }, { anchorYear: 2026 })?.due).toBe(
      '2030-12-31',
    );
  });

  it('tells a day read from a bare number (no date format, Excel shows the number) from a date cell', () => {
    expect(isBareDateSerial({ value: DEC_10_2026 })).toBe(true);
    expect(isBareDateSerial({ value: DEC_10_2026, format: 'General' })).toBe(true);
    expect(isBareDateSerial({ value: DEC_10_2026, format: '#,##0' })).toBe(true);
    expect(isBareDateSerial({ value: DEC_10_2026, format: 'dd/mm/yyyy' })).toBe(false);
    // A year, a small number and text are not read as a day at all.
    expect(isBareDateSerial({ value: 2028 })).toBe(false);
    expect(isBareDateSerial({ value: 12 })).toBe(false);
    expect(isBareDateSerial({ value: '46366' })).toBe(false);
  });
});
