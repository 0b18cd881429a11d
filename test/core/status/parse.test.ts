import fc from 'fast-check';
import { parseStatus, saysNotYetDue, STATUS_CODES, STATUS_LABELS } from '../../../src/core/status/parse';
import type { StatusCode } from '../../../src/core/model/task';

/** DOMAIN.md §3 (canonical label and accepted variants) and VIETNAMESE.md §4, by code. */
const WORDS: [string, StatusCode][] = [
  ['Đã hoàn thành đúng hạn', 'DONE_ON_TIME'],
  ['Hoàn thành', 'DONE_ON_TIME'],
  ['Đã hoàn thành', 'DONE_ON_TIME'],
  ['HT', 'DONE_ON_TIME'],
  ['Hoàn thành đúng hạn', 'DONE_ON_TIME'],
  ['Hoàn thành trong hạn', 'DONE_ON_TIME'],
  ['Đã hoàn thành trong hạn', 'DONE_ON_TIME'],
  ['Hoàn thành 100%', 'DONE_ON_TIME'],
  // Wordings agencies use for the same states.
  ['Hoàn thành trước hạn', 'DONE_ON_TIME'],
  ['Đã hoàn thành trước thời hạn', 'DONE_ON_TIME'],
  ['Hoàn thành đúng thời hạn', 'DONE_ON_TIME'],
  ['Hoàn thành đúng tiến độ', 'DONE_ON_TIME'],
  ['Hoàn thành trễ', 'DONE_LATE'],
  ['Hoàn thành (quá hạn)', 'DONE_LATE'],
  ['Đang thực hiện (đạt 80%)', 'IN_PROGRESS'],
  ['Đã hoàn thành quá hạn', 'DONE_LATE'],
  ['Hoàn thành quá hạn', 'DONE_LATE'],
  ['Hoàn thành trễ hạn', 'DONE_LATE'],
  ['Hoàn thành chậm', 'DONE_LATE'],
  ['Đã hoàn thành trễ hạn', 'DONE_LATE'],
  ['Đã hoàn thành chậm', 'DONE_LATE'],
  ['Đang thực hiện trong hạn', 'IN_PROGRESS'],
  ['Đang thực hiện', 'IN_PROGRESS'],
  ['Đang triển khai', 'IN_PROGRESS'],
  ['Đang thực hiện đúng hạn', 'IN_PROGRESS'],
  ['Chưa hoàn thành trong hạn', 'IN_PROGRESS'],
  ['Đang thực hiện quá hạn', 'IN_PROGRESS_LATE'],
  ['Đang thực hiện trễ hạn', 'IN_PROGRESS_LATE'],
  ['Quá hạn', 'IN_PROGRESS_LATE'],
  ['Trễ hạn', 'IN_PROGRESS_LATE'],
  ['Chậm tiến độ', 'IN_PROGRESS_LATE'],
  ['Chưa hoàn thành quá hạn', 'IN_PROGRESS_LATE'],
  ['Chưa thực hiện', 'NOT_STARTED'],
  ['Chưa triển khai', 'NOT_STARTED'],
  ['Chưa thực hiện đúng hạn', 'NOT_STARTED'],
  ['Chưa thực hiện trễ hạn', 'NOT_STARTED'],
  ['Đã thực hiện trong kỳ', 'DONE_THIS_PERIOD'],
  // A continuous task's usual report, and a document's.
  ['Thực hiện thường xuyên', 'DONE_THIS_PERIOD'],
  ['Thường xuyên', 'DONE_THIS_PERIOD'],
  ['Đã thực hiện thường xuyên', 'DONE_THIS_PERIOD'],
  ['Đã ban hành', 'DONE_ON_TIME'],
  ['Đã ban hành (chậm so với kế hoạch)', 'DONE_LATE'],
  ['Tạm dừng', 'SUSPENDED'],
  ['Tạm hoãn', 'SUSPENDED'],
  ['Không thực hiện', 'CANCELLED'],
  ['Đã hủy', 'CANCELLED'],
  ['Đã huỷ', 'CANCELLED'],
  ['Dừng thực hiện', 'CANCELLED'],
  // A share below all of it takes back "done"; all of it alone is done.
  ['Hoàn thành 80%', 'IN_PROGRESS'],
  ['Đã hoàn thành 95,5 %', 'IN_PROGRESS'],
  ['100%', 'DONE_ON_TIME'],
  ['Đạt 100%', 'DONE_ON_TIME'],
  // Everyday words, and a status followed by an aside.
  ['Xong', 'DONE_ON_TIME'],
  ['Đang làm', 'IN_PROGRESS'],
  ['Đang xây dựng dự thảo', 'IN_PROGRESS'],
  ['Đang hoàn thiện hồ sơ, chậm so với kế hoạch', 'IN_PROGRESS_LATE'],
  ['Đã hoàn thành (chậm so với kế hoạch)', 'DONE_LATE'],
  ['Chưa thực hiện do thiếu kinh phí', 'NOT_STARTED'],
  // Part of the work done, however it is said, is work under way, like "Hoàn thành 50%".
  ['Hoàn thành một phần', 'IN_PROGRESS'],
  ['Đã hoàn thành một phần', 'IN_PROGRESS'],
  ['Hoàn thành được một phần', 'IN_PROGRESS'],
  ['Hoàn thành từng phần', 'IN_PROGRESS'],
  ['Đã hoàn thành phần lớn', 'IN_PROGRESS'],
  ['Hoàn thành một số nội dung', 'IN_PROGRESS'],
  ['Hoàn thành bước đầu', 'IN_PROGRESS'],
  ['Hoàn thành cơ bản', 'IN_PROGRESS'],
  ['Cơ bản hoàn thành', 'IN_PROGRESS'],
  ['Đã cơ bản hoàn thành', 'IN_PROGRESS'],
  ['Đã thực hiện một phần', 'IN_PROGRESS'],
  ['Đã triển khai được một phần', 'IN_PROGRESS'],
  ['Hoàn thành một phần (quá hạn)', 'IN_PROGRESS_LATE'],
  ['Hoàn thành một phần, chậm so với kế hoạch', 'IN_PROGRESS_LATE'],
  // Under way said twice.
  ['Đang thực hiện, chưa hoàn thành', 'IN_PROGRESS'],
  ['Đang triển khai nhưng chưa hoàn thành', 'IN_PROGRESS'],
  ['Đang thực hiện, chưa xong', 'IN_PROGRESS'],
  ['Chưa xong', 'IN_PROGRESS'],
  ['Đang thực hiện, chưa hoàn thành quá hạn', 'IN_PROGRESS_LATE'],
  ['Đang thực hiện chậm, chưa hoàn thành', 'IN_PROGRESS_LATE'],
  // Asides that neither take back nor hedge.
  ['Hoàn thành phần việc được giao', 'DONE_ON_TIME'],
  ['Đang thực hiện, chờ phê duyệt', 'IN_PROGRESS'],
  // Reported done, awaiting the assigning body's confirmation: the agency's claim, as every status is.
  ['Chờ xác nhận', 'DONE_ON_TIME'],
  ['Hoàn thành, chờ nghiệm thu', 'DONE_ON_TIME'],
  // A partner's report: it did its part this period, however the doing is worded.
  ['Đã phối hợp', 'DONE_THIS_PERIOD'],
  ['Đã phối hợp thực hiện', 'DONE_THIS_PERIOD'],
  ['Đã tham gia phối hợp', 'DONE_THIS_PERIOD'],
  ['Đã phối hợp triển khai', 'DONE_THIS_PERIOD'],
  ['Đã tham gia', 'DONE_THIS_PERIOD'],
  ['đã phối hợp.', 'DONE_THIS_PERIOD'],
  ['Đã phối hợp với Sở Khoa học và Công nghệ', 'DONE_THIS_PERIOD'],
  ['Đã phối hợp với Sở Văn hóa, Thể thao và Du lịch', 'DONE_THIS_PERIOD'],
  ['Đã tổ chức thực hiện', 'DONE_THIS_PERIOD'],
  ['Đã triển khai thực hiện', 'DONE_THIS_PERIOD'],
  ['Đang phối hợp thực hiện', 'IN_PROGRESS'],
  ['Chưa phối hợp', 'NOT_STARTED'],
  // A recurring task's usual report: carried out, and how often.
  ['Đã thực hiện hằng năm', 'DONE_THIS_PERIOD'],
  ['Thực hiện hàng năm', 'DONE_THIS_PERIOD'],
  ['Đã thực hiện định kỳ', 'DONE_THIS_PERIOD'],
  ['Đã thực hiện trong năm 2026', 'DONE_THIS_PERIOD'],
  ['Đã thực hiện theo kế hoạch', 'DONE_THIS_PERIOD'],
  ['Đã triển khai thường xuyên, liên tục', 'DONE_THIS_PERIOD'],
  // Not due yet (a task due every five years), or not asked for yet: not started, not said to be late.
  ['Chưa đến kỳ', 'NOT_STARTED'],
  ['Chưa đến kì', 'NOT_STARTED'],
  ['Chưa đến hạn', 'NOT_STARTED'],
  ['Chưa đến thời hạn', 'NOT_STARTED'],
  ['Chưa tới hạn', 'NOT_STARTED'],
  ['Chưa đến kỳ báo cáo', 'NOT_STARTED'],
  ['Chưa đến thời điểm thực hiện', 'NOT_STARTED'],
  ['Chưa đến thời gian thực hiện', 'NOT_STARTED'],
  ['Chưa đến kỳ thực hiện (5 năm/lần)', 'NOT_STARTED'],
  ['CHƯA ĐẾN HẠN THỰC HIỆN', 'NOT_STARTED'],
  ['Chưa phát sinh', 'NOT_STARTED'],
];

describe('parseStatus', () => {
  it.each(WORDS)('%j is %s', (text, code) => {
    expect(parseStatus(text)).toBe(code);
  });

  it.each([
    ['HOÀN THÀNH ĐÚNG HẠN', 'DONE_ON_TIME'],
    ['hoan thanh', 'DONE_ON_TIME'],
    ['ht', 'DONE_ON_TIME'],
    ['  Đang   thực hiện  ', 'IN_PROGRESS'],
    ['Đang thực hiện\n(trễ hạn)', 'IN_PROGRESS_LATE'],
    ['Đang thực hiện - quá hạn', 'IN_PROGRESS_LATE'],
    ['Đã hoàn thành.', 'DONE_ON_TIME'],
    ['Tạm dừng;', 'SUSPENDED'],
    ['\u00a0Chưa thực hiện\u200b', 'NOT_STARTED'],
  ] as [string, StatusCode][])('ignores case, marks, spaces and punctuation: %j', (text, code) => {
    expect(parseStatus(text)).toBe(code);
  });

  it('reads decomposed (NFD) text', () => {
    expect(parseStatus('Đang thực hiện quá hạn'.normalize('NFD'))).toBe('IN_PROGRESS_LATE');
  });

  it.each([
    '',
    '   ',
    'Không hạn',
    'Đạt 80%',
    '50%',
    'abc',
    'Hoàn thành nhưng chưa nghiệm thu',
    // Under way and something else: not read as either.
    'Đang thực hiện, chưa thực hiện',
    'Đang thực hiện, chưa có kết quả',
    // "Some activities carried out" says what was done, not how much of the task.
    'Đã thực hiện một số hoạt động',
    // "Tổ chức" names the work; "Phối hợp" alone is the partner's role, as the plan's column says.
    'Đã tổ chức hội nghị',
    'Phối hợp',
    'Đã phối hợp, chưa có kết quả',
    'Đã phối hợp với Sở Nội vụ nhưng chưa hoàn thành',
    // A partner's words with a clause more say how far the work is, which they do not settle.
    'Đã phối hợp với Sở Tài chính xây dựng dự thảo, đang trình UBND tỉnh',
    'Đã phối hợp với các sở; dự kiến hoàn thành quý IV',
    'Đã triển khai với 15/20 xã',
    // Not taking part is not the task cancelled.
    'Không tham gia',
    'Không phối hợp được',
    // Two claims at once.
    'Chưa đến kỳ báo cáo nhưng đã quá hạn',
    // A deadline copied into the status column says nothing about progress.
    'Hằng năm',
    'Định kỳ',
    '5 năm/lần',
    'Chưa đến',
  ])('has no status for %j', (text) => {
    expect(parseStatus(text)).toBeNull();
  });

  it('reads every canonical label, Vietnamese and English, as its own code', () => {
    for (const code of STATUS_CODES) {
      expect(parseStatus(STATUS_LABELS[code].vi)).toBe(code);
      expect(parseStatus(STATUS_LABELS[code].en)).toBe(code);
    }
  });

  it('is deterministic and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const code = parseStatus(s);
        expect(code === null || STATUS_CODES.includes(code)).toBe(true);
        expect(parseStatus(s)).toBe(code);
      }),
    );
  });
});

describe('STATUS_CODES and STATUS_LABELS', () => {
  it('list the eight codes once, in display order', () => {
    expect(STATUS_CODES).toEqual([
      'DONE_ON_TIME',
      'DONE_LATE',
      'IN_PROGRESS',
      'IN_PROGRESS_LATE',
      'NOT_STARTED',
      'DONE_THIS_PERIOD',
      'SUSPENDED',
      'CANCELLED',
    ]);
  });

  it('carry the canonical Vietnamese labels of DOMAIN §3', () => {
    expect(Object.fromEntries(STATUS_CODES.map((c) => [c, STATUS_LABELS[c].vi]))).toEqual({
      DONE_ON_TIME: 'Đã hoàn thành đúng hạn',
      DONE_LATE: 'Đã hoàn thành quá hạn',
      IN_PROGRESS: 'Đang thực hiện trong hạn',
      IN_PROGRESS_LATE: 'Đang thực hiện quá hạn',
      NOT_STARTED: 'Chưa thực hiện',
      DONE_THIS_PERIOD: 'Đã thực hiện trong kỳ',
      SUSPENDED: 'Tạm dừng',
      CANCELLED: 'Không thực hiện',
    });
    for (const c of STATUS_CODES) expect(STATUS_LABELS[c].vi).toBe(STATUS_LABELS[c].vi.normalize('NFC'));
  });
});

describe('"not yet due" given as the reason for not starting', () => {
  it.each([
    'Chưa thực hiện (chưa đến kỳ)',
    'Chưa thực hiện do chưa đến hạn',
    'Chưa thực hiện vì chưa đến thời hạn',
    'Chưa triển khai, chưa đến kỳ',
  ])('%j is not started and says not yet due', (text) => {
    expect(parseStatus(text)).toBe('NOT_STARTED');
    expect(saysNotYetDue(text)).toBe(true);
  });

  it.each(['Chưa thực hiện', 'Chưa phát sinh', 'Đang thực hiện', 'Chưa hoàn thành'])(
    '%j does not say not yet due',
    (text) => {
      expect(saysNotYetDue(text)).toBe(false);
    },
  );
});
