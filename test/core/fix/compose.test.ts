import { composeFixes } from '../../../src/core/fix/compose';
import type { Fix } from '../../../src/core/model/finding';
import { check, codes, planRow } from '../rules/helpers';

describe('composeFixes', () => {
  it('chains every fix of one cell: legacy text, then the canonical agency name', () => {
    const lead = { value: 'Së KH&CN', font: '.VnTime' };
    const { findings } = check([planRow({ lead })]);
    const fixes = findings.filter((f) => f.fix && f.cell === 'C2').map((f) => f.fix as Fix);
    expect(fixes.map((f) => f.kind).sort()).toEqual(['agency', 'legacy']);
    const [edit] = composeFixes(fixes);
    expect(edit).toMatchObject({
      cell: 'C2',
      before: 'Së KH&CN',
      after: 'Sở Khoa học và Công nghệ',
      setFont: 'Times New Roman',
    });
  });

  it('removes the lead from the partners and cleans spacing in one edit', () => {
    const { findings } = check([planRow({ lead: 'Sở Nội vụ', partners: 'Sở Tài chính,  Sở Nội vụ' })]);
    const fixes = findings.filter((f) => f.fix && f.cell === 'D2').map((f) => f.fix as Fix);
    expect(codes(findings, 'W_LEAD_IS_PARTNER')).toHaveLength(1);
    const [edit] = composeFixes(fixes);
    expect(edit.after).toBe('Sở Tài chính');
  });

  it('still gives the canonical name after the punctuation fix respaced the abbreviation', () => {
    const { findings } = check([planRow({ lead: 'Sở VH,TT&DL' })]);
    const fixes = findings.filter((f) => f.fix && f.cell === 'C2').map((f) => f.fix as Fix);
    expect(fixes.map((f) => f.kind).sort()).toEqual(['agency', 'punctuation']);
    expect(composeFixes(fixes)[0].after).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });

  it('applies a single fix alone and leaves other cells untouched', () => {
    const fix: Fix = { kind: 'nfc', sheet: 'S', cell: 'B2', before: 'Hòa'.normalize('NFD'), after: 'Hòa' };
    expect(composeFixes([fix])).toEqual([
      { sheet: 'S', cell: 'B2', before: fix.before, after: 'Hòa', kinds: ['nfc'] },
    ]);
  });
});
