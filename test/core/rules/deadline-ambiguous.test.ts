import { check, codes, planRow } from './helpers';

describe('W_DEADLINE_AMBIGUOUS', () => {
  it('warns when the deadline has no clear date ("Đầu năm 2027")', () => {
    expect(
      codes(check([planRow({ deadline: 'Đầu năm 2027' })]).findings, 'W_DEADLINE_AMBIGUOUS'),
    ).toHaveLength(1);
  });
  it("warns that a school year's end is read as 31 May", () => {
    const { findings, tables } = check([planRow({ deadline: 'Năm học 2026-2027' })]);
    expect(codes(findings, 'W_DEADLINE_AMBIGUOUS').map((f) => f.data.text)).toEqual(['Năm học 2026-2027']);
    expect(tables[0].tasks[0].deadline?.due).toBe('2027-05-31');
  });
  it('takes a date serial with no date format for the exact day it is, saying only that Excel shows a number', () => {
    const { findings, tables } = check([planRow({ deadline: 46203 })]);
    expect(codes(findings, 'W_DEADLINE_AMBIGUOUS').map((f) => f.messageId)).toEqual([
      'finding.W_DEADLINE_AMBIGUOUS.bareNumber',
    ]);
    expect(codes(findings, 'E_DEADLINE_UNPARSED')).toEqual([]);
    expect(tables[0].tasks[0].deadline).toMatchObject({
      kind: 'date',
      text: '30/06/2026',
      due: '2026-06-30',
    });
    expect(tables[0].tasks[0].raw.deadline).toBe('30/06/2026');
  });
  it('stays silent on a quarter', () => {
    expect(
      codes(check([planRow({ deadline: 'Quý II/2026' })]).findings, 'W_DEADLINE_AMBIGUOUS'),
    ).toHaveLength(0);
  });
});
