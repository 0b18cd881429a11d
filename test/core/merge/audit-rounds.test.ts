/**
 * What an audit of real rounds found, each built in code and checked where a
 * user sees it (the consolidation, the report's tables, the findings' text):
 * template rows left blank, two different reports from one lead, a
 * shortened task title, a lead report without a status.
 */
import { concatenate } from '../../../src/core/merge/concatenate';
import { consolidate } from '../../../src/core/merge/consolidate';
import { CONTAINMENT_THRESHOLD, TaskIndex } from '../../../src/core/merge/task-index';
import type { Consolidation, MergeFinding } from '../../../src/core/merge/types';
import { findingMessage } from '../../../src/core/messages';
import { sourcesTable, unreportedTable } from '../../../src/node/report/list-sheets';
import { planFromTables } from '../../../src/core/merge/plan';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { seedTable } from '../../fixtures';
import { PLAN_HEADER, REPORT_HEADER, sheet, workbook } from '../rules/helpers';
import { bacNinhPlan, ctx, KHCN, NOI_VU, registry, reportInput, seedReportRow } from './helpers';
import { runOf, detailRow } from './report-rows';

const TAI_CHINH = 'Sở Tài chính';

const task = (c: Consolidation, stt: string) => c.tasks.find((t) => t.stt === stt)!;
const codes = (fs: MergeFinding[], code: string) => fs.filter((f) => f.code === code);

describe('template rows left blank', () => {
  // KHCN's own template: task 1 filled, 4 and 6 left blank. A collective's shared template
  // (every task of "Các sở, ngành") filled by Sở Tài chính on task 4 only.
  const khcn = reportInput('so-khcn.xlsx', KHCN, [
    seedReportRow(0, '1', 'Hoàn thành', 'Đã ban hành Kế hoạch số 45/KH-UBND ngày 20/3/2026'),
    seedReportRow(3, '2', ''),
    seedReportRow(5, '3', ''),
  ]);
  const taiChinh = reportInput('cac-so-nganh.xlsx', TAI_CHINH, [
    seedReportRow(3, '1', 'Đang thực hiện', 'Đã bố trí kinh phí'),
    seedReportRow(4, '2', ''),
    seedReportRow(6, '3', ''),
  ]);
  const c = consolidate(bacNinhPlan(), [khcn, taiChinh], ctx);

  it('are no contribution: nothing is printed for a partner', () => {
    expect(task(c, '5').reports).toEqual([]);
    expect(detailRow(c, '5')['Kết quả phối hợp']).toBeNull();
    expect(detailRow(c, '7')['Kết quả phối hợp']).toBeNull();
    expect(detailRow(c, '4')['Kết quả phối hợp']).toBe(
      'Sở Tài chính (Đang thực hiện trong hạn): Đã bố trí kinh phí',
    );
  });

  it("are no lead report: the task stays NO_REPORT, listed as left blank in the lead's report", () => {
    expect(task(c, '4').status).toBe('NO_REPORT');
    expect(task(c, '6')).toMatchObject({ status: 'NO_REPORT', reports: [] });
    expect(c.unreported.filter((u) => u.agency === KHCN)).toEqual([
      expect.objectContaining({ stt: '4', leftBlank: true, agencyMissing: false }),
      expect.objectContaining({ stt: '6', leftBlank: true, agencyMissing: false }),
    ]);
    const rows = unreportedTable(runOf(c)).rows.filter((r) => r[0] === KHCN);
    expect(rows.map((r) => [r[2], r[4]])).toEqual([
      ['4', 'Báo cáo để trống dòng của nhiệm vụ này'],
      ['6', 'Báo cáo để trống dòng của nhiệm vụ này'],
    ]);
  });

  it('raise no "no status given" error', () => {
    expect(codes(c.findings, 'E_STATUS_EMPTY')).toEqual([]);
  });

  it('are still accounted for: read = merged + rejected, the blank ones counted and said', () => {
    expect(c.accounts).toEqual([
      { path: 'so-khcn.xlsx', rowsRead: 3, rowsMerged: 3, rowsRejected: 0, rowsBlank: 2 },
      { path: 'cac-so-nganh.xlsx', rowsRead: 3, rowsMerged: 3, rowsRejected: 0, rowsBlank: 2 },
    ]);
    expect(c.totals).toMatchObject({ rowsRead: 6, rowsMerged: 6, rowsRejected: 0 });
    const reasons = sourcesTable(runOf(c)).rows.map((r) => r[10]);
    expect(reasons[0]).toBe('2 dòng để trống (không có nội dung báo cáo), được tính vào số dòng tổng hợp');
  });
});

describe('two different reports from the lead on one task', () => {
  const template = reportInput('mau-so-khcn.xlsx', KHCN, [
    seedReportRow(0, '1', 'Chưa thực hiện', 'Chưa ban hành'),
  ]);
  const freeForm = reportInput('bao-cao-khcn.xlsx', KHCN, [
    seedReportRow(0, '1', 'Đang thực hiện', 'Đang trình dự thảo Kế hoạch'),
  ]);
  const conflicts = (c: Consolidation) =>
    c.findings.filter((f) => f.messageId === 'merge.finding.W_STATUS_INCONSISTENT.conflict');

  it('are flagged on the task, naming both files, and the more advanced one counts', () => {
    const c = consolidate(bacNinhPlan(), [template, freeForm], ctx);
    // "Đang thực hiện" past Quý I/2026 is in progress, late: more advanced than not started.
    expect(task(c, '1').status).toBe('IN_PROGRESS_LATE');
    expect(task(c, '1').issues).toContain('W_STATUS_INCONSISTENT');
    const found = conflicts(c);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'W_STATUS_INCONSISTENT',
      severity: 'warning',
      path: 'mau-so-khcn.xlsx',
      row: 2,
    });
    expect(findingMessage(found[0], 'vi')).toBe(
      'Sở Khoa học và Công nghệ gửi hai báo cáo khác nhau về nhiệm vụ 1: “Chưa thực hiện” ' +
        '(tệp mau-so-khcn.xlsx, dòng 2) và “Đang thực hiện quá hạn” (tệp bao-cao-khcn.xlsx, dòng 2); ' +
        'nhiệm vụ được tổng hợp theo mức độ tiến triển hơn: “Đang thực hiện quá hạn”',
    );
    expect(c.agencies.find((a) => a.agency === KHCN)?.byStatus).toMatchObject({ IN_PROGRESS_LATE: 1 });
  });

  it('give the same result whatever the order of the inputs', () => {
    const a = consolidate(bacNinhPlan(), [template, freeForm], ctx);
    const b = consolidate(bacNinhPlan(), [freeForm, template], ctx);
    expect(task(b, '1').status).toBe(task(a, '1').status);
    expect(conflicts(b)).toEqual(conflicts(a));
  });

  it('are no conflict when they agree', () => {
    const again = reportInput('bao-cao-khcn.xlsx', KHCN, [seedReportRow(0, '1', 'Chưa thực hiện', 'x')]);
    expect(conflicts(consolidate(bacNinhPlan(), [template, again], ctx))).toEqual([]);
  });
});

describe('a shortened task title', () => {
  const SHORT = 'Ban hành Kế hoạch Thực hiện Quyết định số 2711/QĐ-TTg';
  const shortRow = () => seedReportRow(0, '1', 'Đã hoàn thành', 'Kế hoạch số 45/KH-UBND', SHORT);

  it('matches the task assigned to the reporting agency that holds all its words', () => {
    const c = consolidate(bacNinhPlan(), [reportInput('so-khcn.xlsx', KHCN, [shortRow()])], ctx);
    expect(c.rejected).toEqual([]);
    expect(task(c, '1').reports).toEqual([
      expect.objectContaining({ agency: KHCN, role: 'lead', outcome: 'Kế hoạch số 45/KH-UBND' }),
    ]);
    expect(codes(c.findings, 'E_TASK_NOT_IN_PLAN')).toEqual([]);
  });

  it('is still rejected from an agency the task is not assigned to', () => {
    const c = consolidate(bacNinhPlan(), [reportInput('so-noi-vu.xlsx', NOI_VU, [shortRow()])], ctx);
    expect(c.rejected.map((r) => r.code)).toEqual(['E_TASK_NOT_IN_PLAN']);
  });

  it('does not make unrelated or too short text match', () => {
    const index = new TaskIndex(bacNinhPlan().tasks);
    const all = new Set([0, 1, 2, 3, 4, 5, 6]);
    expect(
      index.match({ task: 'Tổ chức Hội nghị tổng kết công tác cán bộ năm 2026', assigned: all }).kind,
    ).toBe('none');
    expect(index.match({ task: 'Ban hành Kế hoạch', assigned: all }).kind).toBe('none');
    expect(index.match({ task: SHORT, assigned: new Set([0]) })).toMatchObject({
      kind: 'text',
      task: 0,
      contained: true,
    });
    expect(index.match({ task: SHORT }).kind).toBe('none');
  });

  it.each(['bac-ninh', 'hung-yen', 'ninh-binh'] as const)(
    'never takes one %s task for another, though all are assigned to the agency',
    (id) => {
      const tables = readWorkbookTables(
        workbook(sheet([PLAN_HEADER, ...seedTable(id).rows])),
        registry,
      ).tables;
      const plan = planFromTables(id, tables);
      plan.tasks.forEach((t, i) => {
        const assigned = new Set(plan.tasks.map((_, j) => j));
        expect(new TaskIndex(plan.tasks).match({ task: t.task, assigned })).toMatchObject({ task: i });
        const others = plan.tasks.filter((_, j) => j !== i);
        const m = new TaskIndex(others).match({ task: t.task, assigned: new Set(others.map((_, j) => j)) });
        expect([t.stt, m.kind]).toEqual([t.stt, 'none']);
      });
      expect(CONTAINMENT_THRESHOLD).toBeGreaterThan(0.5);
    },
  );
});

describe('a lead report without a valid status', () => {
  const c = consolidate(
    bacNinhPlan(),
    [
      reportInput('so-khcn.xlsx', KHCN, [
        seedReportRow(0, '1', '', 'Đã trình dự thảo Kế hoạch'),
        seedReportRow(5, '2', 'Xong rồi', 'Đã đặt hàng 3 nhiệm vụ'),
      ]),
    ],
    ctx,
  );

  it('is a report with its status missing, not "no report"', () => {
    expect(task(c, '1').status).toBe('STATUS_MISSING');
    expect(task(c, '6').status).toBe('STATUS_MISSING');
    expect(c.totals.byStatus).toMatchObject({ STATUS_MISSING: 2 });
    const row = detailRow(c, '1');
    expect(row['Mức độ hoàn thành (cơ quan chủ trì báo cáo)']).toBe('Có báo cáo, chưa ghi mức độ hoàn thành');
    expect(row['Kết quả thực hiện của cơ quan chủ trì']).toBe('Đã trình dự thảo Kế hoạch');
    expect(row['Mức độ hoàn thành (tổng hợp)']).toBe('Có báo cáo, chưa ghi mức độ hoàn thành');
    const situations = unreportedTable(runOf(c)).rows.filter((r) => r[2] === '1' || r[2] === '6');
    expect(situations).toEqual([]);
  });

  it('keeps its errors: the status is still to be given', () => {
    expect(codes(c.findings, 'E_STATUS_EMPTY').map((f) => f.row)).toEqual([2]);
    expect(codes(c.findings, 'E_STATUS_INVALID').map((f) => f.row)).toEqual([3]);
  });
});

describe('without a plan', () => {
  it('a row with an outcome and no status is STATUS_MISSING; a blank row is no task, but listed as left blank', () => {
    const c = concatenate(
      [
        reportInput('so-khcn.xlsx', KHCN, [
          seedReportRow(0, '1', '', 'Đã trình dự thảo Kế hoạch'),
          seedReportRow(5, '2', ''),
        ]),
      ],
      ctx,
    );
    expect(c.tasks.map((t) => [t.stt, t.status])).toEqual([['1', 'STATUS_MISSING']]);
    expect(c.unreported.map((u) => [u.agency, u.stt, u.leftBlank])).toEqual([[KHCN, '2', true]]);
    expect(c.accounts[0]).toMatchObject({ rowsRead: 2, rowsMerged: 2, rowsRejected: 0, rowsBlank: 1 });
  });
});

describe('difficulties and proposals', () => {
  it('reach the detail sheet, each with its agency when several wrote', () => {
    const header = [...REPORT_HEADER, 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị'];
    const c = consolidate(
      bacNinhPlan(),
      [
        reportInput(
          'so-khcn.xlsx',
          KHCN,
          [
            [
              ...seedReportRow(3, '1', 'Đang thực hiện', 'Đang cập nhật'),
              'Thiếu kinh phí',
              'Bổ sung kinh phí',
            ],
          ],
          header,
        ),
        reportInput(
          'so-noi-vu.xlsx',
          NOI_VU,
          [
            [
              ...seedReportRow(3, '1', 'Đang thực hiện', 'Đã cung cấp dữ liệu'),
              'Dữ liệu chưa thống nhất',
              null,
            ],
          ],
          header,
        ),
      ],
      ctx,
    );
    const row = detailRow(c, '4');
    expect(row['Khó khăn, vướng mắc']).toBe(`${KHCN}: Thiếu kinh phí\n${NOI_VU}: Dữ liệu chưa thống nhất`);
    expect(row['Đề xuất, kiến nghị']).toBe(`${KHCN}: Bổ sung kinh phí`);
    expect(detailRow(c, '1')['Khó khăn, vướng mắc']).toBeNull();
  });
});

describe('a task reported in parts', () => {
  // Sở KH&CN's own list: task 1 (Bắc Ninh task 1) left without a status, then its parts 1.1 and 1.2; task 6
  // reported itself, then a "-" row that is a task of its own (not in the plan).
  const c = consolidate(
    bacNinhPlan(),
    [
      reportInput('so-khcn.xlsx', KHCN, [
        seedReportRow(0, '1', ''),
        seedReportRow(
          0,
          '1.1',
          'Hoàn thành',
          'Đã xây dựng dự thảo ngày 10/3/2026',
          'Xây dựng dự thảo văn bản',
        ),
        seedReportRow(0, '1.2', 'Đang thực hiện', 'Đang lấy ý kiến các sở', 'Trình UBND tỉnh ban hành'),
        seedReportRow(5, '2', 'Đã thực hiện trong kỳ', 'Đã đặt hàng 3 nhiệm vụ'),
        seedReportRow(5, '-', 'Hoàn thành', 'Nghiệm thu 2 nhiệm vụ', 'Nghiệm thu nhiệm vụ năm trước'),
      ]),
    ],
    ctx,
  );

  it('reads the parts as the task’s report: as far along as the least advanced part, every outcome kept', () => {
    const one = task(c, '1');
    expect(one.reports).toHaveLength(1);
    expect(one.reports[0].reported).toBe('IN_PROGRESS');
    expect(one.reports[0].outcome).toBe('1.1 Đã xây dựng dự thảo ngày 10/3/2026\n1.2 Đang lấy ý kiến các sở');
    expect(one.status).not.toBe('NO_REPORT');
  });

  it('never folds a row under a task that reported itself: it is matched or rejected as any other', () => {
    expect(task(c, '6').reports.map((r) => [r.reported, r.outcome])).toEqual([
      ['DONE_THIS_PERIOD', 'Đã đặt hàng 3 nhiệm vụ'],
    ]);
    expect(c.rejected.map((r) => [r.code, r.task])).toEqual([
      ['E_TASK_NOT_IN_PLAN', 'Nghiệm thu nhiệm vụ năm trước'],
    ]);
    expect(c.accounts[0]).toMatchObject({ rowsRead: 5, rowsMerged: 4, rowsRejected: 1 });
    // Task 4, which KHCN also leads, is the only one it left out.
    expect(codes(c.findings, 'W_TASK_NOT_REPORTED').map((f) => f.data.stt)).toEqual(['4']);
  });

  it('keeps a task done when "a)" rows under it are other tasks, reworded', () => {
    const done = consolidate(
      bacNinhPlan(),
      [
        reportInput('so-khcn.xlsx', KHCN, [
          seedReportRow(0, '1', 'Hoàn thành', 'Đã ban hành Kế hoạch ngày 10/3/2026'),
          seedReportRow(3, 'a)', 'Chưa thực hiện', '', 'Vận hành cơ sở dữ liệu chuyên gia'),
        ]),
      ],
      ctx,
    );
    expect(task(done, '1').reports.map((r) => r.reported)).toEqual(['DONE_ON_TIME']);
  });
});

describe('a file with no task row', () => {
  it('leaves its agency among those that have not reported', () => {
    const c = consolidate(bacNinhPlan(), [reportInput('so-noi-vu.xlsx', NOI_VU, [])], ctx);
    expect(c.accounts[0]).toMatchObject({ rowsRead: 0 });
    expect(c.missingAgencies).toContain(NOI_VU);
    const sent = consolidate(
      bacNinhPlan(),
      [reportInput('so-noi-vu.xlsx', NOI_VU, [seedReportRow(1, '1', 'Hoàn thành')])],
      ctx,
    );
    expect(sent.missingAgencies).not.toContain(NOI_VU);
  });
});
