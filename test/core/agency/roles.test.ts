/**
 * Plans with one "Cơ quan thực hiện" column write who leads and who supports
 * in the same cell. The role words decide; a cell without them is a list of leads.
 */
import { createRegistry } from '../../../src/core/agency';
import { leadCellAgencies, partnerCellAgencies, splitRoles } from '../../../src/core/agency/roles';
import { check, codes } from '../rules/helpers';

describe('splitRoles', () => {
  it.each([
    [
      'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Y tế',
      { lead: ['Sở Nội vụ'], partners: ['Sở Tài chính, Sở Y tế'] },
    ],
    ['Sở Y tế chủ trì; các sở, ngành phối hợp', { lead: ['Sở Y tế'], partners: ['các sở, ngành'] }],
    ['Chủ trì: Sở Tư pháp; Phối hợp: Sở Nội vụ', { lead: ['Sở Tư pháp'], partners: ['Sở Nội vụ'] }],
    [
      'Cơ quan chủ trì: Sở Nội vụ\nCơ quan phối hợp: Sở Tài chính; Sở Y tế',
      { lead: ['Sở Nội vụ'], partners: ['Sở Tài chính; Sở Y tế'] },
    ],
    [
      'Sở Tư pháp (chủ trì); Sở Nội vụ, Sở Y tế (phối hợp)',
      { lead: ['Sở Tư pháp'], partners: ['Sở Nội vụ, Sở Y tế'] },
    ],
    ['Sở Y tế phối hợp với Sở Tài chính', { lead: ['Sở Y tế'], partners: ['Sở Tài chính'] }],
    ['Chủ trì Sở Xây dựng, phối hợp Sở Tài chính', { lead: ['Sở Xây dựng'], partners: ['Sở Tài chính'] }],
    ['SỞ NỘI VỤ CHỦ TRÌ PHỐI HỢP CÁC SỞ, NGÀNH', { lead: ['SỞ NỘI VỤ'], partners: ['CÁC SỞ, NGÀNH'] }],
    ['Sở Nội vụ chủ trì thực hiện', { lead: ['Sở Nội vụ'], partners: [] }],
  ])('reads %j', (text, parts) => {
    expect(splitRoles(text)).toEqual(parts);
  });

  it.each(['Sở Tài chính', 'Sở Nội vụ, Sở Tài chính', 'Các sở, ngành phối hợp', ''])(
    'leaves %j a plain list',
    (text) => {
      expect(splitRoles(text)).toBeNull();
    },
  );

  it('gives parts of the text itself, so a fix can replace a name in place', () => {
    const text = 'Sở KHCN chủ trì, phối hợp với Sở Nội vụ';
    const parts = splitRoles(text)!;
    for (const part of [...parts.lead, ...parts.partners]) expect(text).toContain(part);
  });
});

describe('a lead cell naming both roles', () => {
  const registry = createRegistry({ province: 'Bắc Ninh' });

  it('splits each part into agencies', () => {
    expect(
      leadCellAgencies('Sở Y tế chủ trì; các sở, ban, ngành, UBND các xã, phường phối hợp', registry),
    ).toEqual({ lead: ['Sở Y tế'], partners: ['các sở, ban, ngành', 'UBND các xã, phường'] });
  });

  const SINGLE_COLUMN = [
    'STT',
    'Nội dung nhiệm vụ',
    'Cơ quan thực hiện',
    'Kết quả cần đạt',
    'Thời gian hoàn thành',
  ];

  it('reads the lead and partners of a plan with one "Cơ quan thực hiện" column', () => {
    const { tables, findings } = check(
      [
        [
          '1',
          'Xây dựng cơ sở dữ liệu trí thức',
          'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính',
          'Cơ sở dữ liệu',
          'Năm 2026',
        ],
        [
          '2',
          'Tổ chức tập huấn',
          'Chủ trì: Sở Y tế; Phối hợp: Sở Giáo dục và Đào tạo',
          'Hội nghị',
          'Hằng năm',
        ],
      ],
      {},
      SINGLE_COLUMN,
    );
    const rows = tables[0].tasks.map((t) => ({ lead: t.lead, partners: t.partners }));
    expect(rows).toEqual([
      { lead: ['Sở Nội vụ'], partners: ['Sở Tài chính'] },
      { lead: ['Sở Y tế'], partners: ['Sở Giáo dục và Đào tạo'] },
    ]);
    // Role words are not agency names, and one lead is one lead.
    expect(codes(findings, 'W_AGENCY_UNKNOWN')).toEqual([]);
    expect(codes(findings, 'W_LEAD_MULTIPLE')).toEqual([]);
  });

  it('adds the partners it names to those of the partners column', () => {
    const { tables } = check([
      ['1', 'Rà soát', 'Sở Tư pháp (chủ trì), Sở Y tế (phối hợp)', 'Sở Nội vụ', 'Báo cáo', 'Quý IV/2026'],
    ]);
    expect(tables[0].tasks[0].lead).toEqual(['Sở Tư pháp']);
    expect(tables[0].tasks[0].partners).toEqual(['Sở Nội vụ', 'Sở Y tế']);
  });

  it('still checks the names it gives as partners, in the lead cell', () => {
    const { findings } = check(
      [['1', 'Rà soát', 'Sở Tư pháp chủ trì, phối hợp với Sở Noi vụ', 'Báo cáo', 'Quý IV/2026']],
      {},
      SINGLE_COLUMN,
    );
    const spelling = codes(findings, 'W_AGENCY_SPELLING');
    expect(spelling).toHaveLength(1);
    expect(spelling[0].field).toBe('lead');
    expect(spelling[0].data.canonical).toBe('Sở Nội vụ');
  });
});

describe('a partners cell with role words', () => {
  const registry = createRegistry({ province: 'Bắc Ninh' });

  it.each([
    ['Phối hợp với Sở Tài chính', ['Sở Tài chính']],
    ['Sở Tài chính (phối hợp)', ['Sở Tài chính']],
    ['Cơ quan phối hợp: Sở Y tế, Sở Nội vụ', ['Sở Y tế', 'Sở Nội vụ']],
    ['Sở Nội vụ, Sở Y tế', ['Sở Nội vụ', 'Sở Y tế']],
  ])('names the agencies of %j', (text, names) => {
    expect(partnerCellAgencies(text, registry)).toEqual(names);
  });

  it('raises no unknown agency for the role words', () => {
    const { tables, findings } = check([
      ['1', 'Rà soát', 'Sở Tư pháp', 'Phối hợp với Sở Nội vụ', 'Báo cáo', 'Quý IV/2026'],
    ]);
    expect(tables[0].tasks[0].partners).toEqual(['Sở Nội vụ']);
    expect(codes(findings, 'W_AGENCY_UNKNOWN')).toEqual([]);
  });
});
