/**
 * A finding on a hidden row, column or sheet says so: Excel selects such a cell without showing it, and the
 * user looking for it needs to know to unhide it. Both faces render findings through findingMessage.
 */
import { checkWorkbook } from '../../src/core/engine';
import { findingMessage } from '../../src/core/messages';
import { codes, context, PLAN_HEADER, planRow, sheet, workbook } from './rules/helpers';

const rows = [
  PLAN_HEADER,
  planRow({ stt: 1 }),
  planRow({ stt: 2, task: 'Tổ chức hội thảo khoa học cấp tỉnh', lead: '' }),
  planRow({ stt: 3, task: 'Ban hành quy chế phối hợp', result: '' }),
  planRow({ stt: 4, task: 'Tuyên truyền về vai trò của trí thức', partners: 'Sở Khoa học và Cong nghệ' }),
];

describe('findings on hidden rows, columns and sheets', () => {
  it('says "(dòng đang ẩn)" on a hidden task row, and nothing on a visible one', () => {
    // Row 3 (0-based 2) is hidden.
    const { findings } = checkWorkbook(workbook(sheet(rows, { hiddenRows: [2] })), context());
    const lead = codes(findings, 'E_LEAD_EMPTY')[0];
    expect(lead.cell).toBe('C3');
    expect(lead.hidden).toEqual(['row']);
    expect(findingMessage(lead)).toBe('Nhiệm vụ chưa có cơ quan chủ trì (dòng đang ẩn)');
    expect(findingMessage(lead, 'en')).toBe('The task has no lead agency (row hidden)');
    const result = codes(findings, 'W_RESULT_EMPTY')[0];
    expect(result.cell).toBe('E4');
    expect(result.hidden).toBeUndefined();
    expect(findingMessage(result)).toBe('Nhiệm vụ chưa có kết quả, sản phẩm cần đạt');
  });

  it('says "(cột đang ẩn)" on a finding in a hidden column, and both when row and column hide it', () => {
    // Column D (partners, 0-based 3) and row 5 (0-based 4) are hidden.
    const { findings } = checkWorkbook(workbook(sheet(rows, { hiddenCols: [3] })), context());
    const spelling = codes(findings, 'W_AGENCY_SPELLING')[0];
    expect(spelling.cell).toBe('D5');
    expect(findingMessage(spelling)).toBe(
      'Tên cơ quan có thể viết sai: “Sở Khoa học và Cong nghệ” (cột đang ẩn)',
    );
    expect(codes(findings, 'E_LEAD_EMPTY')[0].hidden).toBeUndefined();

    const both = checkWorkbook(workbook(sheet(rows, { hiddenCols: [3], hiddenRows: [4] })), context());
    const f = codes(both.findings, 'W_AGENCY_SPELLING')[0];
    expect(findingMessage(f)).toMatch(/ \(dòng và cột đang ẩn\)$/);
    expect(findingMessage(f, 'en')).toMatch(/ \(row and column hidden\)$/);
  });

  it('says "(trang tính đang ẩn)" on every finding of a hidden sheet', () => {
    const { tables, findings } = checkWorkbook(
      workbook(sheet(rows, { hidden: true, hiddenRows: [2] })),
      context(),
    );
    expect(tables).toHaveLength(1);
    const lead = codes(findings, 'E_LEAD_EMPTY')[0];
    expect(findingMessage(lead)).toBe('Nhiệm vụ chưa có cơ quan chủ trì (trang tính đang ẩn; dòng đang ẩn)');
    expect(findingMessage(lead, 'en')).toBe('The task has no lead agency (sheet hidden; row hidden)');
    const result = codes(findings, 'W_RESULT_EMPTY')[0];
    expect(findingMessage(result)).toBe('Nhiệm vụ chưa có kết quả, sản phẩm cần đạt (trang tính đang ẩn)');
  });

  it('marks a finding on a missing column of a hidden sheet, which has no cell', () => {
    const noDeadline = [PLAN_HEADER.slice(0, 5), ...rows.slice(1).map((r) => r.slice(0, 5))];
    const { findings } = checkWorkbook(workbook(sheet(noDeadline, { hidden: true })), context());
    const missing = codes(findings, 'E_COLUMN_MISSING')[0];
    expect(missing.hidden).toEqual(['sheet']);
    expect(findingMessage(missing)).toMatch(/ \(trang tính đang ẩn\)$/);
  });
});
