/**
 * A deadline typed as a bare number (46022 in a General cell) is read as the
 * day it counts and said once per cell, also when the cell is merged down over
 * several tasks.
 */
import { checkWorkbook } from '../../../src/core/engine';
import { registry, sheetFrom, workbookOf } from './sheet-from';

const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả', 'Thời hạn'];

function bareNumberFindings(rows: (string | number | null)[][], merges: string[] = []) {
  const wb = workbookOf(sheetFrom([HEADER, ...rows], { merges }));
  const ctx = { asOf: '2026-12-10', planDate: null, horizon: null, registry };
  const { tables, findings } = checkWorkbook(wb, ctx);
  return {
    dues: tables[0].tasks.map((t) => t.deadline?.due),
    cells: findings
      .filter((f) => f.messageId === 'finding.W_DEADLINE_AMBIGUOUS.bareNumber')
      .map((f) => f.cell),
  };
}

it('tells a bare number merged over three tasks once, at its cell, each task due that day', () => {
  const { dues, cells } = bareNumberFindings(
    [
      [1, 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Kế hoạch', 46022],
      [2, 'Tổ chức Hội nghị', 'Sở Nội vụ', 'Hội nghị', null],
      [3, 'Tổng kết', 'Sở Nội vụ', 'Báo cáo', null],
    ],
    ['E2:E4'],
  );
  expect(dues).toEqual(['2025-12-31', '2025-12-31', '2025-12-31']);
  expect(cells).toEqual(['E2']);
});

it('tells each bare-number cell of its own', () => {
  const { cells } = bareNumberFindings([
    [1, 'Ban hành Kế hoạch', 'Sở Nội vụ', 'Kế hoạch', 46022],
    [2, 'Tổ chức Hội nghị', 'Sở Nội vụ', 'Hội nghị', 46022],
  ]);
  expect(cells).toEqual(['E2', 'E3']);
});
