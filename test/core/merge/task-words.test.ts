import { taskWords, wordKind } from '../../../src/core/merge/task-words';

describe('taskWords', () => {
  it.each([
    ['Ban hành KH thực hiện QĐ 2711/QĐ-TTg', 'Ban hành Kế hoạch thực hiện Quyết định 2711 Thủ tướng'],
    ['Tham mưu cơ chế, chính sách KH&CN', 'Tham mưu cơ chế, chính sách khoa học và công nghệ'],
    ['Tham mưu cơ chế chính sách KHCN', 'Tham mưu cơ chế chính sách khoa học công nghệ'],
    ['Nghiên cứu KH-CN và ĐMST', 'Nghiên cứu khoa học công nghệ và đổi mới sáng tạo'],
    ['Bồi dưỡng CBCCVC', 'Bồi dưỡng cán bộ công chức viên chức'],
    ['Trình UBND, HĐND tỉnh', 'Trình Ủy ban nhân dân, Hội đồng nhân dân tỉnh'],
    ['Ứng dụng CNTT, CĐS', 'Ứng dụng công nghệ thông tin, chuyển đổi số'],
    ['Phối hợp Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Liên hiệp các hội KH&KT', 'Liên hiệp các hội khoa học và kỹ thuật'],
    ['Đẩy mạnh CNH, HĐH', 'Đẩy mạnh công nghiệp hoá, hiện đại hoá'],
  ])('reads "%s" as "%s"', (short, long) => {
    expect(taskWords(short)).toEqual(taskWords(long));
  });

  it('leaves "CN" alone outside "KH&CN": it has several readings', () => {
    expect(taskWords('Ngày CN')).toEqual(['ngay', 'cn']);
  });

  it("drops the agency's role in the task", () => {
    expect(taskWords('Phối hợp bố trí kinh phí')).toEqual(taskWords('Bố trí kinh phí'));
    expect(taskWords('Chủ trì xây dựng Đề án')).toEqual(taskWords('Xây dựng Đề án'));
    // "trí" of "trí thức" is not "trì" of "chủ trì".
    expect(taskWords('Tôn vinh trí thức')).toEqual(['ton', 'vinh', 'tri', 'thuc']);
  });

  it('makes each generic phrase one generic word, and keeps its syllables elsewhere', () => {
    expect(taskWords('Tổ chức Hội nghị gặp mặt doanh nhân tiêu biểu của tỉnh')).toEqual([
      'to_chuc',
      'hoi_nghi',
      'gap_mat',
      'doanh',
      'nhan',
      'tieu_bieu',
      'cua',
      'tinh',
    ]);
    expect(taskWords('Tổ chức Hội thi, bồi dưỡng công chức').map(wordKind)).toEqual([
      'generic',
      'word',
      'word',
      'word',
      'word',
      'word',
      'word',
    ]);
  });

  it('takes document numbers and foreign codes for codes, years and small numbers for generic words', () => {
    expect(wordKind('2711')).toBe('code');
    expect(wordKind('388')).toBe('code');
    expect(wordKind('stem')).toBe('code');
    expect(wordKind('steam')).toBe('code');
    expect(wordKind('2026')).toBe('generic');
    expect(wordKind('12')).toBe('generic');
    expect(wordKind('hoa')).toBe('word');
    expect(wordKind('nghieng')).toBe('word');
    expect(wordKind('khuyen')).toBe('word');
  });
});
