/**
 * Decomposed text in the cells no row rule reads (title lines, a column the
 * table does not know) is found as in the task cells, and a task cell is
 * named once: the table reader's clean reading of a cell is not repeated.
 */
import { checkWorkbook } from '../../../src/core/engine';
import { context, PLAN_HEADER, planRow, sheet, workbook } from './helpers';

const NFD_TITLE = 'Phụ lục nhiệm vụ năm 2026'.normalize('NFD');
const NFD_NOTE = 'Đã trình UBND tỉnh'.normalize('NFD');
const NFD_TASK = 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức'.normalize('NFD');

function checked() {
  const rows = [
    [NFD_TITLE],
    [],
    [...PLAN_HEADER, 'Ghi chú nội bộ của đơn vị'],
    [...planRow(), NFD_NOTE],
    [...planRow({ stt: '2', task: NFD_TASK }), 'Không có'],
    [...planRow({ stt: '3', task: 'Tập huấn cán bộ' }), ''],
  ];
  return checkWorkbook(workbook(sheet(rows)), context()).findings.filter((f) => f.code === 'I_TEXT_NOT_NFC');
}

describe('text outside the rules', () => {
  it('names decomposed text in a title line and in a column no rule reads, with its NFC form', () => {
    const found = checked();
    expect(found.find((f) => f.cell === 'A1')?.fix?.after).toBe(NFD_TITLE.normalize('NFC'));
    expect(found.find((f) => f.cell === 'G4')?.fix?.after).toBe(NFD_NOTE.normalize('NFC'));
  });

  it('names a decomposed task cell once, and no clean cell', () => {
    const cells = checked().map((f) => f.cell);
    expect(cells.filter((c) => c === 'B5')).toHaveLength(1);
    expect([...cells].sort()).toEqual(['A1', 'B5', 'G4']);
  });
});
