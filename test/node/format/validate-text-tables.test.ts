/**
 * How `validate` names each table it read: by its header and data rows, and,
 * when two tables of a sheet stand side by side on the same rows, by their
 * columns too, so the user can tell which is which.
 */
import { checkWorkbook } from '../../../src/core/engine';
import type { Lang } from '../../../src/core/messages';
import { validateText } from '../../../src/node/format/validate-text';
import { context, PLAN_HEADER, planRow, sheet, workbook, type CellInput } from '../../core/rules/helpers';

const LEFT = [
  planRow({ stt: '1', task: 'Ban hành Kế hoạch', deadline: 'Quý I/2026' }),
  planRow({ stt: '2', task: 'Tổ chức Hội nghị', deadline: 'Quý II/2026' }),
];
const RIGHT = [
  planRow({ stt: '1', task: 'Tổng kết', deadline: 'Năm 2030' }),
  planRow({ stt: '2', task: 'Sơ kết', deadline: 'Năm 2028' }),
];

/** The table lines of validate's text for one workbook of these rows. */
function tableLines(rows: CellInput[][], lang: Lang): string[] {
  const { tables, findings } = checkWorkbook(workbook(sheet(rows, { name: 'Phụ lục' })), context());
  return validateText([{ path: 'phu-luc.xlsx', format: 'xlsx', tables, findings }], lang)
    .split('\n')
    .filter((l) => /Bảng|table on sheet/.test(l))
    .map((l) => l.trim());
}

describe('validate text: the tables read', () => {
  const beside = [PLAN_HEADER, ...LEFT].map((l, i) => [...l, null, ...[PLAN_HEADER, ...RIGHT][i]]);

  it('names the columns of two tables side by side on the same rows, in Vietnamese', () => {
    expect(tableLines(beside, 'vi')).toEqual([
      'Bảng phụ lục ở trang "Phụ lục": 2 nhiệm vụ (cột A–F, tiêu đề ở dòng 1, dữ liệu dòng 2–3)',
      'Bảng phụ lục ở trang "Phụ lục": 2 nhiệm vụ (cột H–M, tiêu đề ở dòng 1, dữ liệu dòng 2–3)',
    ]);
  });

  it('names their columns in English', () => {
    expect(tableLines(beside, 'en')).toEqual([
      'Appendix table on sheet "Phụ lục": 2 tasks (columns A–F, header in row 1, data in rows 2–3)',
      'Appendix table on sheet "Phụ lục": 2 tasks (columns H–M, header in row 1, data in rows 2–3)',
    ]);
  });

  it('keeps the usual wording for a table alone in its sheet', () => {
    expect(tableLines([PLAN_HEADER, ...LEFT], 'vi')).toEqual([
      'Bảng phụ lục ở trang "Phụ lục": 2 nhiệm vụ (tiêu đề ở dòng 1, dữ liệu dòng 2–3)',
    ]);
  });

  it('keeps the usual wording for tables one under the other', () => {
    const stacked = [PLAN_HEADER, ...LEFT, [], [], [], PLAN_HEADER, ...RIGHT];
    expect(tableLines(stacked, 'vi')).toEqual([
      'Bảng phụ lục ở trang "Phụ lục": 2 nhiệm vụ (tiêu đề ở dòng 1, dữ liệu dòng 2–3)',
      'Bảng phụ lục ở trang "Phụ lục": 2 nhiệm vụ (tiêu đề ở dòng 7, dữ liệu dòng 8–9)',
    ]);
  });
});
