import { findDeadline } from '../../../src/core/draft/deadline-in-text';

const found = (s: string) => findDeadline(s, { anchorYear: 2026 })?.deadline ?? null;

describe('findDeadline: deadlines inside a sentence', () => {
  it('reads a yearly reporting day written in words, without the words after it', () => {
    const d = found(
      'Định kỳ báo cáo kết quả thực hiện Kế hoạch trước ngày 10 tháng 12 hàng năm và khi có yêu cầu gửi Sở Khoa học và Công nghệ.',
    );
    expect(d).toEqual({
      text: 'trước ngày 10 tháng 12 hàng năm',
      kind: 'recurring',
      start: '2026-01-01',
      due: '2026-12-10',
      every: '1y',
    });
  });

  it('reads "trước ngày 15/12 hằng năm" at the end of a sentence', () => {
    const d = found(
      'báo cáo kết quả thực hiện Chiến lược gửi Bộ Khoa học và Công nghệ trước ngày 15/12 hằng năm.',
    );
    expect(d).toMatchObject({
      text: 'trước ngày 15/12 hằng năm',
      kind: 'recurring',
      due: '2026-12-15',
      every: '1y',
    });
  });

  it('reads a quarter and a month', () => {
    expect(found('Ban hành kế hoạch trong Quý II/2026.')).toMatchObject({
      text: 'Quý II/2026',
      kind: 'period',
      due: '2026-06-30',
    });
    expect(found('trình UBND tỉnh trong tháng 7/2026;')).toMatchObject({ kind: 'period', due: '2026-07-31' });
  });

  it('reads a fixed date after "trước ngày"', () => {
    expect(found('hoàn thành trước ngày 30/6/2026 để tổng hợp')).toMatchObject({
      kind: 'date',
      due: '2026-06-30',
    });
  });

  it('never takes the years of a strategy or a programme title for a deadline', () => {
    expect(
      found('đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045'),
    ).toBeNull();
    expect(found('chính sách thu hút nhân lực giai đoạn 2026-2030 trên địa bàn tỉnh')).toBeNull();
    expect(found('Quyết định số 2711/QĐ-TTg ngày 12/12/2025 của Thủ tướng Chính phủ')).toBeNull();
    expect(found('trong thời kỳ đẩy mạnh công nghiệp hóa')).toBeNull();
  });

  it('finds nothing in a sentence without a time limit', () => {
    expect(found('Xây dựng cơ sở dữ liệu về đội ngũ trí thức tỉnh Cao Bằng.')).toBeNull();
  });

  it('reads the deadline after "hoàn thành trong", the plan\'s own period before it left alone', () => {
    expect(found('Xây dựng đề án, hoàn thành trong năm 2026.')).toMatchObject({
      text: 'năm 2026',
      kind: 'period',
      start: '2026-01-01',
      due: '2026-12-31',
    });
    expect(
      found('Xây dựng đề án giai đoạn 2026 - 2030, hoàn thành trong 6 tháng đầu năm 2026.'),
    ).toMatchObject({ text: '6 tháng đầu năm 2026', kind: 'period', due: '2026-06-30' });
    expect(found('Xây dựng đề án, hoàn thành trong năm 2026 và báo cáo UBND tỉnh.')).toMatchObject({
      text: 'năm 2026',
      due: '2026-12-31',
    });
    expect(found('Xây dựng đề án, hoàn thành trong Quý II/2026.')).toMatchObject({
      text: 'Quý II/2026',
      due: '2026-06-30',
    });
  });
});
