import { createRegistry } from '../../../src/core/agency';
import {
  headingAgencies,
  partnersIn,
  recipientsIn,
  subjectOf,
} from '../../../src/core/draft/agencies-in-text';

const registry = createRegistry({ province: 'Lạng Sơn' });

describe('partnersIn', () => {
  it('ends a collective where the verb starts, and names its parts as the table reader will', () => {
    expect(
      partnersIn('Chủ trì, phối hợp với các sở ngành, phường xã xây dựng kế hoạch phát triển', registry),
    ).toEqual(['Các sở, ngành', 'UBND các xã, phường']);
  });

  it('splits two collectives joined by "và" and leaves "trên địa bàn tỉnh" out', () => {
    const s =
      'Chủ trì, phối hợp với các sở, ban, ngành liên quan và UBND các xã, phường trên địa bàn tỉnh triển khai thực hiện';
    expect(partnersIn(s, registry)).toEqual(['Các sở, ban, ngành liên quan', 'UBND các xã, phường']);
  });

  it('resolves variants to canonical names', () => {
    expect(partnersIn('Phối hợp với các sở, ngành, địa phương liên quan trong đào tạo', registry)).toEqual([
      'Các sở, ngành, địa phương có liên quan',
    ]);
    expect(
      partnersIn(
        'Chủ trì, phối hợp với Sở Khoa học và Công nghệ và các sở, ngành có liên quan tham mưu',
        registry,
      ),
    ).toEqual(['Sở Khoa học và Công nghệ', 'Các sở, ngành có liên quan']);
  });

  it('does not cut "các cơ sở giáo dục" (schools) into "Các cơ sở": keeps it whole, as written', () => {
    expect(
      partnersIn(
        'Phối hợp với các sở, ngành liên quan và các cơ sở giáo dục đại học trong đào tạo',
        registry,
      ),
    ).toEqual(['Các sở, ngành liên quan', 'Các cơ sở giáo dục đại học']);
  });

  it('keeps a partner the registry does not know as cleaned text, and the known ones after it', () => {
    expect(
      partnersIn(
        'Chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh, Sở Tài chính xây dựng chương trình hỗ trợ.',
        registry,
      ),
    ).toEqual(['Hiệp hội Doanh nghiệp tỉnh', 'Sở Tài chính']);
    expect(
      partnersIn('Phối hợp với Trường Đại học Thái Nguyên tổ chức hội thảo khoa học.', registry),
    ).toEqual(['Trường Đại học Thái Nguyên']);
    expect(
      partnersIn('Phối hợp với Sở Y tế và Viện Vệ sinh dịch tễ Trung ương, Hội Nông dân tỉnh.', registry),
    ).toEqual(['Sở Y tế', 'Viện Vệ sinh dịch tễ Trung ương', 'Hội Nông dân tỉnh']);
  });

  it('does not take ordinary words after "phối hợp với" for an agency', () => {
    expect(partnersIn('Phối hợp với nhiều bên tổ chức hội thảo.', registry)).toEqual([]);
    expect(partnersIn('Phối hợp với hội nghị ngành để thống nhất.', registry)).toEqual([]);
    expect(partnersIn('Phối hợp với các nội dung của Kế hoạch.', registry)).toEqual([]);
    expect(partnersIn('Phối hợp với Sở Tài chính, tổ chức hội thảo.', registry)).toEqual(['Sở Tài chính']);
  });

  it('finds nothing without "phối hợp với"', () => {
    expect(
      partnersIn('Trên cơ sở đề xuất của Sở Khoa học và Công nghệ, tham mưu UBND tỉnh', registry),
    ).toEqual([]);
  });
});

describe('recipientsIn and subjectOf', () => {
  it('reads where a report goes', () => {
    expect(
      recipientsIn(
        'báo cáo kết quả trước ngày 30/11 hằng năm gửi Sở Khoa học và Công nghệ tổng hợp',
        registry,
      ),
    ).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('reads the agency a sentence starts with', () => {
    expect(subjectOf('Sở Nội vụ chủ trì, phối hợp với các sở, ngành', registry)).toEqual(['Sở Nội vụ']);
    expect(subjectOf('Tổ chức tuyên truyền', registry)).toEqual([]);
  });
});

describe('headingAgencies', () => {
  it('reads an agency heading', () => {
    expect(headingAgencies('Sở Khoa học và Công nghệ', registry)).toEqual({
      lead: ['Sở Khoa học và Công nghệ'],
      partners: [],
    });
  });

  it('names the collectives of a shared duty as the table reader splits them, each kept whole', () => {
    expect(headingAgencies('Các sở, ban, ngành, UBND các xã, phường', registry)).toEqual({
      lead: ['Các sở, ban, ngành', 'UBND các xã, phường'],
      partners: [],
    });
  });

  it('reads a body the province can only invite ("Đề nghị …")', () => {
    expect(headingAgencies('Đề nghị Báo và Phát thanh, Truyền hình Lạng Sơn', registry)?.lead).toEqual([
      'Báo và Phát thanh, Truyền hình Lạng Sơn',
    ]);
  });

  it('lets the accountable body lead and its member organisations join', () => {
    expect(
      headingAgencies('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên', registry),
    ).toEqual({
      lead: ['Ủy ban MTTQ Việt Nam tỉnh'],
      partners: ['Các tổ chức thành viên'],
    });
  });

  it('keeps an agency-shaped name the registry does not know as written', () => {
    expect(headingAgencies('Các trường Đại học trên địa bàn tỉnh', registry)?.lead).toEqual([
      'Các trường Đại học trên địa bàn tỉnh',
    ]);
  });

  it('returns null for a topic heading', () => {
    expect(headingAgencies('Về công tác tuyên truyền', registry)).toBeNull();
    expect(headingAgencies('Mục đích', registry)).toBeNull();
  });
});
