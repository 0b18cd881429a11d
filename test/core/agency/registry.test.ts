import { createRegistry } from '../../../src/core/agency';
import { PROVINCES } from '../../../src/core/agency/provinces';

const CAN_KHCN = 'Sở Khoa học và Công nghệ';
const CAN_LHH = 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh';
const CAN_VHTTDL = 'Sở Văn hóa, Thể thao và Du lịch';

describe('the seed appendix tables (DOMAIN §2)', () => {
  const bacNinh = createRegistry({ province: 'Bắc Ninh' });
  const ninhBinh = createRegistry({ province: 'Ninh Bình' });
  const hungYen = createRegistry({ province: 'Hưng Yên' });

  test.each([
    // Bắc Ninh (002)
    [bacNinh, 'Sở Khoa học và Công nghệ', 'exact', CAN_KHCN],
    [bacNinh, 'Sở Nội vụ', 'exact', 'Sở Nội vụ'],
    [bacNinh, 'Sở Giáo dục và Đào tạo', 'exact', 'Sở Giáo dục và Đào tạo'],
    [bacNinh, 'Công an tỉnh', 'exact', 'Công an tỉnh'],
    [bacNinh, 'Bộ Khoa học và Công nghệ', 'exact', 'Bộ Khoa học và Công nghệ'],
    [bacNinh, 'Văn phòng UBND tỉnh', 'exact', 'Văn phòng UBND tỉnh'],
    [bacNinh, 'Hội Văn học nghệ thuật tỉnh', 'exact', 'Hội Văn học nghệ thuật tỉnh'],
    [bacNinh, 'Sở Văn hoá Thể thao và Du lịch', 'alias', CAN_VHTTDL],
    [bacNinh, 'Liên hiệp các Hội KH&KT tỉnh', 'alias', CAN_LHH],
    [bacNinh, 'Báo, Phát thanh và Truyền hình Bắc Ninh', 'alias', 'Báo và Phát thanh, Truyền hình Bắc Ninh'],
    [bacNinh, 'Các sở, ngành, địa phương', 'exact', 'Các sở, ngành, địa phương'],
    [bacNinh, 'Các sở, ngành, địa phương có liên quan', 'exact', 'Các sở, ngành, địa phương có liên quan'],
    [bacNinh, 'Các, sở, ngành, địa phương có liên quan', 'alias', 'Các sở, ngành, địa phương có liên quan'],
    // Ninh Bình (003)
    [ninhBinh, 'Sở Khoa học và Cong nghệ', 'spelling', CAN_KHCN],
    [ninhBinh, 'Trường Chính trị tỉnh', 'exact', 'Trường Chính trị tỉnh'],
    [ninhBinh, 'Báo và Đài PTTH', 'alias', 'Báo và Phát thanh, Truyền hình Ninh Bình'],
    [ninhBinh, 'Liên hiệp các Hội KH-KT', 'alias', CAN_LHH],
    // Ninh Bình's cells join two collectives; the list splitter cuts them (split-list.test.ts).
    [ninhBinh, 'Các sở ban ngành', 'alias', 'Các sở, ban, ngành'],
    [ninhBinh, 'phường, xã', 'alias', 'UBND các xã, phường'],
    [ninhBinh, 'UBND các phường xã', 'alias', 'UBND các xã, phường'],
    // Hưng Yên (004)
    [hungYen, 'Báo và Phát thanh, Truyền hình Hưng Yên', 'exact', 'Báo và Phát thanh, Truyền hình Hưng Yên'],
    [hungYen, CAN_LHH, 'exact', CAN_LHH],
    [hungYen, 'Các sở, ban ngành', 'alias', 'Các sở, ban, ngành'],
    [hungYen, 'Ủy ban nhân dân xã, phường', 'alias', 'UBND các xã, phường'],
  ])('%#: %p resolves', (registry, text, kind, canonical) => {
    const m = registry.resolve(text);
    expect(m.kind).toBe(kind);
    expect(m.canonical).toBe(canonical);
  });

  test('Ninh Bình row 2: "Các sở ban ngành, UBND các phường xã" is a collective, not an unknown agency', () => {
    const m = ninhBinh.resolve('Các sở ban ngành, UBND các phường xã');
    expect(m.kind).not.toBe('unknown');
    expect(m.collective).toBe(true);
    expect(m.canonical).toBe('Các sở ban ngành, UBND các phường xã');
  });

  test('"Sở Văn hóa, Thể thao" (missing "và Du lịch") points to Sở Văn hóa, Thể thao và Du lịch', () => {
    const m = bacNinh.resolve('Sở Văn hóa, Thể thao');
    expect(m.kind).toBe('spelling');
    expect(m.canonical).toBe(CAN_VHTTDL);
  });
});

describe('resolution tiers', () => {
  const reg = createRegistry({ province: 'Bắc Ninh' });

  test('exact is the canonical text up to NFC and spacing', () => {
    expect(reg.resolve('  Sở   Khoa học và Công nghệ ').kind).toBe('exact');
    expect(reg.resolve(CAN_KHCN.normalize('NFD')).kind).toBe('exact');
    expect(reg.resolve('Sở\u00a0Nội vụ').kind).toBe('exact');
  });

  test.each([
    ['Sở KH&CN', CAN_KHCN],
    ['Sở KHCN', CAN_KHCN],
    ['SKHCN', CAN_KHCN],
    ['Sở KH & CN', CAN_KHCN],
    ['sở khoa học và công nghệ', CAN_KHCN],
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', CAN_KHCN],
    ['Sở Khoa học & Công nghệ', CAN_KHCN],
    ['Sở Khoa học và Công nghệ tỉnh Bắc Ninh', CAN_KHCN],
    ['So Khoa hoc va Cong nghe', CAN_KHCN],
    ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở GDĐT', 'Sở Giáo dục và Đào tạo'],
    ['SGDĐT', 'Sở Giáo dục và Đào tạo'],
    ['Sở VHTTDL', CAN_VHTTDL],
    ['Sở VH-TT&DL', CAN_VHTTDL],
    ['Sở Văn hóa - Thể thao và Du lịch', CAN_VHTTDL],
    ['Sở NN&MT', 'Sở Nông nghiệp và Môi trường'],
    ['Sở DT&TG', 'Sở Dân tộc và Tôn giáo'],
    ['VP UBND tỉnh', 'Văn phòng UBND tỉnh'],
    ['VPUBND', 'Văn phòng UBND tỉnh'],
    ['Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh'],
    ['Văn phòng Uỷ ban nhân dân tỉnh Bắc Ninh', 'Văn phòng UBND tỉnh'],
    ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['Uỷ ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['Liên hiệp các Hội KH-KT', CAN_LHH],
    ['Liên hiệp các Hội KH&KT', CAN_LHH],
    ['LHH', CAN_LHH],
    ['Liên hiệp hội', CAN_LHH],
    ['Liên hiệp các Hội Khoa học và Kĩ thuật tỉnh', CAN_LHH],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh'],
    ['Báo và PT-TH Bắc Ninh', 'Báo và Phát thanh, Truyền hình Bắc Ninh'],
    ['Báo và Phát thanh, Truyền hình', 'Báo và Phát thanh, Truyền hình Bắc Ninh'],
    ['Bộ KH&CN', 'Bộ Khoa học và Công nghệ'],
  ])('alias: %p → %p', (text, canonical) => {
    const m = reg.resolve(text);
    expect(m.kind).toBe('alias');
    expect(m.canonical).toBe(canonical);
  });

  test.each([
    ['Sở Khoa học và Cong nghệ', CAN_KHCN],
    ['Sở Khoa hoc và Công nghệ', CAN_KHCN],
    ['Sở Khoa học và Công nghê', CAN_KHCN],
    ['Sở Khao học và Công nghệ', CAN_KHCN],
    ['Sở Khoa học và Công nghề', CAN_KHCN],
    ['Sở Nôi vụ', 'Sở Nội vụ'],
    ['Sở Tài chánh', 'Sở Tài chính'],
    ['Sở Xây dưng', 'Sở Xây dựng'],
    ['Liên hiệp các Hội Khoa học và Kỹ thuât tỉnh', CAN_LHH],
    ['Các sở, ban, nghành', 'Các sở, ban, ngành'],
  ])('spelling: %p → %p', (text, canonical) => {
    const m = reg.resolve(text);
    expect(m.kind).toBe('spelling');
    expect(m.canonical).toBe(canonical);
  });

  test('a complete-looking name with its own "và" is not taken for a name cut short', () => {
    // Hà Nội's department: unknown to the default registry, so only suggested.
    expect(reg.resolve('Sở Văn hóa và Thể thao')).toMatchObject({
      kind: 'unknown',
      suggestion: CAN_VHTTDL,
    });
    const haNoi = createRegistry({
      province: 'Hà Nội',
      extra: [{ name: 'Sở Văn hóa và Thể thao', aliases: [], kind: 'provincial' }],
    });
    expect(haNoi.resolve('Sở Văn hóa, Thể thao').canonical).toBe('Sở Văn hóa và Thể thao');
  });

  test('old and new tone placement are the same spelling', () => {
    expect(reg.resolve('Sở Văn hoá, Thể thao và Du lịch')).toMatchObject({
      kind: 'alias',
      canonical: CAN_VHTTDL,
    });
  });

  test('unknown text gets the nearest name as a suggestion, or none when nothing is near', () => {
    expect(reg.resolve('Sở Nông nghiệp')).toMatchObject({
      kind: 'unknown',
      canonical: null,
      suggestion: 'Sở Nông nghiệp và Môi trường',
    });
    expect(reg.resolve('Điện lực Bắc Ninh')).toMatchObject({
      kind: 'unknown',
      canonical: null,
      suggestion: null,
    });
    expect(reg.resolve('')).toMatchObject({ kind: 'unknown', canonical: null, suggestion: null });
  });

  test('the match carries the cleaned text', () => {
    expect(reg.resolve('  Sở  KHCN ').text).toBe('Sở KHCN');
  });

  test('the same text twice gives the same (frozen) answer', () => {
    const a = reg.resolve('Sở KHCN');
    expect(reg.resolve('Sở KHCN')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('kinds: collective, national, provincial', () => {
  const reg = createRegistry({ province: 'Bắc Ninh' });

  test.each([
    'Các sở, ban, ngành',
    'Các sở, ngành, địa phương',
    'Các sở, ngành, địa phương (có liên quan)',
    'UBND các xã, phường',
    'Ủy ban nhân dân các xã, phường',
    'UBND các xã, phường, đặc khu',
    'UBND cấp xã',
    'Các cơ quan, đơn vị liên quan',
  ])('listed collective: %p', (text) => {
    const m = reg.resolve(text);
    expect(m.kind).not.toBe('unknown');
    expect(m.collective).toBe(true);
    expect(m.national).toBe(false);
    expect(m.pattern).toBeUndefined();
  });

  test.each([
    'Các trường đại học, cao đẳng',
    'các đơn vị trực thuộc',
    'UBND các xã, phường, thị trấn',
    'Ủy ban nhân dân các phường',
    'Sở, ban, ngành liên quan',
  ])('collective by its shape: %p resolves to itself', (text) => {
    const m = reg.resolve(text);
    expect(m).toMatchObject({ kind: 'exact', canonical: text, collective: true, pattern: true });
  });

  test('a collective naming the same units in another order is an alias of the listed one', () => {
    expect(reg.resolve('Cơ quan, đơn vị có liên quan')).toMatchObject({
      kind: 'alias',
      canonical: 'Các cơ quan, đơn vị liên quan',
    });
    expect(reg.resolve('UBND các phường, xã')).toMatchObject({
      kind: 'alias',
      canonical: 'UBND các xã, phường',
    });
  });

  test('a shaped collective with stray commas resolves to its tidied text', () => {
    expect(reg.resolve('Các, trường đại học')).toMatchObject({
      kind: 'alias',
      canonical: 'Các trường đại học',
      collective: true,
    });
  });

  test.each([
    'Sở Lao động - Thương binh và Xã hội',
    'Phòng Văn hóa – Xã hội',
    'UBND xã Tân Lập',
    'Ban Quản lý các khu công nghiệp tỉnh',
    'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
  ])('not a collective: %p', (text) => {
    expect(reg.resolve(text).collective).toBe(false);
  });

  test('ministries and the government are national; the province military command is not', () => {
    expect(reg.resolve('Bộ Nội vụ')).toMatchObject({ kind: 'exact', national: true });
    expect(reg.resolve('Thủ tướng Chính phủ')).toMatchObject({ kind: 'exact', national: true });
    expect(reg.resolve('Bộ Tài nguyên và Môi trường')).toMatchObject({ kind: 'unknown', national: true });
    expect(reg.resolve('Bộ Chỉ huy Quân sự tỉnh')).toMatchObject({ kind: 'exact', national: false });
  });

  test('provincial() lists the accountable provincial agencies in Vietnamese order', () => {
    const list = reg.provincial();
    expect(list).toEqual(
      expect.arrayContaining(['Sở Nội vụ', 'Công an tỉnh', 'Báo và Phát thanh, Truyền hình Bắc Ninh']),
    );
    expect(list).not.toContain('Bộ Khoa học và Công nghệ');
    expect(list).not.toContain('Các sở, ban, ngành');
    expect(list).not.toContain('UBND cấp xã');
    const before = (a: string, b: string) => expect(list.indexOf(a)).toBeLessThan(list.indexOf(b));
    // Vietnamese alphabet: … d đ … ; â before u; a before ư; M before n.
    before('Sở Dân tộc và Tôn giáo', 'Sở Du lịch');
    before('Sở Du lịch', 'Sở Giáo dục và Đào tạo');
    before('Sở Tài chính', 'Sở Tư pháp');
    before('Hội đồng nhân dân tỉnh', 'Hội Văn học nghệ thuật tỉnh');
    before('Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban nhân dân tỉnh');
    before('Sở Xây dựng', 'Sở Y tế');
  });
});

describe('departments merged away in 2025', () => {
  const reg = createRegistry();
  test.each([
    ['Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
    ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', CAN_KHCN],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông', CAN_KHCN],
    ['Sở LĐTBXH', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
    ['Sở Lao động - TB&XH', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
    [
      'Sở Tài nguyên và Môi trường tỉnh Bắc Ninh',
      'Sở Tài nguyên và Môi trường',
      'Sở Nông nghiệp và Môi trường',
    ],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường'],
    ['Sở GTVT', 'Sở Giao thông vận tải', 'Sở Xây dựng'],
    ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
    // A slip in a former name still finds it, and its successor.
    ['Sở Giao thông vân tải', 'Sở Giao thông vận tải', 'Sở Xây dựng'],
  ])('%j is a former department, taken over by its successor', (text, canonical, successor) => {
    expect(reg.resolve(text)).toMatchObject({ kind: 'former', canonical, successor, suggestion: successor });
  });

  test('are never listed among the province’s agencies', () => {
    expect(reg.provincial()).not.toContain('Sở Kế hoạch và Đầu tư');
  });

  test('the staff’s file may name the successor with the old names as aliases, and it wins', () => {
    const own = createRegistry({
      extra: [{ name: 'Sở Tài chính', aliases: ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'], kind: 'provincial' }],
    });
    expect(own.resolve('Sở KH&ĐT')).toMatchObject({ kind: 'alias', canonical: 'Sở Tài chính' });
    expect(own.resolve('Sở Kế hoạch và Đầu tư')).toMatchObject({ kind: 'alias', canonical: 'Sở Tài chính' });
  });

  test('a unit named with its department in brackets is offered the department', () => {
    expect(reg.resolve('Sở Nội vụ (Ban Thi đua - Khen thưởng)')).toMatchObject({
      kind: 'unknown',
      suggestion: 'Sở Nội vụ',
    });
    expect(reg.resolve('Sở GTVT (Phòng Quản lý vận tải)').suggestion).toBe('Sở Xây dựng');
  });

  test('an unknown name is never offered a former department’s successor', () => {
    expect(reg.resolve('Bộ Kế hoạch và Đầu tư').suggestion).not.toBe('Sở Tài chính');
    expect(reg.resolve('Bộ Tài nguyên và Môi trường').suggestion).toBe('Bộ Nông nghiệp và Môi trường');
  });

  test('a province that still has one lists it in its agency file, and it is its own again', () => {
    const own = createRegistry({
      extra: [{ name: 'Sở Giao thông vận tải', aliases: [], kind: 'provincial' }],
    });
    expect(own.resolve('Sở GTVT')).toMatchObject({ kind: 'alias', canonical: 'Sở Giao thông vận tải' });
    expect(own.resolve('Sở GTVT').successor).toBeUndefined();
    expect(own.provincial()).toContain('Sở Giao thông vận tải');
  });
});

describe('bodies beside the departments that plans name', () => {
  const reg = createRegistry();
  test.each([
    ['Tỉnh đoàn', 'Tỉnh đoàn'],
    ['Đoàn TNCS Hồ Chí Minh tỉnh', 'Tỉnh đoàn'],
    ['Hội LHPN tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ['LĐLĐ tỉnh', 'Liên đoàn Lao động tỉnh'],
    ['Hội Nông dân tỉnh', 'Hội Nông dân tỉnh'],
    ['Hội CCB tỉnh', 'Hội Cựu chiến binh tỉnh'],
    ['Sở YT', 'Sở Y tế'],
    ['Tỉnh ủy Bắc Ninh', 'Tỉnh ủy'],
    ['Ban TG&DV Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
    ['UBKT Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy'],
    ['TAND tỉnh', 'Tòa án nhân dân tỉnh'],
    ['VKSND tỉnh', 'Viện Kiểm sát nhân dân tỉnh'],
    ['Cục THADS tỉnh', 'Cục Thi hành án dân sự tỉnh'],
    ['NHCSXH tỉnh', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh'],
  ])('%j is %j', (text, canonical) => {
    expect(reg.resolve(text).canonical).toBe(canonical);
  });

  test('everyday words are no agency: "cả", "thuế", "thống kê", "bảo hiểm xã hội"', () => {
    for (const word of ['Cả', 'Thuế', 'Thống kê', 'Bảo hiểm xã hội'])
      expect(reg.resolve(word).kind).toBe('unknown');
  });

  test('"Hội Nông dân" is never taken for the People’s Council (Hội đồng nhân dân)', () => {
    expect(reg.resolve('Hội Nông dân tỉnh').canonical).not.toBe('Hội đồng nhân dân tỉnh');
  });
});

describe('a centrally-run city', () => {
  const hanoi = createRegistry({ province: 'thành phố Hà Nội' });
  test.each([
    ['Công an Thành phố', 'exact', 'Công an Thành phố'],
    ['Công an TP', 'alias', 'Công an Thành phố'],
    ['Công an tỉnh', 'alias', 'Công an Thành phố'],
    ['UBND Thành phố', 'alias', 'Ủy ban nhân dân Thành phố'],
    ['Văn phòng UBND Thành phố', 'exact', 'Văn phòng UBND Thành phố'],
    ['VP UBND TP', 'alias', 'Văn phòng UBND Thành phố'],
    ['HĐND TP', 'alias', 'Hội đồng nhân dân Thành phố'],
    ['Thành ủy Hà Nội', 'alias', 'Thành ủy'],
    ['Ban Tổ chức Thành ủy', 'exact', 'Ban Tổ chức Thành ủy'],
    ['Thành đoàn', 'exact', 'Thành đoàn'],
    ['Sở Y tế', 'exact', 'Sở Y tế'],
    ['Bộ Công an', 'exact', 'Bộ Công an'],
  ])('names its bodies as a city does: %j is %s %j', (text, kind, canonical) => {
    expect(hanoi.resolve(text)).toMatchObject({ kind, canonical });
  });

  test("lists the city's bodies by their own names, and a province's stay as they were", () => {
    expect(hanoi.provincial()).toEqual(expect.arrayContaining(['Công an Thành phố', 'Thành ủy']));
    expect(hanoi.provincial()).not.toContain('Công an tỉnh');
    const bacNinh = createRegistry({ province: 'Bắc Ninh' });
    expect(bacNinh.resolve('Công an tỉnh')).toMatchObject({ kind: 'exact', canonical: 'Công an tỉnh' });
    expect(bacNinh.resolve('Công an Thành phố').kind).toBe('unknown');
  });
});

describe("another province's bodies", () => {
  const bacNinh = createRegistry({ province: 'Bắc Ninh' });

  test.each([
    'Báo và Phát thanh, Truyền hình Hưng Yên',
    'Báo và PT, TH Lạng Sơn',
    'Công an tỉnh Hưng Yên',
    'Sở Tài chính tỉnh Ninh Bình',
    'Tỉnh ủy Hưng Yên',
    // Thái Bình is part of Hưng Yên since 2025, not of Bắc Ninh.
    'Công an tỉnh Thái Bình',
  ])('%p is unknown to Bắc Ninh, with no suggestion to fold it into its own', (text) => {
    expect(bacNinh.resolve(text)).toMatchObject({ kind: 'unknown', canonical: null, suggestion: null });
  });

  test("the province's own name, a former province now part of it, or none, stays the province's body", () => {
    for (const [text, canonical] of [
      ['Báo và Phát thanh, Truyền hình Bắc Ninh', 'Báo và Phát thanh, Truyền hình Bắc Ninh'],
      ['Báo và PT-TH', 'Báo và Phát thanh, Truyền hình Bắc Ninh'],
      ['Công an tỉnh Bắc Ninh', 'Công an tỉnh'],
      ['Công an tỉnh Bắc Giang', 'Công an tỉnh'],
      ['Công an tỉnh', 'Công an tỉnh'],
    ])
      expect(bacNinh.resolve(text).canonical).toBe(canonical);
    // A place that is part of a name, not its province: matched as before.
    expect(bacNinh.resolve('Đoàn Thanh niên Cộng sản Hồ Chí Minh').kind).not.toBe('unknown');
    // Without a province of its own, the registry folds none away.
    expect(createRegistry().resolve('Công an tỉnh Hưng Yên').canonical).toBe('Công an tỉnh');
  });
});

describe('province and extra entries', () => {
  test('without a province, the press body is named for "tỉnh"', () => {
    const reg = createRegistry();
    expect(reg.resolve('Báo và Đài PTTH').canonical).toBe('Báo và Phát thanh, Truyền hình tỉnh');
  });

  test('"tỉnh Hưng Yên" and "Hưng Yên" name the same province', () => {
    const reg = createRegistry({ province: 'tỉnh Hưng Yên' });
    expect(reg.resolve('Báo và Phát thanh, Truyền hình Hưng Yên').kind).toBe('exact');
  });

  test('extra entries add agencies, kinds and aliases', () => {
    const reg = createRegistry({
      province: 'Bắc Ninh',
      extra: [
        { name: 'Trường Đại học Bắc Ninh', aliases: ['ĐH Bắc Ninh'], kind: 'provincial' },
        { name: 'UBND phường Kinh Bắc', aliases: [], kind: 'commune' },
        { name: 'Các trường đại học, cao đẳng', aliases: [], kind: 'collective' },
        { name: 'Đài Truyền thanh {tỉnh}', aliases: [], kind: 'provincial' },
      ],
    });
    expect(reg.resolve('ĐH Bắc Ninh')).toMatchObject({ kind: 'alias', canonical: 'Trường Đại học Bắc Ninh' });
    expect(reg.resolve('Ủy ban nhân dân phường Kinh Bắc')).toMatchObject({
      kind: 'alias',
      canonical: 'UBND phường Kinh Bắc',
      collective: false,
      national: false,
    });
    expect(reg.resolve('Các trường đại học, cao đẳng').pattern).toBeUndefined();
    expect(reg.resolve('Đài Truyền thanh Bắc Ninh').kind).toBe('exact');
    expect(reg.provincial()).toContain('Trường Đại học Bắc Ninh');
    expect(reg.provincial()).not.toContain('UBND phường Kinh Bắc');
  });

  test('an extra entry for a default agency extends it and keeps the default aliases', () => {
    const reg = createRegistry({
      extra: [{ name: 'Sở Khoa học và Công nghệ', aliases: ['KHCN'], kind: 'provincial' }],
    });
    expect(reg.resolve('KHCN')).toMatchObject({ kind: 'alias', canonical: CAN_KHCN });
    expect(reg.resolve('Sở KH&CN')).toMatchObject({ kind: 'alias', canonical: CAN_KHCN });
    expect(reg.entries().filter((e) => e.name === CAN_KHCN)).toHaveLength(1);
  });

  test('an extra entry takes over an alias it claims', () => {
    const reg = createRegistry({
      extra: [{ name: 'Liên hiệp Hội Hữu nghị tỉnh', aliases: ['LHH'], kind: 'provincial' }],
    });
    expect(reg.resolve('LHH').canonical).toBe('Liên hiệp Hội Hữu nghị tỉnh');
  });

  test('entries() are copies: changing them does not change the registry', () => {
    const reg = createRegistry();
    const first = reg.entries()[0];
    first.aliases.push('Sở Nội vụ');
    first.name = 'x';
    expect(reg.entries()[0]).not.toEqual(first);
  });
});

test('the province list holds the 34 units of 2025 in Vietnamese order', () => {
  expect(PROVINCES).toHaveLength(34);
  expect(PROVINCES).toEqual([...PROVINCES].sort(new Intl.Collator('vi').compare));
  expect(PROVINCES).toEqual(
    expect.arrayContaining(['Bắc Ninh', 'Ninh Bình', 'Hưng Yên', 'Cao Bằng', 'Lạng Sơn']),
  );
  expect(PROVINCES).not.toContain('Bắc Giang');
});

describe("a commune's People's Committee", () => {
  const reg = createRegistry({ province: 'Bắc Ninh' });

  it.each([
    ['UBND xã Hạp Lĩnh', 'exact', 'UBND xã Hạp Lĩnh'],
    ['Ủy ban nhân dân phường Kinh Bắc', 'exact', 'Ủy ban nhân dân phường Kinh Bắc'],
    ['UBND đặc khu Vân Đồn', 'exact', 'UBND đặc khu Vân Đồn'],
    ['UBND XÃ HẠP LĨNH', 'alias', 'UBND xã Hạp Lĩnh'],
  ])('is an agency by its shape: %p', (text, kind, canonical) => {
    expect(reg.resolve(text)).toMatchObject({ kind, canonical, collective: false });
  });

  it('stays apart from the collectives and from the bare word', () => {
    expect(reg.resolve('UBND các xã, phường').collective).toBe(true);
    expect(reg.resolve('UBND xã').kind).toBe('unknown');
  });
});
