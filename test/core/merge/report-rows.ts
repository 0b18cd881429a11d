/**
 * A consolidation seen through the report's sheets, as the focal office
 * reads it: a run around it, and the detail sheet's row of a plan task.
 */
import type { Consolidation } from '../../../src/core/merge/types';
import type { InputRecord, MergeRun } from '../../../src/node/merge/types';
import { detailTable } from '../../../src/node/report/detail-sheets';
import type { Value } from '../../../src/node/report/layout';
import { ctx } from './helpers';

export function runOf(c: Consolidation): MergeRun {
  const inputs: InputRecord[] = c.accounts.map((a) => ({
    path: a.path,
    status: 'merged',
    agency: null,
    via: 'file-name',
    sha256: 'ab'.repeat(32),
    format: 'xlsx',
    sheets: ['Báo cáo'],
    rowsRead: a.rowsRead,
    rowsMerged: a.rowsMerged,
    rowsRejected: a.rowsRejected,
    reasonCode: null,
    reason: null,
  }));
  return { asOf: ctx.asOf, province: 'Bắc Ninh', plan: null, inputs, consolidation: c, issues: c.findings };
}

/** The detail sheet's row for a plan task, by the sheet's column headers ("Kết quả phối hợp" …). */
export function detailRow(c: Consolidation, stt: string): Record<string, Value> {
  const table = detailTable(runOf(c));
  const row = table.rows.find((r) => r[0] === stt);
  if (!row) throw new Error(`no row ${stt}`);
  return Object.fromEntries(table.columns.map((col, i) => [col.header, row[i]]));
}
