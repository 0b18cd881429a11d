/**
 * Everyday status words in a round, read where a focal office reads them: a
 * partner's "Đã phối hợp", a five-yearly task's "Chưa đến kỳ", and a status
 * nobody could read, quoted in the detail sheet as the agency wrote it.
 */
import { concatenate } from '../../../src/core/merge/concatenate';
import { consolidate } from '../../../src/core/merge/consolidate';
import { planFromTables } from '../../../src/core/merge/plan';
import type { Consolidation, MergeFinding, Plan } from '../../../src/core/merge/types';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { mergeJson } from '../../../src/node/merge/summary-json';
import { detailTable } from '../../../src/node/report/detail-sheets';
import { COL, seedTable } from '../../fixtures';
import { PLAN_HEADER, sheet, workbook } from '../rules/helpers';
import { ctx, KHCN, NOI_VU, registry, reportInput, seedReportRow } from './helpers';
import { runOf, detailRow } from './report-rows';

const GD_DT = 'Sở Giáo dục và Đào tạo';

/** Bắc Ninh's appendix with task 3 (GD&ĐT) due every five years instead of "Đến năm 2030". */
function fiveYearlyPlan(): Plan {
  const t = seedTable('bac-ninh');
  t.rows[2][COL.deadline] = '5 năm/lần';
  const { tables, findings } = readWorkbookTables(workbook(sheet([PLAN_HEADER, ...t.rows])), registry);
  return planFromTables('ke-hoach.xlsx', tables, findings);
}

/** Task 3's row in a GD&ĐT report, with the plan's "5 năm/lần" deadline. */
function fiveYearlyRow(status: string, outcome = ''): (string | number)[] {
  const row = seedReportRow(2, '1', status, outcome) as string[];
  row[COL.deadline] = '5 năm/lần';
  return row;
}

const task = (c: Consolidation, stt: string) => c.tasks.find((t) => t.stt === stt)!;
const codes = (fs: readonly MergeFinding[], code: string) => fs.filter((f) => f.code === code);

describe('a partner that writes "Đã phối hợp"', () => {
  const c = consolidate(
    fiveYearlyPlan(),
    [
      reportInput('so-khcn.xlsx', KHCN, [seedReportRow(3, '1', 'Đang thực hiện', 'Đang cập nhật dữ liệu')]),
      reportInput('so-noi-vu.xlsx', NOI_VU, [
        seedReportRow(1, '1', 'Đang thực hiện', 'Đã trình dự thảo'),
        seedReportRow(3, '2', 'Đã phối hợp', 'Đã cung cấp dữ liệu cán bộ, công chức'),
      ]),
    ],
    ctx,
  );

  it('is no error: the row is merged as its contribution, done this period', () => {
    expect(codes(c.findings, 'E_STATUS_INVALID')).toEqual([]);
    expect(task(c, '4').reports.find((r) => r.agency === NOI_VU)).toMatchObject({
      role: 'partner',
      status: 'DONE_THIS_PERIOD',
    });
    expect(detailRow(c, '4')['Kết quả phối hợp']).toBe(
      'Sở Nội vụ (Đã thực hiện trong kỳ): Đã cung cấp dữ liệu cán bộ, công chức',
    );
  });

  it('counts the task as reported by Nội vụ, and leaves the lead’s status to the lead', () => {
    expect(c.unreported.filter((u) => u.agency === NOI_VU)).toEqual([]);
    expect(task(c, '4').status).toBe('IN_PROGRESS');
  });

  it.each(['Đã phối hợp thực hiện', 'Đã tham gia phối hợp', 'Đã phối hợp với Sở Khoa học và Công nghệ'])(
    'reads %j the same way',
    (words) => {
      const one = consolidate(
        fiveYearlyPlan(),
        [reportInput('so-noi-vu.xlsx', NOI_VU, [seedReportRow(3, '1', words, 'Đã cung cấp dữ liệu')])],
        ctx,
      );
      expect(codes(one.findings, 'E_STATUS_INVALID')).toEqual([]);
      expect(task(one, '4').reports[0]).toMatchObject({ role: 'partner', status: 'DONE_THIS_PERIOD' });
    },
  );
});

describe('"Chưa đến kỳ" and the like', () => {
  const c = consolidate(
    fiveYearlyPlan(),
    [
      reportInput('so-gd-dt.xlsx', GD_DT, [fiveYearlyRow('Chưa đến kỳ')]),
      // Task 1 was due at the end of Quý I/2026: "not due yet" is wrong by 10/12/2026.
      reportInput('so-khcn.xlsx', KHCN, [seedReportRow(0, '1', 'Chưa đến hạn')]),
    ],
    ctx,
  );

  it('on a task due every five years: not started, not overdue, no error', () => {
    expect(task(c, '3')).toMatchObject({ status: 'NOT_STARTED', overdue: false });
    expect(task(c, '3').issues).not.toContain('W_OVERDUE');
    // Nothing on the GD&ĐT report. Overdue on the plan: task 1 ("not due yet", due Quý I) and task 2 (no report).
    expect(c.findings.filter((f) => f.path === 'so-gd-dt.xlsx').map((f) => f.code)).toEqual([]);
    const planRows = new Map(fiveYearlyPlan().tasks.map((t) => [t.row, t.stt]));
    const overdue = c.findings.filter((f) => f.code === 'W_OVERDUE' && f.path === 'ke-hoach.xlsx');
    expect(overdue.map((f) => planRows.get(f.row!))).toEqual(['1', '2']);
    expect(detailRow(c, '3')['Mức độ hoàn thành (cơ quan chủ trì báo cáo)']).toBe('Chưa thực hiện');
    expect(detailRow(c, '3')['Quá hạn']).toBeNull();
  });

  it('past the due date: the usual late logic, the task is overdue', () => {
    expect(codes(c.findings, 'E_STATUS_INVALID')).toEqual([]);
    expect(task(c, '1')).toMatchObject({ status: 'NOT_STARTED', overdue: true, due: '2026-03-31' });
    expect(task(c, '1').issues).toContain('W_OVERDUE');
    expect(detailRow(c, '1')['Quá hạn']).toBe('Quá hạn');
  });

  it.each(['Chưa đến hạn', 'Chưa đến thời hạn', 'Chưa đến kỳ báo cáo'])(
    '%j on the five-yearly task reads the same',
    (words) => {
      const one = consolidate(
        fiveYearlyPlan(),
        [reportInput('so-gd-dt.xlsx', GD_DT, [fiveYearlyRow(words)])],
        ctx,
      );
      expect(task(one, '3')).toMatchObject({ status: 'NOT_STARTED', overdue: false });
      expect(codes(one.findings, 'E_STATUS_INVALID')).toEqual([]);
    },
  );
});

describe('a status the vocabulary does not know', () => {
  const c = consolidate(
    fiveYearlyPlan(),
    [
      reportInput('so-khcn.xlsx', KHCN, [seedReportRow(3, '1', 'Xong rồi', 'Đã cập nhật dữ liệu')]),
      reportInput('so-noi-vu.xlsx', NOI_VU, [
        seedReportRow(3, '1', 'Đã gửi ý kiến góp ý', 'Công văn số 12/SNV ngày 3/5/2026'),
      ]),
    ],
    ctx,
  );

  it('is still an error to fix in the report', () => {
    expect(codes(c.findings, 'E_STATUS_INVALID').map((f) => f.path)).toEqual([
      'so-khcn.xlsx',
      'so-noi-vu.xlsx',
    ]);
  });

  it("is quoted in the detail sheet as the agency wrote it, said not to be a status, not 'no status given'", () => {
    const row = detailRow(c, '4');
    expect(row['Kết quả phối hợp']).toBe(
      'Sở Nội vụ (“Đã gửi ý kiến góp ý” — không phải mức độ hoàn thành trong danh mục): Công văn số 12/SNV ngày 3/5/2026',
    );
    expect(row['Mức độ hoàn thành (cơ quan chủ trì báo cáo)']).toBe(
      '“Xong rồi” — không phải mức độ hoàn thành trong danh mục',
    );
  });

  it('is in the JSON summary as the agency wrote it, beside the status (none)', () => {
    const json = mergeJson(runOf(c), 'tong-hop.xlsx', 'vi');
    const reports = json.tasks.find((t) => t.stt === '4')!.reports;
    expect(reports.map((r) => [r.agency, r.reportedStatus, r.statusText])).toEqual([
      [KHCN, null, 'Xong rồi'],
      [NOI_VU, null, 'Đã gửi ý kiến góp ý'],
    ]);
  });

  it('is quoted the same way without a plan', () => {
    const rows = detailTable(
      runOf(
        concatenate(
          [reportInput('so-noi-vu.xlsx', NOI_VU, [seedReportRow(3, '1', 'Đã gửi ý kiến góp ý', 'x')])],
          ctx,
        ),
      ),
    );
    const at = rows.columns.findIndex((col) => col.header === 'Mức độ hoàn thành (theo báo cáo)');
    expect(rows.rows.map((r) => r[at])).toEqual([
      '“Đã gửi ý kiến góp ý” — không phải mức độ hoàn thành trong danh mục',
    ]);
  });

  it('keeps "no status given" for a row that gives none', () => {
    const none = consolidate(
      fiveYearlyPlan(),
      [reportInput('so-noi-vu.xlsx', NOI_VU, [seedReportRow(3, '1', '', 'Đã cung cấp dữ liệu')])],
      ctx,
    );
    expect(detailRow(none, '4')['Kết quả phối hợp']).toBe(
      'Sở Nội vụ (Có báo cáo, chưa ghi mức độ hoàn thành): Đã cung cấp dữ liệu',
    );
  });
});
