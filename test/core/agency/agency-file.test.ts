import { createRegistry, parseAgencyFile } from '../../../src/core/agency';

describe('parseAgencyFile', () => {
  test('reads names, aliases and kinds; comments and blank lines are ignored', () => {
    const file = [
      '# Cơ quan bổ sung của tỉnh Bắc Ninh',
      '',
      'Trường Đại học Bắc Ninh = ĐH Bắc Ninh; Trường ĐH Bắc Ninh',
      'UBND phường Kinh Bắc = UBND P. Kinh Bắc [xã]',
      'Các trường đại học, cao đẳng [tập thể]',
      'Bộ Quốc phòng [trung ương]   # hiếm khi phối hợp',
      'Trung tâm Phục vụ hành chính công; TTPVHCC',
      'Sở Văn hóa, Thể thao và Du lịch',
      '   ',
    ].join('\n');
    const { entries, errors } = parseAgencyFile(file);
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { name: 'Trường Đại học Bắc Ninh', aliases: ['ĐH Bắc Ninh', 'Trường ĐH Bắc Ninh'], kind: 'provincial' },
      { name: 'UBND phường Kinh Bắc', aliases: ['UBND P. Kinh Bắc'], kind: 'commune' },
      { name: 'Các trường đại học, cao đẳng', aliases: [], kind: 'collective' },
      { name: 'Bộ Quốc phòng', aliases: [], kind: 'national' },
      { name: 'Trung tâm Phục vụ hành chính công', aliases: ['TTPVHCC'], kind: 'provincial' },
      { name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: [], kind: 'provincial' },
    ]);
  });

  test.each([
    ['[collective]', 'collective'],
    ['[Tap the]', 'collective'],
    ['[national]', 'national'],
    ['[trung uong]', 'national'],
    ['[commune]', 'commune'],
    ['[cấp xã]', 'commune'],
    ['[tỉnh]', 'provincial'],
    ['[provincial]', 'provincial'],
  ])('kind marker %p', (marker, kind) => {
    expect(parseAgencyFile(`Cơ quan A = A1 ${marker}`).entries).toEqual([
      { name: 'Cơ quan A', aliases: ['A1'], kind },
    ]);
  });

  test('Windows line ends, a byte-order mark, NFD text and stray spaces are read as clean text', () => {
    const file = '\uFEFFSở  Nội vụ =  SNV ;;\r\nTrường Chính trị tỉnh'.normalize('NFD');
    const { entries, errors } = parseAgencyFile(file);
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { name: 'Sở Nội vụ', aliases: ['SNV'], kind: 'provincial' },
      { name: 'Trường Chính trị tỉnh', aliases: [], kind: 'provincial' },
    ]);
  });

  test('bad lines are reported with their line number and skipped', () => {
    const file = [
      'Sở Nội vụ = SNV', // 1
      '= Sở Tư pháp', // 2: no name
      'Cơ quan B [huyện]', // 3: unknown kind
      'Cơ quan C = C1 = C2', // 4: two "="
      'Cơ quan D [xã', // 5: unclosed bracket
      '# chú thích', // 6
      'So Noi vu = Nội vụ', // 7: the same agency again
      'Cơ quan E', // 8
    ].join('\n');
    const { entries, errors } = parseAgencyFile(file);
    expect(errors).toEqual([
      { line: 2, message: 'agencyFile.noName' },
      { line: 3, message: 'agencyFile.badKind' },
      { line: 4, message: 'agencyFile.manyEquals' },
      { line: 5, message: 'agencyFile.badKind' },
      { line: 7, message: 'agencyFile.duplicate' },
    ]);
    expect(entries.map((e) => e.name)).toEqual(['Sở Nội vụ', 'Cơ quan E']);
  });

  test('an empty file gives no entries and no errors', () => {
    expect(parseAgencyFile('')).toEqual({ entries: [], errors: [] });
  });

  test('its entries extend the registry and override the defaults', () => {
    const { entries } = parseAgencyFile(
      [
        'Sở Khoa học và Công nghệ = KHCN',
        'Đài Truyền thanh {tỉnh} = Đài TT',
        'Các hội, đoàn thể [tập thể]',
      ].join('\n'),
    );
    const reg = createRegistry({ province: 'Hưng Yên', extra: entries });
    expect(reg.resolve('KHCN')).toMatchObject({ kind: 'alias', canonical: 'Sở Khoa học và Công nghệ' });
    expect(reg.resolve('Sở KH&CN')).toMatchObject({ kind: 'alias', canonical: 'Sở Khoa học và Công nghệ' });
    expect(reg.resolve('Đài TT')).toMatchObject({ kind: 'alias', canonical: 'Đài Truyền thanh Hưng Yên' });
    expect(reg.resolve('Các hội, đoàn thể')).toMatchObject({ kind: 'exact', collective: true });
    expect(reg.resolve('Các hội, đoàn thể').pattern).toBeUndefined();
  });
});
