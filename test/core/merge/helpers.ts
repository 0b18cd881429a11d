/**
 * Merge tests go through the real reader and engine: plan and reports are
 * sheets of text, read as any user's workbook would be.
 */
import { createRegistry } from '../../../src/core/agency';
import { checkWorkbook } from '../../../src/core/engine';
import { planFromTables } from '../../../src/core/merge/plan';
import type { MergeInput, Plan } from '../../../src/core/merge/types';
import { readWorkbookTables } from '../../../src/core/table/read-table';
import { COL, seedTable } from '../../fixtures';
import { PLAN_HEADER, REPORT_HEADER, sheet, workbook, type CellInput } from '../rules/helpers';

export const AS_OF = '2026-12-10';
export const registry = createRegistry({ province: 'Bắc Ninh' });
export const ctx = { asOf: AS_OF, registry };

export const KHCN = 'Sở Khoa học và Công nghệ';
export const NOI_VU = 'Sở Nội vụ';
export const CONG_AN = 'Công an tỉnh';

/** The Bắc Ninh appendix (7 tasks), read as a plan. */
export function bacNinhPlan(path = 'ke-hoach.xlsx'): Plan {
  const t = seedTable('bac-ninh');
  const { tables, findings } = readWorkbookTables(workbook(sheet([PLAN_HEADER, ...t.rows])), registry);
  return planFromTables(path, tables, findings);
}

/** A report row repeating Bắc Ninh task `i` (0-based) under a new STT, with a status and an outcome. */
export function seedReportRow(
  i: number,
  stt: string,
  status: string,
  outcome = '',
  task?: string,
): CellInput[] {
  const row = seedTable('bac-ninh').rows[i];
  return [
    stt,
    task ?? row[COL.task],
    row[COL.lead],
    row[COL.partners],
    row[COL.result],
    row[COL.deadline],
    status,
    outcome,
  ];
}

/** An agency's report workbook, read by the engine, as the merge receives it. */
export function reportInput(
  path: string,
  agency: string | null,
  rows: CellInput[][],
  header = REPORT_HEADER,
): MergeInput {
  const { tables, findings } = checkWorkbook(workbook(sheet([header, ...rows], { name: 'Báo cáo' })), {
    asOf: AS_OF,
    planDate: null,
    horizon: null,
    registry,
  });
  return { path, agency: { name: agency, via: agency ? 'file-name' : null }, tables, findings };
}
