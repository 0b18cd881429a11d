import type { Field } from '../../../src/core/model/task';
import { HEADER_ALIASES, matchHeader } from '../../../src/core/table/header-aliases';

const fieldOf = (text: string) => matchHeader(text)?.field ?? null;

describe('matchHeader', () => {
  const all = (Object.entries(HEADER_ALIASES) as [Field, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((a) => [a, field] as const),
  );

  it.each(all)('"%s" names %s', (alias, field) => {
    expect(matchHeader(alias)).toMatchObject({ field, exact: true });
  });

  it.each(all)('"%s" matches in capitals, without diacritics and broken over lines', (alias, field) => {
    expect(fieldOf(alias.toLocaleUpperCase('vi'))).toBe(field);
    const bare = alias.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    expect(fieldOf(bare)).toBe(field);
    expect(fieldOf(alias.replace(' ', '\n'))).toBe(field);
  });

  it.each([
    ['Cơ quan chủ trì, phối hợp', 'lead'],
    ['Đơn vị chủ trì thực hiện nhiệm vụ', 'lead'],
    ['Cơ quan, đơn vị phối hợp thực hiện', 'partners'],
    ['Thời hạn hoàn thành nhiệm vụ', 'deadline'],
    ['Thời gian hoàn thành (năm)', 'deadline'],
    ['Kết quả thực hiện nhiệm vụ', 'outcome'],
    ['Tình hình triển khai', 'outcome'],
    ['Kết quả dự kiến', 'result'],
    ['Sản phẩm dự kiến đạt được', 'result'],
    ['Đánh giá mức độ hoàn thành', 'status'],
    ['Nội dung công việc cụ thể', 'task'],
    ['Ghi chú (nếu có)', 'note'],
    ['Khó khăn, vướng mắc (nếu có)', 'issues'],
    ['Nội dung nhiệm vụ (2)', 'task'],
    ['Mục tiêu, nhiệm vụ cụ thể', 'task'],
    ['Hoạt động', 'task'],
    ['Cơ quan, đơn vị chịu trách nhiệm chính', 'lead'],
    ['Đơn vị thực hiện chính', 'lead'],
    ['Kết quả thực hiện đến thời điểm báo cáo', 'outcome'],
    ['Nội dung đã thực hiện', 'outcome'],
    ['Kết quả đã triển khai', 'outcome'],
    ['Nội dung thực hiện', 'task'],
    ['Mức độ hoàn thành (Đã hoàn thành/Đang thực hiện/Chưa thực hiện)', 'status'],
    ['Lý do chưa hoàn thành', 'issues'],
    ['Khó khăn, vướng mắc, nguyên nhân', 'issues'],
    ['Cơ quan, đơn vị đầu mối thực hiện', 'lead'],
    ['Cơ quan, đơn vị phối hợp', 'partners'],
    ['Dự kiến sản phẩm đầu ra', 'result'],
    ['Hình thức văn bản ban hành', 'result'],
    ['Lộ trình thực hiện (năm)', 'deadline'],
    ['Năm hoàn thành', 'deadline'],
    ['Thời điểm hoàn thành dự kiến', 'deadline'],
  ])('"%s" is recognised as %s by its wording', (text, field) => {
    expect(fieldOf(text)).toBe(field);
  });

  it('leaves "Tiến độ" and "Tiến độ thực hiện" to the cells: a plan\'s deadline or a report\'s status', () => {
    expect(matchHeader('Tiến độ thực hiện')).toMatchObject({ field: 'deadline', maybeStatus: true });
    expect(matchHeader('TIẾN ĐỘ')).toMatchObject({ field: 'deadline', maybeStatus: true });
    expect(matchHeader('Thời hạn')).toMatchObject({ field: 'deadline', maybeStatus: false });
  });

  it.each([
    'Thời gian bắt đầu',
    'Cơ quan',
    'Phụ lục',
    'Sở Khoa học và Công nghệ',
    'Xây dựng các chương trình, kế hoạch đẩy mạnh hoạt động nghiên cứu khoa học nhiệm vụ',
    '(1)',
    '',
  ])('"%s" is not a header', (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});
