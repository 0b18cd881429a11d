import { createRegistry } from '../../../src/core/agency';
import { findingMessage } from '../../../src/core/messages';
import { check, codes, planRow } from './helpers';

describe('agency names', () => {
  it('W_AGENCY_SPELLING: "Sở Khoa học và Cong nghệ" is a misspelling, with the canonical name as fix', () => {
    const hits = codes(check([planRow({ lead: 'Sở Khoa học và Cong nghệ' })]).findings, 'W_AGENCY_SPELLING');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ cell: 'C2', field: 'lead', suggestion: 'Sở Khoa học và Công nghệ' });
    expect(hits[0].fix).toMatchObject({ kind: 'agency', after: 'Sở Khoa học và Công nghệ' });
  });
  it('I_AGENCY_ALIAS: an abbreviation is named with its canonical form', () => {
    const hits = codes(check([planRow({ partners: 'Sở GD&ĐT' })]).findings, 'I_AGENCY_ALIAS');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      field: 'partners',
      suggestion: 'Sở Giáo dục và Đào tạo',
      severity: 'info',
    });
  });
  it("raises nothing for a commune's committee no list names", () => {
    const { findings } = check([planRow({ lead: 'UBND xã Hạp Lĩnh', partners: 'UBND phường Kinh Bắc' })]);
    expect(codes(findings, 'W_AGENCY_UNKNOWN')).toEqual([]);
  });

  it('W_AGENCY_UNKNOWN: a name the registry does not know', () => {
    const hits = codes(
      check([planRow({ partners: 'Công ty Trách nhiệm hữu hạn Ánh Dương' })]).findings,
      'W_AGENCY_UNKNOWN',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0].data.name).toBe('Công ty Trách nhiệm hữu hạn Ánh Dương');
  });
  it('W_AGENCY_UNKNOWN: a department merged away in 2025 is named with its successor, and never rewritten', () => {
    const { findings } = check([planRow({ lead: 'Sở Kế hoạch và Đầu tư', partners: 'Sở TT&TT' })]);
    const hits = codes(findings, 'W_AGENCY_UNKNOWN');
    expect(hits.map((f) => [f.cell, f.suggestion])).toEqual([
      ['C2', 'Sở Tài chính'],
      ['D2', 'Sở Khoa học và Công nghệ'],
    ]);
    expect(findingMessage(hits[0])).toBe(
      '“Sở Kế hoạch và Đầu tư” không còn từ năm 2025 (đã hợp nhất vào “Sở Tài chính”); kiểm tra lại cơ quan thực hiện',
    );
    expect(findingMessage(hits[1], 'en')).toContain('merged into “Sở Khoa học và Công nghệ”');
    expect(findings.filter((f) => f.fix)).toEqual([]);
  });
  it("never rewrites a name to drop or replace another province's name", () => {
    const names = 'Công an tỉnh Thái Bình\nBáo và Phát thanh, Truyền hình Hưng Yên';
    const fixesFor = (province?: string) =>
      check([planRow({ partners: names })], { registry: createRegistry({ province }) })
        .findings.filter((f) => f.fix?.kind === 'agency')
        .map((f) => f.fix?.to);
    // A Bắc Ninh plan naming Hưng Yên's bodies, and a plan whose province is not known.
    expect(fixesFor('Bắc Ninh')).toEqual([]);
    expect(fixesFor(undefined)).toEqual([]);
    // The plan's own province may go, as before.
    const own = check([planRow({ partners: 'Công an tỉnh Bắc Ninh' })]).findings;
    expect(codes(own, 'I_AGENCY_ALIAS').map((f) => f.suggestion)).toEqual(['Công an tỉnh']);
  });
  it("W_AGENCY_UNKNOWN: another province's body is never read as this province's", () => {
    const bacNinh = { registry: createRegistry({ province: 'Bắc Ninh' }) };
    const { tables, findings } = check(
      [planRow({ lead: 'Báo và Phát thanh, Truyền hình Hưng Yên', partners: 'Công an tỉnh Hưng Yên' })],
      bacNinh,
    );
    // The names stay as written in the table, each listed as unknown, with no suggestion and no fix.
    expect(tables[0].tasks[0].lead).toEqual(['Báo và Phát thanh, Truyền hình Hưng Yên']);
    expect(tables[0].tasks[0].partners).toEqual(['Công an tỉnh Hưng Yên']);
    const unknown = codes(findings, 'W_AGENCY_UNKNOWN');
    expect(unknown.map((f) => [f.cell, f.suggestion])).toEqual([
      ['C2', undefined],
      ['D2', undefined],
    ]);
    expect(findingMessage(unknown[0])).toBe(
      'Không có “Báo và Phát thanh, Truyền hình Hưng Yên” trong danh sách cơ quan',
    );
    expect(findings.filter((f) => f.fix)).toEqual([]);
    // Named with the province's own name, or with none, it is the province's body.
    for (const lead of ['Báo và PT-TH Bắc Ninh', 'Báo và Đài PTTH']) {
      const own = check([planRow({ lead })], bacNinh);
      expect(own.tables[0].tasks[0].lead).toEqual(['Báo và Phát thanh, Truyền hình Bắc Ninh']);
      expect(codes(own.findings, 'W_AGENCY_UNKNOWN')).toEqual([]);
    }
  });
  it('stays silent on canonical names and collectives', () => {
    const { findings } = check([planRow({ partners: 'Sở Nội vụ\nCác sở, ban, ngành' })]);
    for (const code of ['W_AGENCY_SPELLING', 'I_AGENCY_ALIAS', 'W_AGENCY_UNKNOWN'])
      expect(codes(findings, code)).toHaveLength(0);
  });
  it('never reads "Sở Nội vụ" as "Sở Ngoại vụ"', () => {
    const { tables, findings } = check([planRow({ lead: 'Sở Nội vụ', partners: 'Sở Ngoại vụ' })]);
    expect(tables[0].tasks[0].lead).toEqual(['Sở Nội vụ']);
    expect(tables[0].tasks[0].partners).toEqual(['Sở Ngoại vụ']);
    expect(codes(findings, 'W_AGENCY_SPELLING')).toHaveLength(0);
  });
});

describe('collectives written another way', () => {
  it('are read under their canonical name without an alias note', () => {
    const { tables, findings } = check([planRow({ partners: 'Các sở ban ngành, phường, xã' })]);
    expect(tables[0].tasks[0].partners).toEqual(['Các sở, ban, ngành', 'UBND các xã, phường']);
    expect(codes(findings, 'I_AGENCY_ALIAS')).toHaveLength(0);
  });
});

describe('a province named only in the agency names', () => {
  const noProvince = { registry: createRegistry() };

  it('completes the press body with it, never with the bare word "tỉnh"', () => {
    const { findings, tables } = check(
      [
        planRow({ lead: 'Báo, Phát thanh và Truyền hình Bắc Ninh' }),
        planRow({ stt: '2', lead: 'Công an tỉnh Bắc Ninh' }),
      ],
      noProvince,
    );
    expect(tables[0].tasks[0].lead).toEqual(['Báo và Phát thanh, Truyền hình Bắc Ninh']);
    const alias = codes(findings, 'I_AGENCY_ALIAS').filter((f) => f.cell === 'C2');
    expect(alias[0]?.suggestion).toBe('Báo và Phát thanh, Truyền hình Bắc Ninh');
  });

  it('is not read from a name whose place is not a province ("Đại học Quốc gia Hà Nội")', () => {
    const { tables } = check(
      [
        planRow({ lead: 'Báo, Phát thanh và Truyền hình Bắc Ninh' }),
        planRow({ stt: '2', partners: 'Đại học Quốc gia Hà Nội, Đoàn Thanh niên Cộng sản Hồ Chí Minh' }),
      ],
      noProvince,
    );
    expect(tables[0].tasks[0].lead).toEqual(['Báo và Phát thanh, Truyền hình Bắc Ninh']);
  });

  it('is not guessed when the names end with two different provinces', () => {
    const { tables } = check(
      [
        planRow({ lead: 'Báo, Phát thanh và Truyền hình Bắc Ninh' }),
        planRow({ stt: '2', lead: 'Công an tỉnh Hưng Yên' }),
      ],
      noProvince,
    );
    expect(tables[0].tasks[0].lead[0]).not.toContain('Hưng Yên');
  });
});
