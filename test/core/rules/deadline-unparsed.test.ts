import { checkWorkbook } from '../../../src/core/engine';
import { check, codes, context, PLAN_HEADER, planRow, sheet, workbook } from './helpers';

describe('E_DEADLINE_UNPARSED', () => {
  it('flags a deadline nobody can read and quotes it', () => {
    const hits = codes(check([planRow({ deadline: 'sớm nhất có thể' })]).findings, 'E_DEADLINE_UNPARSED');
    expect(hits).toHaveLength(1);
    expect(hits[0].data.text).toBe('sớm nhất có thể');
  });
  it("reads a one-year plan's 'Quý III' in the year its title names, and only there", () => {
    const rows = [PLAN_HEADER, planRow({ deadline: 'Quý III' })];
    const yearly = checkWorkbook(workbook(sheet([['KẾ HOẠCH CÔNG TÁC NĂM 2026'], ...rows])), context());
    expect(codes(yearly.findings, 'E_DEADLINE_UNPARSED')).toEqual([]);
    expect(yearly.tables[0].tasks[0].deadline).toMatchObject({ text: 'Quý III', due: '2026-09-30' });
    const period = checkWorkbook(workbook(sheet([['KẾ HOẠCH GIAI ĐOẠN 2026-2030'], ...rows])), context());
    expect(codes(period.findings, 'E_DEADLINE_UNPARSED')).toHaveLength(1);
  });
  it.each([
    ['Thường xuyên, hằng năm', { kind: 'continuous', due: null }],
    ['Hoàn thành trong Quý II/2026', { kind: 'period', due: '2026-06-30' }],
    ['Hoàn thành trước 30/6/2026', { kind: 'date', due: '2026-06-30' }],
    ['Hoàn thành trong tháng 6/2026', { kind: 'period', due: '2026-06-30' }],
    ['Quý II, 2026', { kind: 'period', due: '2026-06-30' }],
    ['Tháng 6, 2026', { kind: 'period', due: '2026-06-30' }],
    ['Tháng 6, 12 hằng năm', { kind: 'recurring', every: '6m' }],
    ['Năm học 2026-2027', { kind: 'period', due: '2027-05-31' }],
    ['Hằng năm (từ 2026)', { kind: 'recurring', every: '1y', start: '2026-01-01' }],
    ['Hằng năm, từ năm 2026', { kind: 'recurring', every: '1y', start: '2026-01-01' }],
    ['15/12/2026 hằng năm', { kind: 'recurring', every: '1y', due: '2026-12-15' }],
    ['Ngày 15/12 hằng năm', { kind: 'recurring', every: '1y' }],
  ])('reads %j, keeping its text, with no error', (deadline, expected) => {
    const { findings, tables } = check([planRow({ deadline })]);
    expect(codes(findings, 'E_DEADLINE_UNPARSED')).toEqual([]);
    expect(tables[0].tasks[0].deadline).toMatchObject({ text: deadline, ...expected });
  });
  it('stays silent on the deadlines of the seed appendices', () => {
    for (const deadline of [
      'Quý I/2026',
      'Tháng 7/2026',
      'Đến năm 2030',
      'Thường xuyên',
      'Hàng năm và theo nhiệm vụ được giao',
      '5 năm/lần',
      '2028',
    ]) {
      expect(codes(check([planRow({ deadline })]).findings, 'E_DEADLINE_UNPARSED')).toHaveLength(0);
    }
  });
});
