import { concatenate } from '../../../src/core/merge/concatenate';
import { ctx, KHCN, NOI_VU, reportInput, seedReportRow } from './helpers';

describe('merging without a plan', () => {
  const noiVu = reportInput('so-noi-vu.xlsx', NOI_VU, [
    seedReportRow(1, '1', 'Đang thực hiện', 'Đã trình dự thảo'),
    seedReportRow(3, '2', 'Đang thực hiện', 'Đã cung cấp dữ liệu'),
  ]);
  const khcn = reportInput('so-khcn.xlsx', KHCN, [seedReportRow(3, '1', 'Đang thực hiện', 'Đang cập nhật')]);
  const unknown = reportInput('bao-cao.xlsx', null, [seedReportRow(4, '1', 'Hoàn thành', 'Xong')]);
  const c = concatenate([noiVu, unknown, khcn], ctx);

  it('concatenates every row with its agency and source, agencies in Vietnamese order, unknown last', () => {
    expect(
      c.tasks.map((t) => [t.reports[0].agency, t.reports[0].source.path, t.reports[0].source.row]),
    ).toEqual([
      [KHCN, 'so-khcn.xlsx', 2],
      [NOI_VU, 'so-noi-vu.xlsx', 2],
      [NOI_VU, 'so-noi-vu.xlsx', 3],
      [null, 'bao-cao.xlsx', 2],
    ]);
    expect(c.tasks.every((t) => t.reports.length === 1 && t.reports[0].match === 'row')).toBe(true);
  });

  it("judges each row's status against its own deadline", () => {
    // Tháng 7/2026 in progress at 10/12/2026.
    expect(c.tasks[1]).toMatchObject({
      stt: '1',
      status: 'IN_PROGRESS_LATE',
      overdue: true,
      due: '2026-07-31',
    });
    expect(c.tasks[1].reports[0].role).toBe('lead');
    // Task 4 is led by KHCN: Nội vụ's row is a partner's.
    expect(c.tasks[2].reports[0].role).toBe('partner');
  });

  it('flags the same task sent from two files', () => {
    expect(c.tasks[0].issues).toContain('W_TASK_DUPLICATE');
    expect(c.tasks[2].issues).toContain('W_TASK_DUPLICATE');
    expect(c.findings.filter((f) => f.code === 'W_TASK_DUPLICATE')).toEqual([
      expect.objectContaining({
        path: 'so-noi-vu.xlsx',
        row: 3,
        data: { otherPath: 'so-khcn.xlsx', otherRow: 2 },
      }),
    ]);
  });

  it('says when a file has no known reporter, and still merges its rows', () => {
    expect(c.findings.filter((f) => f.code === 'W_REPORTER_UNKNOWN').map((f) => f.path)).toEqual([
      'bao-cao.xlsx',
    ]);
    expect(c.totals).toMatchObject({ tasks: 4, rowsRead: 4, rowsMerged: 4, rowsRejected: 0 });
    expect(c.missingAgencies).toEqual([]);
  });

  it("keeps the engine's per-file findings", () => {
    expect(c.findings.some((f) => f.code === 'W_OVERDUE' && f.path === 'so-noi-vu.xlsx')).toBe(true);
  });

  it('summarises each reporting agency', () => {
    expect(c.agencies.map((a) => [a.agency, a.led, a.supported, a.overdue])).toEqual([
      [KHCN, 1, 0, 0],
      [NOI_VU, 1, 1, 1],
    ]);
  });
});

describe('duplicates without a plan', () => {
  // Sở Xây dựng repeats a task in its own file, in capitals the second time; Sở Y tế sends it too.
  const shouted = String(seedReportRow(1, '2', '')[1]).toUpperCase();
  const xayDung = reportInput('so-xay-dung.xlsx', 'Sở Xây dựng', [
    seedReportRow(1, '1', 'Đang thực hiện', 'Đã trình'),
    seedReportRow(1, '2', 'Đang thực hiện', 'Đã trình', shouted),
  ]);
  const yTe = reportInput('so-y-te.xlsx', 'Sở Y tế', [seedReportRow(1, '1', 'Đang thực hiện', 'Đã góp ý')]);
  const c = concatenate([xayDung, yTe], ctx);

  it('marks every copy, also the two in one file, and names the other file for the copy from another', () => {
    expect(c.tasks.map((t) => t.issues.includes('W_TASK_DUPLICATE'))).toEqual([true, true, true]);
    const merged = c.findings.filter(
      (f) => f.code === 'W_TASK_DUPLICATE' && f.messageId.startsWith('merge.'),
    );
    expect(merged.map((f) => [f.path, f.data.otherPath])).toEqual([['so-y-te.xlsx', 'so-xay-dung.xlsx']]);
  });
});
