import { readPlanInfo } from '../../../src/core/table/read-table';
import { seedTable } from '../../fixtures';
import { seedSheet } from './seed-sheets';
import { sheetFrom } from './sheet-from';

describe('readPlanInfo', () => {
  it('reads number, date and province from a signed plan line', () => {
    const info = readPlanInfo([
      'Phụ lục',
      'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045',
      '(Kèm theo Kế hoạch số 548/KH-UBND ngày 04 tháng 3 năm 2026 của UBND tỉnh Cao Bằng)',
    ]);
    expect(info).toEqual({ number: '548/KH-UBND', date: '2026-03-04', province: 'Cao Bằng', horizon: 2030 });
  });

  it('reads the one year of a one-year plan from its title, and none from a plan over a period or a date', () => {
    expect(readPlanInfo(['KẾ HOẠCH CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2026']).year).toBe(2026);
    expect(
      readPlanInfo([
        'Phụ lục',
        'Kế hoạch thực hiện nhiệm vụ năm 2026',
        '(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/3/2026 của UBND tỉnh Bắc Ninh)',
      ]).year,
    ).toBe(2026);
    for (const title of [
      'KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026-2030',
      'KẾ HOẠCH CHUYỂN ĐỔI SỐ ĐẾN NĂM 2030',
      'Kế hoạch thực hiện Quyết định số 12/QĐ-UBND ngày 5 tháng 1 năm 2026',
      'KẾ HOẠCH NĂM 2026, ĐỊNH HƯỚNG NĂM 2027',
      'DANH MỤC NHIỆM VỤ',
    ])
      expect(readPlanInfo([title]).year).toBeUndefined();
  });

  it('reads a date written with slashes and a city', () => {
    const info = readPlanInfo([
      '(Kèm theo Kế hoạch số 12/KH-UBND ngày 4/3/2026 của Ủy ban nhân dân thành phố Hải Phòng)',
    ]);
    expect(info).toMatchObject({ number: '12/KH-UBND', date: '2026-03-04', province: 'Hải Phòng' });
  });

  it('gives nulls for the blanks of an unsigned draft, and keeps its month (Bắc Ninh: "ngày tháng 3 năm 2026")', () => {
    expect(readPlanInfo(seedTable('bac-ninh').titleLines)).toEqual({
      number: null,
      date: null,
      month: '2026-03',
      province: null,
      horizon: null,
    });
  });

  it('reads the province and the horizon of Ninh Bình, not the 2045 vision', () => {
    expect(readPlanInfo(seedTable('ninh-binh').titleLines)).toEqual({
      number: null,
      date: null,
      month: '2026-01',
      province: 'Ninh Bình',
      horizon: 2030,
    });
  });

  it('keeps no month when the month is blank too, nor beside a whole date', () => {
    expect(
      readPlanInfo(['(Kèm theo Kế hoạch số /KH-UBND ngày tháng năm 2026 của Ủy ban nhân dân tỉnh)']).month,
    ).toBe(undefined);
    expect(readPlanInfo(['(Kèm theo Kế hoạch số 5/KH-UBND ngày 4/3/2026)']).month).toBeUndefined();
    expect(readPlanInfo(['(Kèm theo Kế hoạch số   /KH-UBND ngày …/3/2026)']).month).toBe('2026-03');
  });

  it('takes the last year of a "giai đoạn" title', () => {
    expect(readPlanInfo(['KẾ HOẠCH PHÁT TRIỂN NGUỒN NHÂN LỰC GIAI ĐOẠN 2026 – 2030']).horizon).toBe(2030);
  });

  it('refuses an impossible date', () => {
    expect(readPlanInfo(['(Kèm theo Kế hoạch số 5/KH-UBND ngày 31 tháng 2 năm 2026)']).date).toBeNull();
  });

  it('reads the lines above the table of a sheet', () => {
    const { sheet } = seedSheet('ninh-binh', { titleRows: true, columnNumbers: 'parens' });
    expect(readPlanInfo(sheet)).toMatchObject({ province: 'Ninh Bình', horizon: 2030 });
  });

  it('ignores what lies below the table', () => {
    const sheet = sheetFrom([
      ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      ['1', 'Tổng kết', 'Sở Nội vụ', 'Năm 2030'],
      [],
      ['(Kèm theo Kế hoạch số 548/KH-UBND ngày 04 tháng 3 năm 2026 của UBND tỉnh Cao Bằng)'],
    ]);
    expect(readPlanInfo(sheet)).toEqual({ number: null, date: null, province: null, horizon: null });
  });
});
