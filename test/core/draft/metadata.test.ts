import { parsePlanText } from '../../../src/core/draft/plan-text';
import { readPlanHeader } from '../../../src/core/draft/metadata';
import { appendixTitleLines } from '../../../src/core/draft/title-lines';
import type { PlanDocument } from '../../../src/core/draft/document';

const header = (text: string) => readPlanHeader(parsePlanText(text));

describe('readPlanHeader', () => {
  it('reads number, place and date, decision implemented and horizon', () => {
    const h = header(
      'Số: 548 /KH-UBND\n\nCao Bằng, ngày 04 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nThực hiện Quyết định số 2711/QĐ-TTg ngày 12/12/2025 của Thủ tướng Chính phủ về Chiến lược đến năm 2030, tầm nhìn đến năm 2045\n\nI. MỤC ĐÍCH\n\nTM. ỦY BAN NHÂN DÂN\n',
    );
    expect(h).toEqual({
      number: '548/KH-UBND',
      symbol: 'KH-UBND',
      date: '2026-03-04',
      dateParts: { day: 4, month: 3, year: 2026 },
      province: 'Cao Bằng',
      issuer: 'UBND tỉnh Cao Bằng',
      implements: 'Quyết định số 2711/QĐ-TTg ngày 12/12/2025',
      horizon: 2030,
    });
  });

  it('leaves what a draft plan leaves blank as null, never guessed', () => {
    const h = header('Số: /KH-UBND\n\nLạng Sơn, ngày tháng năm 2026\n');
    expect([h.number, h.symbol, h.date, h.dateParts]).toEqual([
      null,
      'KH-UBND',
      null,
      { day: null, month: null, year: 2026 },
    ]);
  });

  it('reads the header from a Word table (borderless header block)', () => {
    const doc: PlanDocument = {
      blocks: [
        {
          kind: 'table',
          index: 1,
          rows: [
            [
              'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/KH-UBND',
              'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Tĩnh, ngày 15 tháng 01 năm 2026',
            ],
          ],
        },
      ],
    };
    expect(readPlanHeader(doc)).toMatchObject({
      number: '12/KH-UBND',
      date: '2026-01-15',
      province: 'Hà Tĩnh',
      issuer: 'UBND tỉnh Hà Tĩnh',
    });
  });

  it('finds the horizon when a PDF copy splits "đến năm" from the year', () => {
    const h = header(
      'Thực hiện Quyết định số 2711/QĐ-TTg ngày 12/12/2025 của Thủ tướng về Chiến lược đến năm\n\n2030, tầm nhìn đến năm 2045\n',
    );
    expect(h.horizon).toBe(2030);
  });

  it('falls back to the province the text names most', () => {
    expect(
      header('Phát triển đội ngũ trí thức tỉnh Ninh Bình.\n\nXây dựng cơ sở dữ liệu tỉnh Ninh Bình.\n')
        .province,
    ).toBe('Ninh Bình');
  });
});

describe('appendixTitleLines', () => {
  it('fills the "(Kèm theo …)" line from the plan and keeps blanks blank', () => {
    const full = header(
      'Số: 548/KH-UBND\n\nCao Bằng, ngày 04 tháng 3 năm 2026\n\nThực hiện Quyết định số 2711/QĐ-TTg ngày 12/12/2025 về Chiến lược đến năm 2030\n\nTM. ỦY BAN NHÂN DÂN\n',
    );
    expect(appendixTitleLines(full, [])).toEqual([
      'Phụ lục',
      'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH ĐẾN NĂM 2030',
      '(Kèm theo Kế hoạch số 548/KH-UBND ngày 04 tháng 3 năm 2026 của UBND tỉnh Cao Bằng)',
    ]);
    const blank = header('Số: /KH-UBND\n\nBắc Ninh, ngày tháng 3 năm 2026\n\nTM. ỦY BAN NHÂN DÂN\n');
    expect(appendixTitleLines(blank, ['Phụ lục', 'CÁC NHIỆM VỤ', '(Kèm theo …)'])).toEqual([
      'Phụ lục',
      'CÁC NHIỆM VỤ',
      '(Kèm theo Kế hoạch số      /KH-UBND ngày       tháng 3 năm 2026 của UBND tỉnh Bắc Ninh)',
    ]);
  });
});
