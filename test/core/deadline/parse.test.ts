import { inPlanYear, parseDeadline } from '../../../src/core/deadline/parse';
import type { Deadline } from '../../../src/core/model/task';

type Expected = Omit<Deadline, 'text'>;

const period = (start: string, due: string): Expected => ({ kind: 'period', start, due, every: null });
const until = (due: string): Expected => ({ kind: 'until', start: null, due, every: null });
const date = (due: string): Expected => ({ kind: 'date', start: null, due, every: null });
const continuous: Expected = { kind: 'continuous', start: null, due: null, every: null };
const onDemand: Expected = { ...continuous, doubt: 'on-demand' };

/** Expected readings checked by hand against DOMAIN.md §4 and VIETNAMESE.md §5; plans start in 2026. */
const TABLE: [string, Expected][] = [
  // Quarters: period ending on the quarter's last day.
  ['Quý I/2026', period('2026-01-01', '2026-03-31')],
  ['Quý 1/2026', period('2026-01-01', '2026-03-31')],
  ['Quý I năm 2026', period('2026-01-01', '2026-03-31')],
  ['Quí I/2026', period('2026-01-01', '2026-03-31')],
  ['Q1/2026', period('2026-01-01', '2026-03-31')],
  ['QI/2026', period('2026-01-01', '2026-03-31')],
  ['quý i / 2026', period('2026-01-01', '2026-03-31')],
  ['Quý II/2026', period('2026-04-01', '2026-06-30')],
  ['QUÝ III/2026', period('2026-07-01', '2026-09-30')],
  ['Quý IV/2026', period('2026-10-01', '2026-12-31')],
  ['Quý 4 năm 2026', period('2026-10-01', '2026-12-31')],
  ['Trong quý II/2026', period('2026-04-01', '2026-06-30')],
  ['(Quý I/2026)', period('2026-01-01', '2026-03-31')],
  ['Quý I/2026 (ban hành kế hoạch)', period('2026-01-01', '2026-03-31')],
  // A comma for the slash: a year has four digits, so no month or quarter list is meant.
  ['Quý II, 2026', period('2026-04-01', '2026-06-30')],
  ['Quý 2, 2026', period('2026-04-01', '2026-06-30')],
  ['Tháng 6, 2026', period('2026-06-01', '2026-06-30')],
  ['Tháng 6, 7, 2026', period('2026-06-01', '2026-07-31')],
  // A verb before the time: the time after it.
  ['Hoàn thành trong Quý II/2026', period('2026-04-01', '2026-06-30')],
  ['Hoàn thành trong tháng 6/2026', period('2026-06-01', '2026-06-30')],
  ['Hoàn thành: Quý II/2026', period('2026-04-01', '2026-06-30')],
  ['Hoàn thành năm 2026', period('2026-01-01', '2026-12-31')],
  ['Hoàn thành trước 30/6/2026', date('2026-06-30')],
  ['Hoàn thành trước ngày 30/6/2026', date('2026-06-30')],
  ['Hoàn thành trước quý III/2026', until('2026-06-30')],
  ['Hoàn thành trong Quý II/2026 (ban hành kế hoạch)', period('2026-04-01', '2026-06-30')],
  ['Thực hiện trong năm 2026', period('2026-01-01', '2026-12-31')],
  ['Ban hành trong quý I/2026', period('2026-01-01', '2026-03-31')],
  ['Tổ chức hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  [
    'Báo cáo trước ngày 10/12 hằng năm',
    { kind: 'recurring', start: '2026-01-01', due: '2026-12-10', every: '1y' },
  ],
  // Months.
  ['Tháng 7/2026', period('2026-07-01', '2026-07-31')],
  ['Tháng 07 năm 2026', period('2026-07-01', '2026-07-31')],
  ['07/2026', period('2026-07-01', '2026-07-31')],
  ['7-2026', period('2026-07-01', '2026-07-31')],
  ['Tháng 2/2028', period('2028-02-01', '2028-02-29')],
  ['Tháng 11/2026', period('2026-11-01', '2026-11-30')],
  // Parts of a year.
  ['6 tháng đầu năm 2026', period('2026-01-01', '2026-06-30')],
  ['6 tháng cuối năm 2026', period('2026-07-01', '2026-12-31')],
  ['9 tháng năm 2026', period('2026-01-01', '2026-09-30')],
  ['9 tháng đầu năm 2026', period('2026-01-01', '2026-09-30')],
  // Months written with a leading zero, as many plans do.
  ['06 tháng đầu năm 2026', period('2026-01-01', '2026-06-30')],
  ['06 tháng cuối năm 2026', period('2026-07-01', '2026-12-31')],
  ['09 tháng năm 2026', period('2026-01-01', '2026-09-30')],
  // Years.
  ['Năm 2026', period('2026-01-01', '2026-12-31')],
  ['2026', period('2026-01-01', '2026-12-31')],
  ['2028', period('2028-01-01', '2028-12-31')],
  ['Trong năm 2026', period('2026-01-01', '2026-12-31')],
  ['Cuối năm 2026', period('2026-01-01', '2026-12-31')],
  // Until the end of a year ("trước" means by the end of the year before).
  ['Đến năm 2030', until('2030-12-31')],
  ['ĐẾN NĂM 2030', until('2030-12-31')],
  ['Đến hết năm 2030', until('2030-12-31')],
  ['Trước năm 2030', until('2029-12-31')],
  ['Trước quý III/2026', until('2026-06-30')],
  ['Chậm nhất tháng 6/2026', until('2026-06-30')],
  // "Hết quý I/2026": by the end of the quarter, as "Đến hết …" is read.
  ['Hết quý I/2026', until('2026-03-31')],
  // Ranges of years.
  ['Giai đoạn 2026-2030', period('2026-01-01', '2030-12-31')],
  ['2026 - 2030', period('2026-01-01', '2030-12-31')],
  ['2026–2030', period('2026-01-01', '2030-12-31')],
  ['2026 — 2030', period('2026-01-01', '2030-12-31')],
  ['Từ năm 2026 đến năm 2030', period('2026-01-01', '2030-12-31')],
  ['Từ 01/7/2026 đến 31/12/2026', period('2026-07-01', '2026-12-31')],
  // Several months or quarters of one year, written once.
  ['Tháng 6-7/2026', period('2026-06-01', '2026-07-31')],
  ['Tháng 6, 7/2026', period('2026-06-01', '2026-07-31')],
  ['Tháng 10 đến tháng 12/2026', period('2026-10-01', '2026-12-31')],
  ['Quý II, III/2026', period('2026-04-01', '2026-09-30')],
  ['Quý II và Quý III năm 2026', period('2026-04-01', '2026-09-30')],
  ['Quý II-IV/2026', period('2026-04-01', '2026-12-31')],
  // Dates, always day/month/year.
  ['10/12/2026', date('2026-12-10')],
  ['10-12-2026', date('2026-12-10')],
  // Year first, as ISO and some exports write it: never ambiguous.
  ['2026-12-10', date('2026-12-10')],
  ['2026/12/10', date('2026-12-10')],
  ['10.12.2026', date('2026-12-10')],
  ['Trước ngày 10/12/2026', date('2026-12-10')],
  ['ngày 10 tháng 12 năm 2026', date('2026-12-10')],
  ['01/7/2026', date('2026-07-01')],
  ['29/02/2028', date('2028-02-29')],
  // Yearly on a day: due that day in the anchor year.
  // A first period, then yearly: from the year written, not the anchor's.
  ['Tháng 6/2027 và hằng năm', { kind: 'recurring', start: '2027-01-01', due: '2027-06-30', every: '1y' }],
  ['Năm 2026, hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  ['Trước ngày 10/12 hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-10', every: '1y' }],
  ['Ngày 15/12 hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-15', every: '1y' }],
  // A dated day, then yearly on that day, from the year written.
  ['15/12/2026 hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-15', every: '1y' }],
  ['15/12/2027 hằng năm', { kind: 'recurring', start: '2027-01-01', due: '2027-12-15', every: '1y' }],
  [
    'Trước ngày 15/12/2026 hằng năm',
    { kind: 'recurring', start: '2026-01-01', due: '2026-12-15', every: '1y' },
  ],
  ['15/12/2026, hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-15', every: '1y' }],
  ['Quý II/2026, hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '1y' }],
  ['Tháng 6, 2026 và hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '1y' }],
  // Yearly from a year written: anchored there, not at the plan's start.
  ['Hằng năm (từ 2026)', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  ['Hằng năm, từ năm 2026', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  ['Hằng năm kể từ năm 2027', { kind: 'recurring', start: '2027-01-01', due: '2027-12-31', every: '1y' }],
  ['Từ năm 2027, hằng năm', { kind: 'recurring', start: '2027-01-01', due: '2027-12-31', every: '1y' }],
  ['Từ năm 2026 (hằng năm)', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  ['Hằng quý, từ năm 2026', { kind: 'recurring', start: '2026-01-01', due: '2026-03-31', every: '1q' }],
  // Twice a year on the same day: every six months, first due on the earlier day.
  [
    'Trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm',
    { kind: 'recurring', start: '2026-01-01', due: '2026-06-15', every: '6m' },
  ],
  [
    'Trước ngày 15/12 và 15/6 hằng năm',
    { kind: 'recurring', start: '2026-01-01', due: '2026-06-15', every: '6m' },
  ],
  // The ends of several months or quarters of every year.
  ['Tháng 6, 12 hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '6m' }],
  [
    'Tháng 6 và tháng 12 hằng năm',
    { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '6m' },
  ],
  ['Quý II, quý IV hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '6m' }],
  ['Tháng 3 và tháng 9 hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-03-31', every: '6m' }],
  [
    'Tháng 6, 10 hằng năm',
    { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: null, doubt: 'frequency-unknown' },
  ],
  [
    'Trước ngày 30/6, ngày 10/12 hằng năm',
    { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: null, doubt: 'frequency-unknown' },
  ],
  [
    'trước ngày 10 tháng 12 hàng năm',
    { kind: 'recurring', start: '2026-01-01', due: '2026-12-10', every: '1y' },
  ],
  [
    'trước ngày 10 tháng 12 hằng năm và khi có yêu cầu',
    { kind: 'recurring', start: '2026-01-01', due: '2026-12-10', every: '1y' },
  ],
  [
    'trước ngày **10 tháng 12** hàng năm',
    { kind: 'recurring', start: '2026-01-01', due: '2026-12-10', every: '1y' },
  ],
  ['trước ngày 15/12 hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-15', every: '1y' }],
  ['trước ngày 30/11 hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-11-30', every: '1y' }],
  ['Hằng năm, trước ngày 15/12', { kind: 'recurring', start: '2026-01-01', due: '2026-12-15', every: '1y' }],
  ['Hằng năm (trước 15/12)', { kind: 'recurring', start: '2026-01-01', due: '2026-12-15', every: '1y' }],
  // A part of the year named without its year: yearly, due at the end of that part (VIETNAMESE.md §5).
  ['Quý III hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-09-30', every: '1y' }],
  ['Quý 1 hàng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-03-31', every: '1y' }],
  ['Hằng năm, quý IV', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  ['Hằng năm (quý II)', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '1y' }],
  ['Tháng 6 hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '1y' }],
  ['Tháng 2 hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-02-28', every: '1y' }],
  ['6 tháng đầu năm', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '1y' }],
  ['06 tháng cuối năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  ['Nửa đầu năm', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '1y' }],
  ['9 tháng đầu năm', { kind: 'recurring', start: '2026-01-01', due: '2026-09-30', every: '1y' }],
  ['Cuối năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  // Yearly, due 31 Dec.
  ['Hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  ['Hàng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  [
    'Hàng năm và theo nhiệm vụ được giao',
    { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' },
  ],
  [
    'Hàng năm theo nhiệm vụ được giao',
    { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' },
  ],
  [
    'Hàng năm \ntheo nhiệm \nvụ được giao',
    { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' },
  ],
  ['Định kỳ hằng năm', { kind: 'recurring', start: '2026-01-01', due: '2026-12-31', every: '1y' }],
  // Quarterly and monthly, due at the end of each quarter or month.
  ['Hằng quý', { kind: 'recurring', start: '2026-01-01', due: '2026-03-31', every: '1q' }],
  ['Hàng tháng', { kind: 'recurring', start: '2026-01-01', due: '2026-01-31', every: '1m' }],
  ['6 tháng/lần', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '6m' }],
  ['Định kỳ 6 tháng', { kind: 'recurring', start: '2026-01-01', due: '2026-06-30', every: '6m' }],
  ['Định kỳ hằng quý', { kind: 'recurring', start: '2026-01-01', due: '2026-03-31', every: '1q' }],
  // Every N years from the anchor year: the first cycle ends with its N-th year.
  ['2 năm/lần', { kind: 'recurring', start: '2026-01-01', due: '2027-12-31', every: '2y' }],
  ['5 năm/lần', { kind: 'recurring', start: '2026-01-01', due: '2030-12-31', every: '5y' }],
  ['5 năm một lần', { kind: 'recurring', start: '2026-01-01', due: '2030-12-31', every: '5y' }],
  ['Định kỳ', { kind: 'recurring', start: null, due: null, every: null, doubt: 'frequency-unknown' }],
  // No due date.
  ['Thường xuyên', continuous],
  ['Thường \nxuyên', continuous],
  ['thuong xuyen', continuous],
  ['Thường xuyên.', continuous],
  ['Liên tục', continuous],
  ['Thường xuyên, liên tục', continuous],
  // Routine with a reporting cycle is still routine.
  ['Thường xuyên, hằng năm', continuous],
  ['Thường xuyên hàng năm', continuous],
  ['Hằng năm, thường xuyên', continuous],
  ['Thường xuyên; hằng quý', continuous],
  ['Thực hiện thường xuyên, hằng năm', continuous],
  ['Theo yêu cầu', onDemand],
  ['Khi có yêu cầu', onDemand],
  ['Đột xuất', onDemand],
  // Several years or periods listed: from the first to the end of the last.
  ['2026, 2027', period('2026-01-01', '2027-12-31')],
  ['Năm 2026 và năm 2027', period('2026-01-01', '2027-12-31')],
  ['Năm 2026; 2028', period('2026-01-01', '2028-12-31')],
  ['Quý IV/2026, quý II/2027', period('2026-10-01', '2027-06-30')],
  ['Thực hiện thường xuyên', continuous],
  ['Từ năm 2026', { kind: 'continuous', start: '2026-01-01', due: null, every: null }],
  ['Từ năm 2026 trở đi', { kind: 'continuous', start: '2026-01-01', due: null, every: null }],
  ['Năm 2026 và các năm tiếp theo', { kind: 'continuous', start: '2026-01-01', due: null, every: null }],
  ['Từ tháng 7/2026', { kind: 'continuous', start: '2026-07-01', due: null, every: null }],
  // Doubtful readings, flagged.
  [
    'Đầu năm 2027',
    { kind: 'period', start: '2027-01-01', due: '2027-03-31', every: null, doubt: 'ambiguous' },
  ],
  [
    'Giữa năm 2026',
    { kind: 'period', start: '2026-01-01', due: '2026-06-30', every: null, doubt: 'ambiguous' },
  ],
  // A school year: from September to its usual end, 31 May; flagged, since some years end later.
  [
    'Năm học 2026-2027',
    { kind: 'period', start: '2026-09-01', due: '2027-05-31', every: null, doubt: 'ambiguous' },
  ],
  [
    'Năm học 2026 – 2027',
    { kind: 'period', start: '2026-09-01', due: '2027-05-31', every: null, doubt: 'ambiguous' },
  ],
  [
    'Trong năm học 2027-2028',
    { kind: 'period', start: '2027-09-01', due: '2028-05-31', every: null, doubt: 'ambiguous' },
  ],
  [
    'Sau khi Đề án được phê duyệt',
    { kind: 'unparsed', start: null, due: null, every: null, doubt: 'conditional' },
  ],
  [
    'Sau khi được UBND tỉnh phê duyệt',
    { kind: 'unparsed', start: null, due: null, every: null, doubt: 'conditional' },
  ],
  [
    'Quý I/2026 nếu bố trí được kinh phí',
    { kind: 'unparsed', start: null, due: null, every: null, doubt: 'conditional' },
  ],
];

describe('parseDeadline: the expressions of DOMAIN §4 and VIETNAMESE §5', () => {
  it.each(TABLE)('%j', (text, expected) => {
    expect(parseDeadline(text, { anchorYear: 2026 })).toEqual({ text: expect.any(String), ...expected });
  });
});

describe('parseDeadline: what cannot be read', () => {
  it.each([
    '31/02/2026',
    '32/12/2026',
    '10/13/2026',
    '13/2026',
    'Quý V/2026',
    'Khi nào xong',
    'abc',
    '',
    '   ',
    '2030 - 2026',
    '10/12',
    '10/12/26',
    '6 tháng',
    '9 tháng',
    'Quý III',
    'Tháng 6',
    'Tháng 13 hằng năm',
    'Tháng 6, 13 hằng năm',
    '2027, 2026',
    // Days listed are milestones, each due: not read as one stretch.
    '30/6/2026, 31/12/2026',
    'Năm 2026, năm 2026',
    // A school year is two years in a row.
    'Năm học 2026-2028',
    'Năm học 2027-2026',
    // Two months listed, then yearly: not one day of the year, not guessed.
    'Tháng 6, 12/2026 hằng năm',
    // A bare month and a comma: too little to be a month of a year.
    '6, 2026',
    // A verb and nothing that reads.
    'Hoàn thành',
    'Hoàn thành sớm',
    'Hằng năm, từ năm 26',
  ])('%j is unparsed, with no dates', (text) => {
    const d = parseDeadline(text, { anchorYear: 2026 });
    expect(d).toMatchObject({ kind: 'unparsed', start: null, due: null, every: null });
    expect(d.doubt).toBeUndefined();
  });

  it('keeps the text as written, only cleaned of stray spaces and line breaks', () => {
    expect(parseDeadline('  Khi   nào xong ').text).toBe('Khi nào xong');
    expect(parseDeadline('Hàng năm \ntheo nhiệm vụ được giao').text).toBe('Hàng năm theo nhiệm vụ được giao');
    expect(parseDeadline('Quý I/2026').text).toBe('Quý I/2026');
  });

  it('keeps decomposed (NFD) text in NFC and reads it', () => {
    const d = parseDeadline('Thường xuyên'.normalize('NFD'));
    expect(d.text).toBe('Thường xuyên'.normalize('NFC'));
    expect(d.kind).toBe('continuous');
  });

  it('reads day/month, never month/day', () => {
    expect(parseDeadline('05/12/2026').due).toBe('2026-12-05');
    expect(parseDeadline('12/05/2026').due).toBe('2026-05-12');
  });
});

describe('parseDeadline without an anchor year', () => {
  it('leaves recurring deadlines without start or due', () => {
    for (const text of ['Hằng năm', 'Trước ngày 10/12 hằng năm', '2 năm/lần', 'Hằng quý']) {
      const d = parseDeadline(text);
      expect(d.kind).toBe('recurring');
      expect(d.start).toBeNull();
      expect(d.due).toBeNull();
    }
    expect(parseDeadline('5 năm/lần').every).toBe('5y');
  });

  it('reads everything else the same', () => {
    expect(parseDeadline('Quý II/2026')).toEqual(parseDeadline('Quý II/2026', { anchorYear: 2030 }));
    expect(parseDeadline('Đến năm 2030').due).toBe('2030-12-31');
  });

  it('moves 29/02 to 28/02 in a common anchor year', () => {
    expect(parseDeadline('Trước ngày 29/02 hằng năm', { anchorYear: 2026 }).due).toBe('2026-02-28');
    expect(parseDeadline('Trước ngày 29/02 hằng năm', { anchorYear: 2028 }).due).toBe('2028-02-29');
  });
});

describe("inPlanYear: a one-year plan's deadlines written without the year", () => {
  const read = (text: string) => inPlanYear(parseDeadline(text), 2026);
  it.each([
    ['Quý III', { kind: 'period', start: '2026-07-01', due: '2026-09-30' }],
    ['Tháng 6', { kind: 'period', start: '2026-06-01', due: '2026-06-30' }],
    ['Trước 30/6', { kind: 'date', due: '2026-06-30' }],
    ['10/12', { kind: 'date', due: '2026-12-10' }],
    ['Tháng 6-7', { kind: 'period', start: '2026-06-01', due: '2026-07-31' }],
    ['Hoàn thành trong quý III', { kind: 'period', start: '2026-07-01', due: '2026-09-30' }],
  ])("%j is in the plan's year, its text as written", (text, expected) => {
    expect(read(text)).toMatchObject({ ...expected, text });
  });

  it.each(['12', '6 tháng', 'Khi nào xong', 'Tháng 13'])('%j stays unparsed', (text) => {
    expect(read(text).kind).toBe('unparsed');
  });

  it('leaves a deadline that reads already, or a doubtful one, as it is', () => {
    for (const text of ['Quý I/2027', 'Hằng năm', 'Sau khi Đề án được phê duyệt']) {
      const d = parseDeadline(text);
      expect(inPlanYear(d, 2026)).toBe(d);
    }
  });
});
