/**
 * Proposals from an implementation section: definitions that assign nothing,
 * a reporting duty with two dates a year, and a heading that joins two
 * collectives with "và".
 */
import { createRegistry } from '../../../src/core/agency';
import { findDeadline } from '../../../src/core/draft/deadline-in-text';
import { parsePlanText } from '../../../src/core/draft/plan-text';
import { proposeTasks } from '../../../src/core/draft/propose';

const registry = createRegistry({ province: 'Thái Nguyên' });
const propose = (body: string) => proposeTasks(parsePlanText(`II. TỔ CHỨC THỰC HIỆN\n\n${body}`), registry);

describe('a sentence that says what an agency is', () => {
  const p = propose(
    [
      '1. Sở Y tế',
      'a) Chủ trì xây dựng đề án phát triển nhân lực y tế, hoàn thành trong Quý II/2026.',
      'c) Sở Y tế là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu về y tế.',
      '2. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
      '- Là tổ chức chính trị - xã hội của trí thức khoa học và công nghệ trong tỉnh.',
      '3. Sở Khoa học và Công nghệ',
      '- Là cơ quan đầu mối chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
      '- Sở Khoa học và Công nghệ là cơ quan thường trực, tổng hợp kết quả thực hiện.',
    ].join('\n\n'),
  );
  const texts = p.tasks.map((t) => t.task);

  it('is not a task, even when its remit names a verb', () => {
    expect(texts).not.toContain(
      'Sở Y tế là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham mưu về y tế.',
    );
    expect(texts.some((t) => t.startsWith('Là tổ chức chính trị'))).toBe(false);
  });

  it('stays a task when it gives a role with work ("Là cơ quan đầu mối chủ trì …", "… là cơ quan thường trực, tổng hợp …")', () => {
    expect(texts).toEqual([
      'Chủ trì xây dựng đề án phát triển nhân lực y tế, hoàn thành trong Quý II/2026.',
      'Là cơ quan đầu mối chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
      'Sở Khoa học và Công nghệ là cơ quan thường trực, tổng hợp kết quả thực hiện.',
    ]);
  });
});

describe('a reporting duty with two dates a year', () => {
  const p = propose(
    [
      '3. Các sở, ban, ngành, UBND các xã, phường',
      '- Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện gửi Sở KH&CN trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm để tổng hợp.',
    ].join('\n\n'),
  );

  it('keeps both dates in the task’s deadline text', () => {
    expect(p.tasks).toHaveLength(1);
    expect(p.tasks[0].deadline?.text).toBe('trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm');
  });

  it('gives both reporting deadlines, yearly, and the focal agency in canonical form', () => {
    expect(
      p.reportDeadlines.map((r) => [r.from, r.to, r.deadline.text, r.deadline.kind, r.deadline.every]),
    ).toEqual([
      [
        'Các sở, ban, ngành; UBND các xã, phường',
        'Sở Khoa học và Công nghệ',
        'trước ngày 15 tháng 6 hằng năm',
        'recurring',
        '1y',
      ],
      [
        'Các sở, ban, ngành; UBND các xã, phường',
        'Sở Khoa học và Công nghệ',
        'trước ngày 15 tháng 12 hằng năm',
        'recurring',
        '1y',
      ],
    ]);
    expect(p.focalAgency).toBe('Sở Khoa học và Công nghệ');
  });

  it('reads the short form "trước ngày 15/6 và 15/12 hàng năm" too', () => {
    const found = findDeadline('Báo cáo trước ngày 15/6 và 15/12 hàng năm gửi Sở Tài chính.');
    expect(found?.deadline.text).toBe('trước ngày 15/6 và 15/12 hàng năm');
    expect(found?.parts.map((d) => d.text)).toEqual([
      'trước ngày 15/6 hàng năm',
      'trước ngày 15/12 hàng năm',
    ]);
  });
});

describe('a recurring reporting deadline', () => {
  const p = propose(
    [
      '9. Các sở, ban, ngành và Ủy ban nhân dân xã, phường',
      '- Định kỳ báo cáo kết quả thực hiện trước ngày 10 tháng 12 hằng năm gửi Sở Khoa học và Công nghệ.',
    ].join('\n\n'),
  );

  it('is read from a heading that joins two collectives with "và" as two canonical names', () => {
    expect(p.tasks[0].lead).toEqual(['Các sở, ban, ngành', 'UBND các xã, phường']);
    expect(p.reportDeadlines[0].from).toBe('Các sở, ban, ngành; UBND các xã, phường');
  });

  it('is the same deadline in the task and in the plan’s reporting deadlines: yearly, due 10 December each year', () => {
    expect(p.reportDeadlines[0].deadline).toEqual(p.tasks[0].deadline);
    expect(p.tasks[0].deadline).toMatchObject({ kind: 'recurring', every: '1y', start: null, due: null });
  });
});

describe('deadlines the grammar reads, written inside a sentence', () => {
  it.each([
    ['Tổ chức hội nghị sơ kết vào năm 2028.', 'năm 2028', 'period', '2028-12-31', null],
    ['Xây dựng cơ sở dữ liệu trí thức, hoàn thành năm 2027.', 'năm 2027', 'period', '2027-12-31', null],
    ['Tổ chức Hội thi sáng tạo kỹ thuật 2 năm/lần.', '2 năm/lần', 'recurring', null, '2y'],
    ['Tổ chức giải thưởng khoa học 5 năm một lần.', '5 năm một lần', 'recurring', null, '5y'],
    ['Tổ chức hội nghị gặp mặt trí thức tiêu biểu hằng năm.', 'hằng năm', 'recurring', null, '1y'],
  ])('"%s" gives %s', (sentence, text, kind, due, every) => {
    expect(findDeadline(sentence)?.deadline).toMatchObject({ text, kind, due, every });
  });

  it.each([
    'Triển khai Chiến lược đến năm 2030, tầm nhìn đến năm 2045.',
    'Phấn đấu năm 2027 đạt 100 tiến sĩ.',
    'Bố trí kinh phí hằng năm để thực hiện.',
  ])('invents none in "%s"', (sentence) => {
    expect(findDeadline(sentence)).toBeNull();
  });

  it('prefers the dated reporting deadline to a bare "hằng năm" earlier in the sentence', () => {
    expect(findDeadline('Định kỳ hằng năm, báo cáo trước ngày 10/12 hằng năm.')?.deadline.text).toBe(
      'trước ngày 10/12 hằng năm',
    );
  });
});
