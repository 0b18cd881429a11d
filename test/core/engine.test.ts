/**
 * The engine over workbooks holding more than one plan: each table's agencies
 * read with the province its own title lines name, the workbook's province
 * serving the tables that name none; and a deadline cell holding a date as a
 * bare number, read as that day and said so.
 */
import { createRegistry } from '../../src/core/agency';
import { checkWorkbook } from '../../src/core/engine';
import { t } from '../../src/core/messages';
import type { Context } from '../../src/core/model/context';
import { columnLetter, type SheetCell } from '../../src/core/model/sheet';
import type { TaskTable } from '../../src/core/model/task';
import { seedTable, type SeedId } from '../fixtures';
import { sheetFrom, workbookOf, type CellInput } from './table/sheet-from';

const context = (province?: string): Context => ({
  asOf: '2026-12-10',
  planDate: null,
  horizon: null,
  registry: createRegistry(province ? { province } : {}),
});

/** A seed appendix under its title lines, the "Kèm theo" line naming `province` (or no province). */
function appendix(id: SeedId, province: string | null, left = 0): { rows: CellInput[][]; merges: string[] } {
  const seed = seedTable(id);
  const titles = seed.titleLines.map((l) =>
    l.startsWith('(Kèm theo')
      ? `(Kèm theo Kế hoạch số 12/KH-UBND ngày 04/3/2026 của UBND tỉnh${province ? ` ${province}` : ''})`
      : l,
  );
  const pad = (cells: CellInput[]): CellInput[] => [...Array<CellInput>(left).fill(null), ...cells];
  const rows = [...titles.map((l) => pad([l])), [], pad(seed.headers), ...seed.rows.map(pad)];
  const merges = titles.map((_, r) => `${columnLetter(left)}${r + 1}:${columnLetter(left + 5)}${r + 1}`);
  return { rows, merges };
}

/** The Ninh Bình task led by "Báo và Đài PTTH" (its task 6), the press body named after the province. */
const pressLead = (table: TaskTable) => table.tasks.find((r) => r.stt === '6')?.lead;
/** Hưng Yên's task 4, led by its press body. */
const hyPress = (table: TaskTable) => table.tasks.find((r) => r.stt === '4')?.lead;

describe('two provinces in one workbook', () => {
  it('reads each sheet with the province its title names', () => {
    const hy = appendix('hung-yen', 'Hưng Yên');
    const nb = appendix('ninh-binh', 'Ninh Bình');
    const wb = workbookOf(
      sheetFrom(hy.rows, { name: 'Hưng Yên', merges: hy.merges }),
      sheetFrom(nb.rows, { name: 'Ninh Bình', merges: nb.merges }),
    );
    const { tables, findings } = checkWorkbook(wb, context());
    expect(hyPress(tables[0])).toEqual(['Báo và Phát thanh, Truyền hình Hưng Yên']);
    expect(pressLead(tables[1])).toEqual(['Báo và Phát thanh, Truyền hình Ninh Bình']);
    // The fix offered for Ninh Bình's "Báo và Đài PTTH" names Ninh Bình's press body, not Hưng Yên's.
    const offered = findings.filter((f) => f.sheet === 'Ninh Bình' && f.fix?.kind === 'agency');
    expect(offered.map((f) => f.fix?.after).filter((a) => a?.includes('Truyền hình'))).toEqual([
      'Báo và Phát thanh, Truyền hình Ninh Bình',
    ]);
    expect(findings.filter((f) => f.sheet === 'Ninh Bình' && /Hưng Yên/.test(JSON.stringify(f)))).toEqual([]);
  });

  it('reads two tables side by side in one sheet each with its own province', () => {
    const hy = appendix('hung-yen', 'Hưng Yên');
    const nb = appendix('ninh-binh', 'Ninh Bình', 7);
    const rows = hy.rows.map((r, i) => [...r, ...(nb.rows[i] ?? []).slice(r.length)]);
    for (let i = hy.rows.length; i < nb.rows.length; i++) rows.push(nb.rows[i]);
    const { tables } = checkWorkbook(
      workbookOf(sheetFrom(rows, { merges: [...hy.merges, ...nb.merges] })),
      context(),
    );
    expect(tables.map((tb) => tb.columns.task)).toEqual(['B', 'I']);
    expect(hyPress(tables[0])).toEqual(['Báo và Phát thanh, Truyền hình Hưng Yên']);
    expect(pressLead(tables[1])).toEqual(['Báo và Phát thanh, Truyền hình Ninh Bình']);
  });

  it("gives a table whose title names no province the workbook's", () => {
    const hy = appendix('hung-yen', 'Hưng Yên');
    const nb = appendix('ninh-binh', null);
    const wb = workbookOf(
      sheetFrom(hy.rows, { name: 'Hưng Yên', merges: hy.merges }),
      sheetFrom(nb.rows, { name: 'Không tên', merges: nb.merges }),
    );
    const { tables } = checkWorkbook(wb, context());
    expect(pressLead(tables[1])).toEqual(['Báo và Phát thanh, Truyền hình Hưng Yên']);
  });

  it('keeps the province the user gave for every table', () => {
    const hy = appendix('hung-yen', 'Hưng Yên');
    const nb = appendix('ninh-binh', 'Ninh Bình');
    const wb = workbookOf(
      sheetFrom(hy.rows, { name: 'Hưng Yên', merges: hy.merges }),
      sheetFrom(nb.rows, { name: 'Ninh Bình', merges: nb.merges }),
    );
    const { tables } = checkWorkbook(wb, context('Hưng Yên'));
    expect(pressLead(tables[1])).toEqual(['Báo và Phát thanh, Truyền hình Hưng Yên']);
  });
});

describe('a deadline cell holding a date as a bare number', () => {
  const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời hạn'];
  const check = (deadline: SheetCell) =>
    checkWorkbook(
      workbookOf(
        sheetFrom([HEADER, ['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Sở Tài chính', 'Kế hoạch', deadline]]),
      ),
      context('Bắc Ninh'),
    );
  const bare = (findings: ReturnType<typeof check>['findings']) =>
    findings.filter((f) => f.messageId === 'finding.W_DEADLINE_AMBIGUOUS.bareNumber');

  it('reads 46022 in a cell without a date format as 31/12/2025 and says the cell shows a number', () => {
    const { tables, findings } = check({ value: 46022 });
    expect(tables[0].tasks[0].deadline).toMatchObject({ kind: 'date', due: '2025-12-31' });
    const [f] = bare(findings);
    expect(f).toMatchObject({
      code: 'W_DEADLINE_AMBIGUOUS',
      severity: 'warning',
      cell: 'F2',
      field: 'deadline',
    });
    expect(t(f.messageId, f.data, 'vi')).toContain('46022');
    expect(t(f.messageId, f.data, 'vi')).toContain('31/12/2025');
    expect(t(f.messageId, f.data, 'en')).toContain('shows as a number');
  });

  it('names the number as the cell shows it when a number format shows it otherwise', () => {
    const [f] = bare(check({ value: 46022, format: '#,##0', text: '46,022' }).findings);
    expect(t(f.messageId, f.data, 'en')).toContain('46,022');
  });

  it('stays silent on a date cell, a year and a date typed as text', () => {
    for (const cell of [{ value: 46022, format: 'dd/mm/yyyy' }, { value: 2028 }, { value: '31/12/2025' }]) {
      expect(bare(check(cell).findings)).toEqual([]);
    }
  });
});
