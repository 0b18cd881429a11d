/**
 * A plan with yearly targets: "Chỉ tiêu" merged over the years 2025 | 2026 in
 * a second header row. The years are sub-headers, not a task row.
 */
import { checkWorkbook } from '../../../src/core/engine';
import { registry, sheetFrom, workbookOf } from './sheet-from';

it('reads years under a merged parent as the second header row', () => {
  const sheet = sheetFrom(
    [
      ['STT', 'Nội dung nhiệm vụ', 'Chỉ tiêu', null, 'Cơ quan chủ trì', 'Kết quả', 'Thời hạn'],
      [null, null, 2025, 2026, null, null, null],
      [1, 'Nâng tỷ lệ hồ sơ trực tuyến', '60%', '80%', 'Sở Nội vụ', 'Báo cáo', 'Năm 2026'],
      [2, 'Số hóa hồ sơ lưu trữ', '50%', '70%', 'Sở Nội vụ', 'Kho dữ liệu', 'Năm 2026'],
    ],
    { merges: ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2', 'F1:F2', 'G1:G2'] },
  );
  const ctx = { asOf: '2026-12-10', planDate: null, horizon: null, registry };
  const { tables, findings } = checkWorkbook(workbookOf(sheet), ctx);
  expect(tables).toHaveLength(1);
  expect(tables[0].tasks.map((t) => [t.stt, t.task, t.lead])).toEqual([
    ['1', 'Nâng tỷ lệ hồ sơ trực tuyến', ['Sở Nội vụ']],
    ['2', 'Số hóa hồ sơ lưu trữ', ['Sở Nội vụ']],
  ]);
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
});

it('still reads a first data row of numbers under a plain header as data', () => {
  const sheet = sheetFrom([
    ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả', 'Thời hạn'],
    [1, 'Nâng tỷ lệ hồ sơ trực tuyến', 'Sở Nội vụ', 'Báo cáo', 2026],
  ]);
  const ctx = { asOf: '2026-12-10', planDate: null, horizon: null, registry };
  const { tables } = checkWorkbook(workbookOf(sheet), ctx);
  expect(tables[0].tasks.map((t) => t.task)).toEqual(['Nâng tỷ lệ hồ sơ trực tuyến']);
});
