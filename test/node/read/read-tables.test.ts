/**
 * Real .xlsx files, written by exceljs and read back by the full reader
 * (validate) and the lean one (merge), through the engine: two appendices
 * side by side in one sheet, and a deadline typed as a bare date number.
 */
import type ExcelJS from 'exceljs';
import { createRegistry } from '../../../src/core/agency';
import { checkWorkbook } from '../../../src/core/engine';
import type { Context } from '../../../src/core/model/context';
import type { WorkbookModel } from '../../../src/core/model/sheet';
import { readWorkbookBufferLean } from '../../../src/node/fast/lean-read';
import { readWorkbookBuffer } from '../../../src/node/read';
import { seedTable, type SeedId } from '../../fixtures';
import { exceljsBuffer } from './fixtures';

const context = (): Context => ({
  asOf: '2026-12-10',
  planDate: null,
  horizon: null,
  registry: createRegistry(),
});

/** A seed appendix written from column `left` (0-based), its header at row `headerRow` (1-based). */
function writeAppendix(ws: ExcelJS.Worksheet, id: SeedId, left: number, headerRow: number): void {
  const seed = seedTable(id);
  seed.titleLines.slice(-2).forEach((line, i) => {
    const r = headerRow - 3 + i;
    ws.getCell(r, left + 1).value = line;
    ws.mergeCells(r, left + 1, r, left + 6);
  });
  [seed.headers, ...seed.rows].forEach((cells, i) =>
    cells.forEach((v, c) => (ws.getCell(headerRow + i, left + c + 1).value = v)),
  );
}

const READERS = [
  ['the full reader (validate)', readWorkbookBuffer],
  ['the lean reader (merge)', readWorkbookBufferLean],
] as const;

async function readBack(
  read: (typeof READERS)[number][1],
  build: (wb: ExcelJS.Workbook) => void,
): Promise<WorkbookModel> {
  const outcome = await read(await exceljsBuffer(build), 'phu-luc.xlsx');
  if (!outcome.ok) throw new Error(`unreadable: ${outcome.reason}`);
  return outcome.workbook;
}

describe.each(READERS)('an .xlsx read by %s', (_, read) => {
  it('gives every task of two appendices side by side, each at its own cells', async () => {
    const wb = await readBack(read, (book) => {
      const ws = book.addWorksheet('Phụ lục');
      writeAppendix(ws, 'hung-yen', 0, 5);
      writeAppendix(ws, 'bac-ninh', 7, 8);
    });
    const { tables } = checkWorkbook(wb, context());
    expect(tables.map((t) => [t.columns.task, t.columns.deadline, t.headerRow, t.tasks.length])).toEqual([
      ['B', 'F', 5, 11],
      ['I', 'M', 8, 7],
    ]);
    expect(tables[1].tasks.map((r) => r.row)).toEqual([9, 10, 11, 12, 13, 14, 15]);
    expect(tables[1].tasks.map((r) => r.deadline?.text)).toEqual(seedTable('bac-ninh').rows.map((r) => r[5]));
  });

  it('says a deadline typed as 46022 in a General cell is read as 31/12/2025, and a date cell is not', async () => {
    const wb = await readBack(read, (book) => {
      const ws = book.addWorksheet('Phụ lục');
      ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời hạn']);
      ws.addRow(['1', 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Sở Tài chính', 'Kế hoạch', 46022]);
      ws.addRow(['2', 'Tổ chức Hội nghị', 'Sở Nội vụ', 'Sở Tài chính', 'Hội nghị', 46022]);
      ws.getCell('F3').numFmt = 'dd/mm/yyyy';
    });
    const { tables, findings } = checkWorkbook(wb, context());
    expect(tables[0].tasks.map((r) => r.deadline?.due)).toEqual(['2025-12-31', '2025-12-31']);
    expect(
      findings
        .filter((f) => f.messageId === 'finding.W_DEADLINE_AMBIGUOUS.bareNumber')
        .map((f) => [f.cell, f.data.number, f.data.date]),
    ).toEqual([['F2', '46022', '31/12/2025']]);
  });
});
