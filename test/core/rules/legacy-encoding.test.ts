import { composeFixes } from '../../../src/core/fix/compose';
import type { Fix } from '../../../src/core/model/finding';
import { check, codes, planRow } from './helpers';

describe('W_LEGACY_ENCODING', () => {
  it('flags TCVN3 text in a .VnTime cell and offers the Unicode text', () => {
    const lead = { value: 'Së Khoa häc vµ C«ng nghÖ', font: '.VnTime' };
    const { tables, findings } = check([planRow({ lead })]);
    const hits = codes(findings, 'W_LEGACY_ENCODING');
    expect(hits).toHaveLength(1);
    expect(hits[0].fix).toMatchObject({ kind: 'legacy', after: 'Sở Khoa học và Công nghệ' });
    expect(tables[0].tasks[0].lead).toEqual(['Sở Khoa học và Công nghệ']);
  });
  it('says when the encoding was told from the letters alone, with no font to name (a CSV, a default font)', () => {
    const rows = ['Së Khoa häc vµ C«ng nghÖ', 'Së Tµi chÝnh', 'Së Néi vô'].map((lead, i) =>
      planRow({ stt: String(i + 1), task: `Tæ chøc héi nghÞ lÇn ${i + 1}`, lead }),
    );
    const hits = codes(check(rows).findings, 'W_LEGACY_ENCODING');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((f) => f.messageId))).toEqual(new Set(['finding.W_LEGACY_ENCODING.noFont']));
    expect(hits[0].data).toEqual({ encoding: 'TCVN3 (ABC)' });
  });
  it('stays silent on Unicode text in a Unicode font, even with Latin-1 letters ("Hà Tây")', () => {
    const lead = { value: 'UBND Hà Tây', font: 'Times New Roman' };
    expect(codes(check([planRow({ lead })]).findings, 'W_LEGACY_ENCODING')).toHaveLength(0);
  });

  it('converts only the legacy runs of a cell that mixes a .VnTime run with a Unicode one', () => {
    const task = {
      value: 'Tæ chøc héi nghÞ t¹i Tây Ninh',
      runs: [
        { text: 'Tæ chøc héi nghÞ t¹i ', font: '.VnTime' },
        { text: 'Tây Ninh', font: 'Times New Roman' },
      ],
    };
    const { findings } = check([planRow({ task })]);
    const [hit] = codes(findings, 'W_LEGACY_ENCODING');
    expect(hit.suggestion).toBe('Tổ chức hội nghị tại Tây Ninh');
    expect(hit.data.font).toBe('.VnTime');
    const fixes = findings.filter((f) => f.fix && f.cell === hit.cell).map((f) => f.fix as Fix);
    expect(composeFixes(fixes).map((e) => e.after)).toEqual(['Tổ chức hội nghị tại Tây Ninh']);
  });

  it('draws capitals only for the .VnTimeH run, leaving the Unicode run as typed', () => {
    const task = {
      value: 'tæng kÕt việc thực hiện tại xã Tân Thành',
      runs: [
        { text: 'tæng kÕt', font: '.VnTimeH' },
        { text: ' việc thực hiện tại xã Tân Thành', font: 'Times New Roman' },
      ],
    };
    const [hit] = codes(check([planRow({ task })]).findings, 'W_LEGACY_ENCODING');
    expect(hit.suggestion).toBe('TỔNG KẾT việc thực hiện tại xã Tân Thành');
  });
});
