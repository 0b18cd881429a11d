import { check, codes, planRow, REPORT_HEADER } from './helpers';

describe('W_OVERDUE', () => {
  it('warns about a task past due and not done', () => {
    const row = [...planRow({ deadline: 'Quý I/2026' }), 'Chưa thực hiện', ''];
    const hits = codes(check([row], { asOf: '2026-12-10' }, REPORT_HEADER).findings, 'W_OVERDUE');
    expect(hits).toHaveLength(1);
    expect(hits[0].data).toMatchObject({ due: '31/03/2026', asOf: '10/12/2026' });
  });
  it('stays silent when done, not yet due, or continuous', () => {
    const c = (deadline: string, status: string) =>
      codes(
        check([[...planRow({ deadline }), status, 'x']], { asOf: '2026-12-10' }, REPORT_HEADER).findings,
        'W_OVERDUE',
      );
    expect(c('Quý I/2026', 'Đã hoàn thành')).toHaveLength(0);
    expect(c('Năm 2027', 'Chưa thực hiện')).toHaveLength(0);
    expect(c('Thường xuyên', 'Đang thực hiện')).toHaveLength(0);
  });
});
