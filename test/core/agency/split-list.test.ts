import fc from 'fast-check';
import { createRegistry, splitAgencyList } from '../../../src/core/agency';

const reg = createRegistry({ province: 'Bắc Ninh' });

const SEVEN = [
  'Bộ Khoa học và Công nghệ',
  'Sở Nội vụ',
  'Sở Văn hoá Thể thao và Du lịch',
  'Văn phòng UBND tỉnh',
  'Liên hiệp các Hội KH&KT tỉnh',
  'Hội Văn học nghệ thuật tỉnh',
  'Các sở, ngành, địa phương có liên quan',
];

describe('Bắc Ninh row 4: the partner cell lists seven agencies', () => {
  test('as flattened markup, the way the seed text has it', () => {
    const cell =
      '<ul style="list-style-type: none"> - Bộ Khoa học và Công nghệ - Sở Nội vụ - Sở Văn hoá Thể thao và Du lịch' +
      ' - Văn phòng UBND tỉnh - Liên hiệp các Hội KH&KT tỉnh - Hội Văn học nghệ thuật tỉnh' +
      ' - Các sở, ngành, địa phương có liên quan ';
    expect(splitAgencyList(cell, reg)).toEqual(SEVEN);
  });

  test('as real bullets on separate lines (Alt+Enter in the cell)', () => {
    expect(splitAgencyList(SEVEN.map((s) => `- ${s}`).join('\n'), reg)).toEqual(SEVEN);
    expect(splitAgencyList(SEVEN.map((s) => `-${s}`).join('\r\n'), reg)).toEqual(SEVEN);
    expect(splitAgencyList(SEVEN.map((s) => `+ ${s};`).join('\n'), reg)).toEqual(SEVEN);
    expect(splitAgencyList(SEVEN.map((s) => `• ${s}`).join('\n'), reg)).toEqual(SEVEN);
  });
});

describe('splitAgencyList', () => {
  test.each([
    'Các sở, ban, ngành, địa phương có liên quan',
    'UBND các xã, phường, đặc khu',
    'Các cơ quan, đơn vị liên quan',
    'Các, sở, ngành, địa phương có liên quan',
    'Sở, ban, ngành, địa phương liên quan',
    'Các trường đại học, cao đẳng',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Báo và Phát thanh, Truyền hình Hưng Yên',
    'Báo, Phát thanh và Truyền hình Bắc Ninh',
    'Báo và PT, TH Lạng Sơn',
    // A name no one knows, with commas in it: its lower-case pieces are part of it.
    'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp, giao thông, nông nghiệp và phát triển nông thôn tỉnh Bắc Ninh',
    // "<Mới>" is text, not a markup tag.
    'Trung tâm Phát triển <Mới>',
  ])('keeps %p whole', (cell) => {
    expect(splitAgencyList(cell, reg)).toEqual([cell]);
  });

  test.each([
    ['Sở Nội vụ, Sở Tài chính', ['Sở Nội vụ', 'Sở Tài chính']],
    ['Sở Nội vụ; Sở Tài chính;', ['Sở Nội vụ', 'Sở Tài chính']],
    ['Sở Nội vụ\nSở Tài chính', ['Sở Nội vụ', 'Sở Tài chính']],
    ['Sở Nội vụ,Sở Tài chính , Công an tỉnh.', ['Sở Nội vụ', 'Sở Tài chính', 'Công an tỉnh']],
    [
      'Sở Khoa học và Công nghệ, Sở Tài chính, UBND các xã, phường',
      ['Sở Khoa học và Công nghệ', 'Sở Tài chính', 'UBND các xã, phường'],
    ],
    ['Các sở, ngành, Sở Y tế', ['Các sở, ngành', 'Sở Y tế']],
    ['UBND xã, phường, Công an tỉnh', ['UBND xã, phường', 'Công an tỉnh']],
    ['Sở Văn hóa, Thể thao và Du lịch, Sở Y tế', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế']],
    ['Sở Văn hóa, Thể thao, Sở Nội vụ', ['Sở Văn hóa, Thể thao', 'Sở Nội vụ']],
    ['Sở Nội vụ, Điện lực Bắc Ninh', ['Sở Nội vụ', 'Điện lực Bắc Ninh']],
    [
      'Công ty Điện lực Bắc Ninh, các đơn vị liên quan',
      ['Công ty Điện lực Bắc Ninh', 'các đơn vị liên quan'],
    ],
    ['<b>Sở Nội vụ</b><br>Sở Tài chính', ['Sở Nội vụ', 'Sở Tài chính']],
    ['Sở Nội vụ, Liên hiệp các Hội KH-KT', ['Sở Nội vụ', 'Liên hiệp các Hội KH-KT']],
    ['Sở KH&CN; Sở GD&ĐT; Sở VH-TT&DL', ['Sở KH&CN', 'Sở GD&ĐT', 'Sở VH-TT&DL']],
    ['  ', []],
    ['', []],
  ])('%p → %p', (cell, items) => {
    expect(splitAgencyList(cell, reg)).toEqual(items);
  });

  test('"và" separates known names, but never cuts a name that holds it', () => {
    expect(splitAgencyList('Sở Tài chính và Sở Nội vụ', reg)).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
    expect(splitAgencyList('Sở Giáo dục và Đào tạo và Sở Y tế', reg)).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
    ]);
    expect(splitAgencyList('Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội', reg)).toEqual([
      'Ủy ban MTTQ Việt Nam tỉnh',
      'các tổ chức chính trị - xã hội',
    ]);
    expect(splitAgencyList('Các sở, ngành và UBND các xã, phường', reg)).toEqual([
      'Các sở, ngành và UBND các xã, phường',
    ]);
    // Not two known names: kept as written.
    expect(splitAgencyList('Sở Văn hóa và Thể thao', reg)).toEqual(['Sở Văn hóa và Thể thao']);
  });

  test('a name broken over two lines stays one name', () => {
    expect(splitAgencyList('Sở Khoa học và\nCông nghệ', reg)).toEqual(['Sở Khoa học và\nCông nghệ']);
    expect(splitAgencyList('Liên hiệp các Hội\nKH-KT', reg)).toEqual(['Liên hiệp các Hội\nKH-KT']);
  });

  test("keeps another province's body whole, though this province's registry does not know it", () => {
    expect(
      splitAgencyList(
        'Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên, Báo và PT, TH Lạng Sơn, Sở Nội vụ',
        reg,
      ),
    ).toEqual(['Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên', 'Báo và PT, TH Lạng Sơn', 'Sở Nội vụ']);
  });

  test('Ninh Bình and Hưng Yên: departments and commune committees in one cell are two collectives', () => {
    expect(splitAgencyList('Các sở ban ngành, \nphường, xã', reg)).toEqual([
      'Các sở ban ngành',
      'phường, xã',
    ]);
    expect(splitAgencyList('Các sở ban ngành, \nUBND các \nphường xã', reg)).toEqual([
      'Các sở ban ngành',
      'UBND các\nphường xã',
    ]);
    expect(splitAgencyList('Các sở, ban ngành, Ủy ban nhân dân xã, phường', reg)).toEqual([
      'Các sở, ban ngành',
      'Ủy ban nhân dân xã, phường',
    ]);
  });

  test('a bullet list on separate lines keeps a spaced dash inside a name', () => {
    const cell = '- Sở Lao động - Thương binh và Xã hội\n- Phòng Văn hóa – Xã hội';
    expect(splitAgencyList(cell, reg)).toEqual([
      'Sở Lao động - Thương binh và Xã hội',
      'Phòng Văn hóa – Xã hội',
    ]);
  });

  test('a dash between spaces separates agencies on one line, without a leading bullet', () => {
    expect(splitAgencyList('Sở Tài chính - Sở Nội vụ - Sở Tư pháp', reg)).toEqual([
      'Sở Tài chính',
      'Sở Nội vụ',
      'Sở Tư pháp',
    ]);
    expect(splitAgencyList('Sở Tài chính – Sở Nội vụ', reg)).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
    expect(splitAgencyList('Liên hiệp các Hội KH-KT tỉnh - Sở Y tế', reg)).toEqual([
      'Liên hiệp các Hội KH-KT tỉnh',
      'Sở Y tế',
    ]);
    expect(splitAgencyList('Các sở, ban, ngành - UBND các xã, phường', reg)).toEqual([
      'Các sở, ban, ngành',
      'UBND các xã, phường',
    ]);
  });

  test.each([
    'Sở Lao động - Thương binh và Xã hội',
    'Sở Nội vụ (Ban Thi đua - Khen thưởng)',
    'Trung tâm Văn hóa - Thể thao tỉnh',
  ])('a name holding a spaced dash stays whole: %s', (name) => {
    expect(splitAgencyList(name, reg)).toEqual([name]);
    expect(splitAgencyList(`${name} - Sở Y tế`, reg)).toEqual([name, 'Sở Y tế']);
  });

  test('items are the cell text as written (cleaned), so a fix can replace each one', () => {
    const cell = 'Sở  KHCN ,\u00a0Liên hiệp các Hội KH-KT;Sở Văn hoá Thể thao và Du lịch';
    const items = splitAgencyList(cell, reg);
    expect(items).toEqual(['Sở KHCN', 'Liên hiệp các Hội KH-KT', 'Sở Văn hoá Thể thao và Du lịch']);
    const clean = 'Sở KHCN , Liên hiệp các Hội KH-KT;Sở Văn hoá Thể thao và Du lịch';
    for (const item of items) expect(clean).toContain(item);
  });

  test('works without a registry argument (the default registry)', () => {
    expect(splitAgencyList('Sở Văn hóa, Thể thao và Du lịch, Các sở, ban, ngành')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Các sở, ban, ngành',
    ]);
  });
});

describe('properties: known names joined by a separator split back into themselves', () => {
  const entries = reg.entries();
  const accountable = entries.filter((e) => e.kind !== 'collective').map((e) => e.name);
  const collectives = entries.filter((e) => e.kind === 'collective').map((e) => e.name);
  // A list of distinct agencies, ending in at most one collective (two collectives in a row
  // read as one: "Các sở, ban, ngành, UBND các xã, phường" is itself a listed collective).
  const lists = fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...accountable), { minLength: 1, maxLength: 8 }),
      fc.option(fc.constantFrom(...collectives), { nil: undefined }),
    )
    .map(([names, last]) => (last ? [...names, last] : names));

  test.each([', ', '; ', '\n', '\n- ', ' ; ', ',\n'])('separator %p', (sep) => {
    fc.assert(
      fc.property(lists, fc.boolean(), (names, bulletFirst) => {
        const lead = bulletFirst && sep.includes('-') ? '- ' : '';
        expect(splitAgencyList(lead + names.join(sep), reg)).toEqual(names);
      }),
      { numRuns: 150 },
    );
  });
});
