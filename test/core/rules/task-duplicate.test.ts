import { check, codes, planRow } from './helpers';

describe('W_TASK_DUPLICATE', () => {
  it('flags the second copy of a task, even typed in another case and spacing', () => {
    const hits = codes(
      check([planRow(), planRow({ stt: '2', task: 'XÂY DỰNG  cơ sở dữ liệu về đội ngũ trí thức' })]).findings,
      'W_TASK_DUPLICATE',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ row: 3, data: { otherRow: 2 } });
  });
  it('stays silent on different tasks', () => {
    expect(
      codes(check([planRow(), planRow({ stt: '2', task: 'Tổ chức hội nghị' })]).findings, 'W_TASK_DUPLICATE'),
    ).toHaveLength(0);
  });
});
