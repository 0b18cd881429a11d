import { checkWorkbook } from '../../../src/core/engine';
import { findingMessage } from '../../../src/core/messages';
import { check, codes, context, PLAN_HEADER, planRow, sheet, workbook } from './helpers';

describe('W_DEADLINE_BEFORE_PLAN', () => {
  it('warns when the task is due before the plan was issued', () => {
    const hits = codes(
      check([planRow({ deadline: 'Quý IV/2025' })], { planDate: '2026-03-04' }).findings,
      'W_DEADLINE_BEFORE_PLAN',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0].data).toMatchObject({ due: '31/12/2025', planDate: '04/03/2026' });
  });
  it('stays silent without a plan date or for a later deadline', () => {
    expect(
      codes(check([planRow({ deadline: 'Quý IV/2025' })]).findings, 'W_DEADLINE_BEFORE_PLAN'),
    ).toHaveLength(0);
    expect(
      codes(
        check([planRow({ deadline: 'Quý II/2026' })], { planDate: '2026-03-04' }).findings,
        'W_DEADLINE_BEFORE_PLAN',
      ),
    ).toHaveLength(0);
  });
});

describe("the appendix's own lines as the plan's date and horizon", () => {
  const withTitles = (titles: string[], deadlines: string[]) =>
    checkWorkbook(
      workbook(
        sheet([...titles.map((t) => [t]), PLAN_HEADER, ...deadlines.map((d) => planRow({ deadline: d }))]),
      ),
      context(),
    ).findings;

  it("takes a draft's month when its day is left blank: due before that month is before the plan", () => {
    const findings = withTitles(
      ['(Kèm theo Kế hoạch số     /KH-UBND ngày     tháng 3 năm 2026 của UBND tỉnh)'],
      ['Quý IV/2025', 'Tháng 3/2026'],
    );
    const hits = codes(findings, 'W_DEADLINE_BEFORE_PLAN');
    expect(hits.map((f) => f.data)).toEqual([{ text: 'Quý IV/2025', due: '31/12/2025', planDate: '3/2026' }]);
    expect(findingMessage(hits[0])).toBe(
      'Thời hạn “Quý IV/2025” (31/12/2025) sớm hơn tháng ban hành kế hoạch (tháng 3/2026)',
    );
  });

  it('ends a one-year plan with its year', () => {
    const findings = withTitles(
      ['KẾ HOẠCH', 'Phát triển đội ngũ trí thức năm 2026'],
      ['Năm 2032', 'Quý IV/2026'],
    );
    expect(codes(findings, 'W_DEADLINE_AFTER_HORIZON').map((f) => f.data.text)).toEqual(['Năm 2032']);
  });
});
