/**
 * Whatever the agencies send, every row read is either merged (it appears in
 * exactly one task's reports, or it was left blank and is counted in
 * rowsBlank) or rejected (it appears once in the rejected list), per file
 * and in total.
 */
import fc from 'fast-check';
import { concatenate } from '../../../src/core/merge/concatenate';
import { consolidate } from '../../../src/core/merge/consolidate';
import type { Consolidation } from '../../../src/core/merge/types';
import { seedTable } from '../../fixtures';
import { bacNinhPlan, ctx, reportInput, seedReportRow } from './helpers';

const AGENCIES = ['Sở Khoa học và Công nghệ', 'Sở Nội vụ', 'Công an tỉnh', null];
const STATUSES = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Quá hạn', 'không rõ', ''];
const FOREIGN = ['Tổ chức Hội nghị tổng kết năm', 'Kiểm tra công tác văn thư lưu trữ', ''];

const row = fc.oneof(
  fc.record({ plan: fc.integer({ min: 0, max: 6 }), status: fc.constantFrom(...STATUSES) }),
  fc.record({ foreign: fc.constantFrom(...FOREIGN), status: fc.constantFrom(...STATUSES) }),
);
const file = fc.record({ agency: fc.constantFrom(...AGENCIES), rows: fc.array(row, { maxLength: 6 }) });

function inputs(
  files: {
    agency: string | null;
    rows: ({ plan: number; status: string } | { foreign: string; status: string })[];
  }[],
) {
  const lead = seedTable('bac-ninh').rows[0][2];
  return files.map((f, k) =>
    reportInput(
      `bao-cao-${k}.xlsx`,
      f.agency,
      f.rows.map((r, i) =>
        'plan' in r
          ? seedReportRow(r.plan, String(i + 1), r.status)
          : [String(i + 1), r.foreign, lead, '', 'Kết quả', 'Năm 2026', r.status, ''],
      ),
    ),
  );
}

function accounted(c: Consolidation): void {
  const merged = new Map<string, number>();
  for (const t of c.tasks)
    for (const r of t.reports) merged.set(r.source.path, (merged.get(r.source.path) ?? 0) + 1);
  const rejected = new Map<string, number>();
  for (const r of c.rejected) rejected.set(r.path, (rejected.get(r.path) ?? 0) + 1);
  for (const a of c.accounts) {
    expect(a.rowsRead).toBe(a.rowsMerged + a.rowsRejected);
    expect((merged.get(a.path) ?? 0) + (a.rowsBlank ?? 0)).toBe(a.rowsMerged);
    expect(rejected.get(a.path) ?? 0).toBe(a.rowsRejected);
  }
  const sum = (k: 'rowsRead' | 'rowsMerged' | 'rowsRejected') => c.accounts.reduce((n, a) => n + a[k], 0);
  expect(c.totals).toMatchObject({
    rowsRead: sum('rowsRead'),
    rowsMerged: sum('rowsMerged'),
    rowsRejected: sum('rowsRejected'),
  });
}

describe('row accounting', () => {
  it('holds against a plan', () => {
    const plan = bacNinhPlan();
    fc.assert(
      fc.property(fc.array(file, { maxLength: 4 }), (files) => {
        const ins = inputs(files);
        const c = consolidate(plan, ins, ctx);
        accounted(c);
        // Every row a table holds is read.
        expect(c.totals.rowsRead).toBe(
          ins.reduce((n, i) => n + i.tables.reduce((m, t) => m + t.tasks.length, 0), 0),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('holds without a plan', () => {
    fc.assert(
      fc.property(fc.array(file, { maxLength: 4 }), (files) => accounted(concatenate(inputs(files), ctx))),
      { numRuns: 60 },
    );
  });
});
