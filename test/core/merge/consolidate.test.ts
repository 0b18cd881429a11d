import { consolidate } from '../../../src/core/merge/consolidate';
import type { Consolidation, MergeFinding } from '../../../src/core/merge/types';
import { planFromTables } from '../../../src/core/merge/plan';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { PLAN_HEADER, sheet, workbook } from '../rules/helpers';
import { bacNinhPlan, CONG_AN, ctx, KHCN, NOI_VU, registry, reportInput, seedReportRow } from './helpers';

/**
 * A Bắc Ninh round at 10/12/2026. Tasks: 1 KHCN Quý I/2026 · 2 Nội vụ Tháng 7/2026 ·
 * 3 GD&ĐT Đến năm 2030 · 4 KHCN Thường xuyên (partners Bộ KH&CN, Nội vụ, VHTTDL, VP UBND,
 * LHH, Hội VHNT, collective) · 5 Công an Thường xuyên · 6 KHCN Thường xuyên · 7 Báo Thường xuyên.
 */
function round(): Consolidation {
  const khcn = reportInput('so-khcn.xlsx', KHCN, [
    // Renumbered: the agency lists only its own tasks, 1 and 2.
    seedReportRow(0, '1', 'Đã hoàn thành', 'Đã ban hành Kế hoạch số 45/KH-UBND ngày 15/4/2026'),
    seedReportRow(
      3,
      '2',
      'Đang thực hiện',
      'Đang cập nhật dữ liệu',
      'Đầu mối xây dựng, vận hành, khai thác và cập nhật cơ sở dữ liệu Hệ thống dữ liệu đội ngũ trí thức Việt Nam',
    ),
  ]);
  const noiVu = reportInput('so-noi-vu.xlsx', NOI_VU, [
    seedReportRow(1, '1', 'Đang thực hiện', 'Đã trình dự thảo Nghị quyết'),
    seedReportRow(3, '2', 'Đang thực hiện', 'Đã cung cấp dữ liệu cán bộ, công chức'),
    [
      '3',
      'Tổ chức Hội nghị tổng kết công tác cán bộ năm 2026',
      NOI_VU,
      '',
      'Hội nghị',
      'Tháng 12/2026',
      'Đã hoàn thành',
      'Đã tổ chức',
    ],
  ]);
  const congAn = reportInput('cong-an.xlsx', CONG_AN, [
    seedReportRow(4, '1', 'Hoàn thành', 'Đã đề xuất sửa đổi'),
  ]);
  return consolidate(bacNinhPlan(), [khcn, noiVu, congAn], ctx);
}

const codes = (fs: MergeFinding[], code: string) => fs.filter((f) => f.code === code);

describe('consolidate against a plan', () => {
  const c = round();
  const task = (stt: string) => c.tasks.find((t) => t.stt === stt)!;

  it('keeps one row per plan task, in plan order', () => {
    expect(c.tasks.map((t) => t.stt)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('corrects a lead status against the due date and the as-of date', () => {
    // Done, but the outcome shows 15/04/2026, after Quý I/2026.
    expect(task('1')).toMatchObject({ status: 'DONE_LATE', due: '2026-03-31', overdue: false });
    expect(task('1').reports[0]).toMatchObject({
      reported: 'DONE_ON_TIME',
      status: 'DONE_LATE',
      match: 'text',
    });
    // In progress past 31/07/2026.
    expect(task('2')).toMatchObject({ status: 'IN_PROGRESS_LATE', due: '2026-07-31', overdue: true });
    // Continuous tasks have no due date and are never overdue.
    expect(task('5')).toMatchObject({ status: 'DONE_ON_TIME', due: null, overdue: false });
  });

  it('gives NO_REPORT when no lead reported, overdue only past the due date', () => {
    expect(task('3')).toMatchObject({ status: 'NO_REPORT', due: '2030-12-31', overdue: false, reports: [] });
    expect(task('6')).toMatchObject({ status: 'NO_REPORT', overdue: false });
  });

  it("lists a partner's contribution beside the lead's, lead first", () => {
    expect(task('4').status).toBe('IN_PROGRESS');
    expect(task('4').reports.map((r) => [r.agency, r.role, r.status, r.outcome])).toEqual([
      [KHCN, 'lead', 'IN_PROGRESS', 'Đang cập nhật dữ liệu'],
      [NOI_VU, 'partner', 'IN_PROGRESS', 'Đã cung cấp dữ liệu cán bộ, công chức'],
    ]);
  });

  it('points each report at its source row', () => {
    expect(task('2').reports[0].source).toEqual({ path: 'so-noi-vu.xlsx', sheet: 'Báo cáo', row: 2 });
  });

  it('rejects a row matching no plan task, and accounts for every row', () => {
    expect(c.rejected).toEqual([
      expect.objectContaining({
        path: 'so-noi-vu.xlsx',
        sheet: 'Báo cáo',
        row: 4,
        code: 'E_TASK_NOT_IN_PLAN',
      }),
    ]);
    expect(codes(c.findings, 'E_TASK_NOT_IN_PLAN')).toEqual([
      expect.objectContaining({ path: 'so-noi-vu.xlsx', cell: 'B4' }),
    ]);
    expect(c.accounts).toEqual([
      { path: 'so-khcn.xlsx', rowsRead: 2, rowsMerged: 2, rowsRejected: 0 },
      { path: 'so-noi-vu.xlsx', rowsRead: 3, rowsMerged: 2, rowsRejected: 1 },
      { path: 'cong-an.xlsx', rowsRead: 1, rowsMerged: 1, rowsRejected: 0 },
    ]);
    expect(c.totals).toMatchObject({ rowsRead: 6, rowsMerged: 5, rowsRejected: 1 });
  });

  it('names the missing agencies: provincial, named in the plan, no file; in Vietnamese order', () => {
    expect(c.missingAgencies).toEqual([
      'Báo và Phát thanh, Truyền hình Bắc Ninh',
      'Hội Văn học nghệ thuật tỉnh',
      'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
      'Sở Giáo dục và Đào tạo',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Văn phòng UBND tỉnh',
    ]);
    expect(c.totals).toMatchObject({ agenciesExpected: 9, agenciesReported: 3, agenciesMissing: 6 });
  });

  it('raises the merge findings: overdue, inconsistent status, task not reported', () => {
    expect(codes(c.findings, 'W_OVERDUE')).toEqual([
      expect.objectContaining({
        path: 'ke-hoach.xlsx',
        row: 3,
        cell: 'F3',
        data: { due: '31/07/2026', asOf: '10/12/2026' },
      }),
    ]);
    expect(codes(c.findings, 'W_STATUS_INCONSISTENT').map((f) => [f.path, f.cell, f.data.expected])).toEqual([
      ['so-khcn.xlsx', 'G2', { ref: 'merge.status.DONE_LATE' }],
      ['so-noi-vu.xlsx', 'G2', { ref: 'merge.status.IN_PROGRESS_LATE' }],
    ]);
    // KHCN leads task 6 and did not mention it; agencies that sent nothing are listed, not flagged per task.
    expect(codes(c.findings, 'W_TASK_NOT_REPORTED')).toEqual([
      expect.objectContaining({
        path: 'so-khcn.xlsx',
        data: { stt: '6', task: expect.stringContaining('khoa học, công nghệ') },
      }),
    ]);
    expect(c.unreported.filter((u) => !u.agencyMissing).map((u) => [u.agency, u.stt, u.role])).toEqual([
      [KHCN, '6', 'lead'],
    ]);
    expect(c.unreported.filter((u) => u.agencyMissing).map((u) => u.stt)).toEqual([
      '7',
      '4',
      '4',
      '3',
      '4',
      '4',
    ]);
  });

  it("does not repeat the engine's per-file overdue and status findings (the plan judges them)", () => {
    expect(codes(c.findings, 'W_OVERDUE').every((f) => f.path === 'ke-hoach.xlsx')).toBe(true);
  });

  it('counts statuses over tasks and per agency', () => {
    expect(c.totals.byStatus).toEqual({
      DONE_LATE: 1,
      IN_PROGRESS_LATE: 1,
      IN_PROGRESS: 1,
      DONE_ON_TIME: 1,
      NO_REPORT: 3,
    });
    expect(c.totals.overdue).toBe(1);
    const khcn = c.agencies.find((a) => a.agency === KHCN)!;
    expect(khcn).toMatchObject({
      led: 3,
      supported: 0,
      expected: true,
      files: ['so-khcn.xlsx'],
      done: 1,
      unreported: 1,
    });
    expect(khcn.byStatus).toEqual({ DONE_LATE: 1, IN_PROGRESS: 1, NO_REPORT: 1 });
    const noiVu = c.agencies.find((a) => a.agency === NOI_VU)!;
    expect(noiVu).toMatchObject({ led: 1, supported: 1, overdue: 1, byStatus: { IN_PROGRESS_LATE: 1 } });
  });
});

describe('rows a plan cannot take', () => {
  it('rejects every row of a file whose reporting agency is unknown, and says so once', () => {
    const c = consolidate(
      bacNinhPlan(),
      [reportInput('bao-cao.xlsx', null, [seedReportRow(1, '1', 'Đang thực hiện')])],
      ctx,
    );
    expect(c.rejected.map((r) => r.code)).toEqual(['E_REPORTER_UNKNOWN']);
    expect(codes(c.findings, 'E_REPORTER_UNKNOWN')).toHaveLength(1);
    expect(c.accounts[0]).toEqual({ path: 'bao-cao.xlsx', rowsRead: 1, rowsMerged: 0, rowsRejected: 1 });
    expect(c.tasks[1].status).toBe('NO_REPORT');
  });

  it('matches a template row by its hidden id even when the text was edited', () => {
    const plan = bacNinhPlan();
    const header = [
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời hạn hoàn thành',
      'Mức độ hoàn thành',
      'Mã nhiệm vụ',
    ];
    const input = reportInput(
      'mau-so-noi-vu.xlsx',
      NOI_VU,
      [['1', 'Chính sách thu hút nhân lực', NOI_VU, 'Tháng 7/2026', 'Hoàn thành', plan.tasks[1].id]],
      header,
    );
    const c = consolidate(plan, [input], ctx);
    expect(c.tasks[1].reports).toEqual([
      expect.objectContaining({ match: 'id', agency: NOI_VU, status: 'DONE_ON_TIME' }),
    ]);
  });

  it("takes a commune's shortened title for the task its collective is named on ('địa phương'), as a partner's report", () => {
    // Task 7 (Báo và PT-TH) lists "Các, sở, ngành, địa phương có liên quan" among its partners; no commune is named.
    const commune = 'UBND xã Phật Tích';
    const short = 'Xây dựng các chương trình tuyên truyền về đội ngũ trí thức';
    const c = consolidate(
      bacNinhPlan(),
      [
        reportInput('UBND xã Phật Tích.xlsx', commune, [
          seedReportRow(6, '1', 'Hoàn thành', 'Loa truyền thanh xã', short),
        ]),
      ],
      ctx,
    );
    expect(c.rejected).toEqual([]);
    expect(c.tasks[6].reports).toEqual([
      expect.objectContaining({ agency: commune, role: 'partner', match: 'text' }),
    ]);
  });

  it("tells a task left out at the agency's file for this plan, not at last year's template it sent along", () => {
    // Sở Nội vụ leads task 2 and supports task 4; its current report has task 2 only.
    const lastYear = {
      ...reportInput('so-noi-vu-2025.xlsx', NOI_VU, [
        [
          '1',
          'Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2025',
          NOI_VU,
          '',
          '',
          'Năm 2025',
          'Hoàn thành',
          'x',
        ],
      ]),
      template: {
        agency: NOI_VU,
        planFingerprint: 'khac-ke-hoach',
        templateVersion: '1',
        province: 'Bắc Ninh',
      },
    };
    const now = reportInput('so-noi-vu.xlsx', NOI_VU, [
      seedReportRow(1, '1', 'Đang thực hiện', 'Đang trình'),
    ]);
    const c = consolidate(bacNinhPlan(), [lastYear, now], ctx);
    expect(codes(c.findings, 'W_TASK_NOT_REPORTED').map((f) => [f.path, f.data.stt])).toEqual([
      ['so-noi-vu.xlsx', '4'],
    ]);
  });

  it('takes the slowest lead when several agencies lead one task', () => {
    const plan = bacNinhPlan();
    plan.tasks[2].lead = ['Sở Giáo dục và Đào tạo', KHCN];
    const c = consolidate(
      plan,
      [
        reportInput('so-gddt.xlsx', 'Sở Giáo dục và Đào tạo', [seedReportRow(2, '1', 'Hoàn thành')]),
        reportInput('so-khcn.xlsx', KHCN, [seedReportRow(2, '1', 'Chưa thực hiện')]),
      ],
      ctx,
    );
    expect(c.tasks[2].status).toBe('NOT_STARTED');
    expect(c.tasks[2].reports.map((r) => r.role)).toEqual(['lead', 'lead']);
  });
});

describe("a report's own findings, merged against a plan", () => {
  it("keeps the report's problems and leaves the plan's columns to the plan", () => {
    // A free-form report without partners or deadline columns, one row with no task text.
    const header = [
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Kết quả cần đạt',
      'Mức độ hoàn thành',
      'Kết quả thực hiện',
    ];
    const task = seedReportRow(1, '1', '')[1];
    const input = reportInput(
      'so-noi-vu.xlsx',
      NOI_VU,
      [
        ['1', task, 'Các sở, ban, ngành', '', 'Tốt', 'x'],
        ['2', '', NOI_VU, 'Nghị quyết', 'Hoàn thành', 'y'],
      ],
      header,
    );
    expect(input.findings.some((f) => f.code === 'E_COLUMN_MISSING')).toBe(true);
    const c = consolidate(bacNinhPlan(), [input], ctx);
    const fromReport = c.findings.filter((f) => f.path === 'so-noi-vu.xlsx').map((f) => [f.code, f.cell]);
    expect(fromReport).toEqual([
      ['E_STATUS_INVALID', 'E2'],
      ['E_TASK_EMPTY', 'B3'],
      // Nội vụ is a partner of task 4 and says nothing of it.
      ['W_TASK_NOT_REPORTED', null],
    ]);
    expect(c.rejected.map((r) => [r.code, r.row])).toEqual([['E_TASK_EMPTY', 3]]);
  });
});

describe('tasks per agency', () => {
  it('counts a task once, as led, when its lead is listed among its partners too', () => {
    const rows = [
      PLAN_HEADER,
      ['1', 'Rà soát đội ngũ trí thức', NOI_VU, 'Sở Ngoại vụ; Sở Nội vụ', 'Báo cáo', 'Quý IV/2026'],
      ['2', 'Tổ chức hội nghị', 'Sở Ngoại vụ', NOI_VU, 'Hội nghị', 'Quý IV/2026'],
    ];
    const { tables, findings } = readWorkbookTables(workbook(sheet(rows)), registry);
    const c = consolidate(planFromTables('ke-hoach.xlsx', tables, findings), [], ctx);
    expect(c.agencies.find((a) => a.agency === NOI_VU)).toMatchObject({ led: 1, supported: 1 });
    expect(c.agencies.find((a) => a.agency === 'Sở Ngoại vụ')).toMatchObject({ led: 1, supported: 1 });
  });
});

describe('a plan whose one "Cơ quan thực hiện" column names both roles', () => {
  const header = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan thực hiện', 'Kết quả cần đạt', 'Thời hạn hoàn thành'];
  const rows = [
    [
      '1',
      'Xây dựng cơ sở dữ liệu trí thức',
      `${NOI_VU} chủ trì, phối hợp với ${KHCN}`,
      'Cơ sở dữ liệu',
      'Quý II/2026',
    ],
    [
      '2',
      'Tổ chức Hội nghị tôn vinh trí thức',
      `Chủ trì: ${KHCN}; Phối hợp: ${CONG_AN}`,
      'Hội nghị',
      'Quý IV/2026',
    ],
  ];
  const { tables, findings } = readWorkbookTables(workbook(sheet([header, ...rows])), registry);
  const plan = planFromTables('ke-hoach.xlsx', tables, findings);
  // Sở KH&CN reports on both tasks: the one it supports and the one it leads. Sở Nội vụ sends nothing.
  const khcn = reportInput('so-khcn.xlsx', KHCN, [
    ['1', rows[0][1], rows[0][2], '', rows[0][3], rows[0][4], 'Đang thực hiện', 'Đã cung cấp dữ liệu'],
    ['2', rows[1][1], rows[1][2], '', rows[1][3], rows[1][4], 'Đã hoàn thành', 'Đã tổ chức Hội nghị'],
  ]);
  const c = consolidate(plan, [khcn], ctx);

  it('takes the lead and partners from the cell', () => {
    expect(plan.tasks.map((t) => [t.lead, t.partners])).toEqual([
      [[NOI_VU], [KHCN]],
      [[KHCN], [CONG_AN]],
    ]);
  });

  it("counts the supporting agency's report as a partner's, the lead's silence as no report", () => {
    expect(c.tasks[0]).toMatchObject({ status: 'NO_REPORT' });
    expect(c.tasks[0].reports.map((r) => [r.agency, r.role])).toEqual([[KHCN, 'partner']]);
    expect(c.tasks[1].reports.map((r) => [r.agency, r.role])).toEqual([[KHCN, 'lead']]);
    expect(c.missingAgencies).toContain(NOI_VU);
  });
});

describe('a task due every N years', () => {
  const rows = [PLAN_HEADER, ['1', 'Tổng kết thực hiện kế hoạch', NOI_VU, KHCN, 'Báo cáo', '2 năm/lần']];

  it("is due at the end of the current period counted from the plan's year", () => {
    const { tables, findings } = readWorkbookTables(workbook(sheet(rows)), registry);
    // A plan dated in 2021: periods 2021–2022, 2023–2024, 2025–2026; on 10/12/2026 the third runs to 31/12/2026.
    const plan = { ...planFromTables('ke-hoach.xlsx', tables, findings), startYear: 2021 };
    expect(consolidate(plan, [], ctx).tasks[0]).toMatchObject({ due: '2026-12-31', overdue: false });
    // From 2020: 2020–2021, 2022–2023, 2024–2025, 2026–2027.
    expect(consolidate({ ...plan, startYear: 2020 }, [], ctx).tasks[0]).toMatchObject({ due: '2027-12-31' });
  });

  it('has no due date when the plan gives no year', () => {
    const { tables, findings } = readWorkbookTables(workbook(sheet(rows)), registry);
    expect(consolidate(planFromTables('ke-hoach.xlsx', tables, findings), [], ctx).tasks[0].due).toBeNull();
  });
});
