/**
 * Rule tests go through the real table reader: a sheet built from rows of
 * text, read, then checked — what a user's sheet would go through.
 */
import { createRegistry } from '../../../src/core/agency';
import { checkWorkbook } from '../../../src/core/engine';
import type { Context } from '../../../src/core/model/context';
import type { Finding } from '../../../src/core/model/finding';
import type { SheetCell, SheetModel, WorkbookModel } from '../../../src/core/model/sheet';

export const PLAN_HEADER = [
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Kết quả cần đạt',
  'Thời hạn hoàn thành',
];
export const REPORT_HEADER = [...PLAN_HEADER, 'Mức độ hoàn thành', 'Kết quả thực hiện'];

export type CellInput = string | number | SheetCell | null;

export function sheet(rows: CellInput[][], extra: Partial<SheetModel> = {}): SheetModel {
  const cells = rows.map((r) =>
    r.map((v): SheetCell | undefined =>
      v === null || v === '' ? undefined : typeof v === 'object' ? v : { value: v },
    ),
  );
  return {
    name: 'Phụ lục',
    cells,
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
    colCount: Math.max(...rows.map((r) => r.length)),
    ...extra,
  };
}

export function workbook(...sheets: SheetModel[]): WorkbookModel {
  return { format: 'xlsx', sheets };
}

export function context(over: Partial<Context> = {}): Context {
  return {
    asOf: '2026-12-10',
    planDate: null,
    horizon: null,
    registry: createRegistry({ province: 'Bắc Ninh' }),
    ...over,
  };
}

/** A plan row with sensible defaults, so each test states only what it is about. */
export function planRow(
  over: Partial<Record<'stt' | 'task' | 'lead' | 'partners' | 'result' | 'deadline', CellInput>> = {},
) {
  const d = {
    stt: '1',
    task: 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
    lead: 'Sở Khoa học và Công nghệ',
    partners: 'Sở Nội vụ',
    result: 'Cơ sở dữ liệu được vận hành',
    deadline: 'Quý II/2026',
    ...over,
  };
  return [d.stt, d.task, d.lead, d.partners, d.result, d.deadline];
}

export function check(rows: CellInput[][], over: Partial<Context> = {}, header = PLAN_HEADER) {
  return checkWorkbook(workbook(sheet([header, ...rows])), context(over));
}

export function codes(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}
