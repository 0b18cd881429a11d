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

describe("a template's rows left blank, without a plan", () => {
  // KHCN's template: task 4 filled; task 1 (Quý I/2026, past due by 10/12/2026) and task 6 left blank.
  // Nội vụ's template left blank altogether: task 2 (Tháng 7/2026, past due) and task 4 as a partner.
  const khcn = reportInput('so-khcn.xlsx', KHCN, [
    seedReportRow(0, '1', ''),
    seedReportRow(3, '2', 'Đang thực hiện', 'Đang cập nhật dữ liệu'),
    seedReportRow(5, '3', ''),
  ]);
  const noiVu = reportInput('so-noi-vu.xlsx', NOI_VU, [seedReportRow(1, '1', ''), seedReportRow(3, '2', '')]);
  const c = concatenate([khcn, noiVu], ctx);

  it('are no reported task: only the filled row is a task of the report, and nothing is overdue', () => {
    expect(c.tasks.map((t) => [t.reports[0].agency, t.stt, t.status])).toEqual([[KHCN, '2', 'IN_PROGRESS']]);
    expect(c.totals).toMatchObject({ tasks: 1, byStatus: { IN_PROGRESS: 1 }, overdue: 0 });
    expect(c.tasks.some((t) => t.issues.includes('W_TASK_DUPLICATE'))).toBe(false);
  });

  it('raise no error and no overdue warning as if they were reports', () => {
    const said = c.findings.filter((f) =>
      ['E_STATUS_EMPTY', 'W_OVERDUE', 'E_STATUS_INVALID'].includes(f.code),
    );
    expect(said).toEqual([]);
  });

  it('are still accounted for, among the rows merged, file by file', () => {
    expect(c.accounts).toEqual([
      { path: 'so-khcn.xlsx', rowsRead: 3, rowsMerged: 3, rowsRejected: 0, rowsBlank: 2 },
      { path: 'so-noi-vu.xlsx', rowsRead: 2, rowsMerged: 2, rowsRejected: 0, rowsBlank: 2 },
    ]);
    expect(c.totals).toMatchObject({ rowsRead: 5, rowsMerged: 5, rowsRejected: 0 });
  });

  it('are listed as tasks their agency left blank, with its role on each', () => {
    expect(c.unreported.map((u) => [u.agency, u.role, u.stt, u.leftBlank, u.agencyMissing])).toEqual([
      [KHCN, 'lead', '1', true, false],
      [KHCN, 'lead', '3', true, false],
      [NOI_VU, 'lead', '1', true, false],
      [NOI_VU, 'partner', '2', true, false],
    ]);
    expect(c.agencies.map((a) => [a.agency, a.led, a.supported, a.unreported])).toEqual([
      [KHCN, 1, 0, 2],
      [NOI_VU, 0, 0, 2],
    ]);
  });

  it('of a file whose sender is unknown are accounted for, though no agency can be named', () => {
    const unknown = concatenate([reportInput('bao-cao.xlsx', null, [seedReportRow(1, '1', '')])], ctx);
    expect(unknown.tasks).toEqual([]);
    expect(unknown.unreported).toEqual([]);
    expect(unknown.accounts).toEqual([
      { path: 'bao-cao.xlsx', rowsRead: 1, rowsMerged: 1, rowsRejected: 0, rowsBlank: 1 },
    ]);
  });
});
