import { composeFixes } from '../../../src/core/fix/compose';
import type { Fix } from '../../../src/core/model/finding';
import { check, codes, planRow } from './helpers';

describe('W_LEAD_IS_PARTNER', () => {
  it('flags the lead listed again among the partners; the fix removes it', () => {
    const hits = codes(
      check([planRow({ lead: 'Sở Nội vụ', partners: 'Sở Tài chính, Sở Nội vụ' })]).findings,
      'W_LEAD_IS_PARTNER',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: 'D2', suggestion: 'Sở Tài chính' });
    expect(hits[0].fix).toMatchObject({ kind: 'removePartner', after: 'Sở Tài chính' });
  });
  it('sees through spellings: the abbreviation of the lead among the partners', () => {
    expect(
      codes(
        check([planRow({ lead: 'Sở Khoa học và Công nghệ', partners: 'Sở KH&CN' })]).findings,
        'W_LEAD_IS_PARTNER',
      ),
    ).toHaveLength(1);
  });
  it('removes the lead written as an abbreviation even when its name is spelled out by the same fix', () => {
    const { findings } = check([planRow({ lead: 'Sở KH&CN', partners: 'Sở KHCN, Sở GD&ĐT; Sở Nội vụ' })]);
    const fixes = findings.filter((f) => f.fix && f.cell === 'D2').map((f) => f.fix as Fix);
    expect(fixes.map((f) => f.kind)).toEqual(expect.arrayContaining(['agency', 'removePartner']));
    expect(composeFixes(fixes).map((e) => e.after)).toEqual(['Sở Giáo dục và Đào tạo, Sở Nội vụ']);
  });
  it('flags the lead named again among the partners in one "Cơ quan thực hiện" cell, at that cell, with no fix', () => {
    const header = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan thực hiện', 'Kết quả', 'Thời hạn'];
    const cell = 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ';
    const hits = codes(
      check([['1', 'Ban hành Kế hoạch', cell, 'Kế hoạch', 'Quý I/2026']], {}, header).findings,
      'W_LEAD_IS_PARTNER',
    );
    expect(hits.map((f) => [f.cell, f.field, f.data.names, f.fix])).toEqual([
      ['C2', 'lead', '“Sở Nội vụ”', undefined],
    ]);
    const clean = check(
      [['1', 'Ban hành Kế hoạch', 'Sở Nội vụ chủ trì, phối hợp với Sở Tài chính', 'Kế hoạch', 'Quý I/2026']],
      {},
      header,
    );
    expect(codes(clean.findings, 'W_LEAD_IS_PARTNER')).toEqual([]);
  });

  it('stays silent when lead and partners differ', () => {
    expect(codes(check([planRow()]).findings, 'W_LEAD_IS_PARTNER')).toHaveLength(0);
  });
});
