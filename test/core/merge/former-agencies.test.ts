/**
 * A plan written before the 2025 reorganisation names departments that are
 * gone (Sở Kế hoạch và Đầu tư): their successor answers for their tasks —
 * it gets the template and its report is the lead's.
 */
import { consolidate } from '../../../src/core/merge/consolidate';
import { planFromTables } from '../../../src/core/merge/plan';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { distributeTasks } from '../../../src/node/template/recipients';
import { COL, seedTable } from '../../fixtures';
import { PLAN_HEADER, sheet, workbook } from '../rules/helpers';
import { ctx, registry, reportInput, seedReportRow } from './helpers';

const OLD = 'Sở Kế hoạch và Đầu tư';
const NOW = 'Sở Tài chính';

/** The Bắc Ninh appendix with task 2 led by the old department instead of Sở Nội vụ. */
function oldPlan() {
  const rows = seedTable('bac-ninh').rows.map((r, i) =>
    i === 1 ? r.map((v, c) => (c === COL.lead ? OLD : v)) : r,
  );
  const { tables, findings } = readWorkbookTables(workbook(sheet([PLAN_HEADER, ...rows])), registry);
  return planFromTables('ke-hoach.xlsx', tables, findings);
}

describe('a department merged away in 2025, named in the plan', () => {
  it('sends its tasks to its successor’s template, and makes none for the old name', () => {
    const { recipients } = distributeTasks(oldPlan().tasks, registry, false);
    expect(recipients.map((r) => r.agency)).not.toContain(OLD);
    const now = recipients.find((r) => r.agency === NOW)!;
    expect(now.tasks.map((t) => t.stt)).toContain('2');
    expect(now.led).toBeGreaterThanOrEqual(1);
  });

  it('counts the successor’s report as the lead’s and expects the successor, never the old name', () => {
    const plan = oldPlan();
    const reported = consolidate(
      plan,
      [
        reportInput('so-tai-chinh.xlsx', NOW, [
          seedReportRow(1, '1', 'Đang thực hiện', 'Đang xây dựng dự thảo'),
        ]),
      ],
      ctx,
    );
    const task2 = reported.tasks.find((t) => t.stt === '2')!;
    expect(task2.reports.map((r) => [r.agency, r.role])).toEqual([[NOW, 'lead']]);
    expect(task2.status).not.toBe('NO_REPORT');
    expect(reported.missingAgencies).not.toContain(OLD);
    const silent = consolidate(plan, [], ctx);
    expect(silent.missingAgencies).toContain(NOW);
    expect(silent.missingAgencies).not.toContain(OLD);
  });
});
