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

  it('tells apart long tasks that begin and end alike and differ only in the middle', () => {
    // Same length, same first and last 40 characters: only the middle differs, or only its case.
    const start = 'Xây dựng và triển khai kế hoạch chuyển đổi số ';
    const end = ' trên địa bàn tỉnh giai đoạn 2025 - 2030 theo Nghị quyết';
    const task = (middle: string) => `${start}${middle}${end}`;
    const rows = [
      planRow({ stt: '1', task: task('mục AAA') }),
      planRow({ stt: '2', task: task('mục BBB') }),
      planRow({ stt: '3', task: task('mục CCC') }),
      planRow({ stt: '4', task: task('MỤC bbb') }),
      planRow({ stt: '5', task: task('mục AAB') }),
      planRow({ stt: '6', task: task('Mục aaa') }),
    ];
    const hits = codes(check(rows).findings, 'W_TASK_DUPLICATE');
    expect(hits.map((f) => [f.row, f.data.otherRow])).toEqual([
      [5, 3],
      [7, 2],
    ]);
  });
});
