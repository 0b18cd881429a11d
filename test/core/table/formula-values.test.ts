/**
 * Formulas a program wrote without their results (`<c><f>A2+1</f></c>`, no `<v>`): the simple forms are
 * computed before the table is read, the others are told as such instead of as empty cells.
 */
import { checkWorkbook } from '../../../src/core/engine';
import { findingMessage } from '../../../src/core/messages';
import type { SheetCell } from '../../../src/core/model/sheet';
import { sheetWithFormulaValues } from '../../../src/core/table/formula-values';
import { check, codes, context, PLAN_HEADER, planRow, sheet, workbook } from '../rules/helpers';

/** A formula cell as the readers give it when the file stores no result. */
const f = (formula: string): SheetCell => ({ value: null, formula });

describe('formulas without a stored result', () => {
  it('numbers the rows written as =A2+1, =ROW()-n and =ROW(A5)-n like Excel shows them', () => {
    const { tables, findings } = check([
      planRow({ stt: 1, task: 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức' }),
      planRow({ stt: f('A2+1'), task: 'Tổ chức hội thảo khoa học cấp tỉnh' }),
      planRow({ stt: f('$A$3 + 1'), task: 'Ban hành quy chế phối hợp giữa các sở' }),
      planRow({ stt: f('ROW()-1'), task: 'Tuyên truyền về vai trò của đội ngũ trí thức' }),
      planRow({ stt: f('=ROW(A6)-1'), task: 'Tổng kết, đánh giá việc thực hiện kế hoạch' }),
    ]);
    expect(tables[0].tasks.map((t) => t.stt)).toEqual(['1', '2', '3', '4', '5']);
    expect(codes(findings, 'W_STT_SEQUENCE')).toEqual([]);
    expect(codes(findings, 'W_FORMULA_NO_VALUE')).toEqual([]);
  });

  it('follows a numbering chain down the column, and finds a real skip in it', () => {
    const rows = [planRow({ stt: 1, task: 'Nhiệm vụ số 1 của kế hoạch' })];
    for (let i = 2; i <= 6; i++)
      rows.push(planRow({ stt: f(i === 4 ? `A${i}+2` : `A${i}+1`), task: `Nhiệm vụ số ${i} của kế hoạch` }));
    const { tables, findings } = check(rows);
    // Row 5 is =A4+2: Excel shows 1, 2, 3, 5, 6, 7.
    expect(tables[0].tasks.map((t) => t.stt)).toEqual(['1', '2', '3', '5', '6', '7']);
    const seq = codes(findings, 'W_STT_SEQUENCE');
    expect(seq.map((x) => x.cell)).toEqual(['A5', 'A6', 'A7']);
    expect(findingMessage(seq[0])).toBe('Số thứ tự “5” không liền mạch (mong đợi 4)');
  });

  it('reads =C2 as the agency it copies, and a reference to an empty cell as empty', () => {
    const { tables, findings } = check([
      planRow({ stt: 1, lead: 'Sở Nội vụ' }),
      planRow({ stt: 2, task: 'Tổ chức hội thảo khoa học cấp tỉnh', lead: f('C2'), partners: f('D9') }),
    ]);
    expect(tables[0].tasks[1].lead).toEqual(['Sở Nội vụ']);
    expect(tables[0].tasks[1].partners).toEqual([]);
    expect(codes(findings, 'E_LEAD_EMPTY')).toEqual([]);
    expect(codes(findings, 'W_FORMULA_NO_VALUE')).toEqual([]);
  });

  it('computes a quoted text, a reference to its own sheet by name and a chain through a text', () => {
    const { tables } = check([
      planRow({ stt: 1, deadline: f('"Quý III/2026"') }),
      planRow({ stt: f("'Phụ lục'!A2+1"), task: 'Tổ chức hội thảo khoa học cấp tỉnh', deadline: f('F2') }),
    ]);
    expect(tables[0].tasks.map((t) => [t.stt, t.deadline?.due])).toEqual([
      ['1', '2026-09-30'],
      ['2', '2026-09-30'],
    ]);
  });

  it('tells a formula it cannot compute, at its cell, instead of calling the cell empty', () => {
    const { findings } = check([
      planRow({ stt: 1 }),
      planRow({ stt: f('MAX($A$2:A2)+1'), task: f('VLOOKUP(A3,DanhMuc!A:B,2,0)') }),
      planRow({ stt: 3, task: 'Ban hành quy chế phối hợp', lead: f('Danhmuc!B4'), deadline: 'Năm 2026' }),
    ]);
    // Before: "Dòng 3 … không có nội dung nhiệm vụ", "chưa có số thứ tự", "chưa có cơ quan chủ trì",
    // and task 3 "không liền mạch (mong đợi 2)".
    expect(codes(findings, 'E_TASK_EMPTY')).toEqual([]);
    expect(codes(findings, 'E_LEAD_EMPTY')).toEqual([]);
    expect(codes(findings, 'W_STT_SEQUENCE')).toEqual([]);
    const told = codes(findings, 'W_FORMULA_NO_VALUE');
    expect(told.map((x) => [x.cell, x.field, x.severity])).toEqual([
      ['A3', 'stt', 'warning'],
      ['B3', 'task', 'warning'],
      ['C4', 'lead', 'warning'],
    ]);
    expect(findingMessage(told[1])).toMatch(
      /^Ô có công thức =VLOOKUP\(A3,DanhMuc!A:B,2,0\) nhưng tệp không lưu kết quả/,
    );
    expect(findingMessage(told[1], 'en')).toMatch(
      /^The cell holds the formula =VLOOKUP\(A3,DanhMuc!A:B,2,0\) but the file stores no result/,
    );
  });

  it('numbers rows written =IF(B3="","",ROW()-1) as templates do, and leaves the unused rows empty', () => {
    const { tables, findings } = check([
      planRow({ stt: f('IF(B2="","",ROW()-1)') }),
      planRow({ stt: f('IF(B3<>"",A2+1,"")'), task: 'Tổ chức hội thảo khoa học cấp tỉnh' }),
      planRow({ stt: f('IF(ISBLANK(B4),"",A3+1)'), task: 'Ban hành quy chế phối hợp' }),
      // Rows the template numbers ahead, still without a task: empty, so the table ends above them.
      [f('IF(B5="","",ROW()-1)')],
      [f('IF(B6="","",ROW()-1)')],
      [f('IF(B7="","",ROW()-1)')],
    ]);
    expect(tables[0].tasks.map((t) => t.stt)).toEqual(['1', '2', '3']);
    expect(tables[0].lastDataRow).toBe(4);
    expect(findings.filter((x) => x.row !== null && x.row > 4)).toEqual([]);
    expect(codes(findings, 'W_STT_SEQUENCE')).toEqual([]);
    expect(codes(findings, 'W_FORMULA_NO_VALUE')).toEqual([]);
  });

  it('takes a formula that can give an empty text for an empty cell, as Excel stores that result', () => {
    // Saved by Excel, =IF(…,"",…) with an empty result has no value in the file either.
    const { findings } = check([
      planRow({ stt: 1 }),
      planRow({
        stt: 2,
        task: 'Ban hành quy chế phối hợp',
        result: f('IF(F3="","",VLOOKUP(F3,KetQua!A:B,2,0))'),
      }),
    ]);
    expect(codes(findings, 'W_RESULT_EMPTY').map((x) => x.cell)).toEqual(['E3']);
    expect(codes(findings, 'W_FORMULA_NO_VALUE')).toEqual([]);
  });

  it('leaves other forms uncomputed: products, other sheets, text that is no number, loops', () => {
    const s = sheet([
      [5, f('A1*2'), f('Sheet2!A1'), 'abc', f('D1+1'), f('F1+1'), f('E1+1')],
      [f('A1-1'), f('-A1+10'), f('1E-3+1'), f('"a"&"b"'), f('ROW()'), f('TRUE'), f('A99+2')],
      [f('IF(A1>4,"",1)'), f('IF(A1="",1)'), f('IF(D1="","",A1*2)'), f('IF(A1<>"",D1,"")')],
    ]);
    const out = sheetWithFormulaValues(s);
    const values = out.cells.map((line) => line.map((c) => c?.value ?? null));
    expect(values).toEqual([
      [5, null, null, 'abc', null, null, null],
      [4, 5, 1.001, null, 2, null, 2],
      [null, null, null, 'abc'],
    ]);
    // The formulas are kept as they were stored; the model given is not changed.
    expect(out.cells[1][0]).toEqual({ value: 4, formula: 'A1-1' });
    expect(s.cells[1][0]).toEqual({ value: null, formula: 'A1-1' });
  });

  it('passes an error of the referenced cell on, and leaves a sheet without such formulas as it is', () => {
    const s = sheet([[{ value: null, error: '#N/A' }, f('A1'), f('A1+1'), { value: 3, formula: 'B9' }]]);
    const out = sheetWithFormulaValues(s);
    expect(out.cells[0].map((c) => c?.error ?? c?.value)).toEqual(['#N/A', '#N/A', '#N/A', 3]);
    const plain = sheet([PLAN_HEADER, planRow()]);
    expect(sheetWithFormulaValues(plain)).toBe(plain);
  });

  it('reads a long numbering chain written downwards from the last row', () => {
    const rows = [];
    for (let i = 1; i <= 1500; i++) {
      const r = i + 1; // the sheet row of task i
      rows.push(
        planRow({ stt: i === 1500 ? 1500 : f(`A${r + 1}-1`), task: `Nhiệm vụ số ${i} của kế hoạch` }),
      );
    }
    const { tables, findings } = checkWorkbook(workbook(sheet([PLAN_HEADER, ...rows])), context());
    expect(tables[0].tasks).toHaveLength(1500);
    expect(tables[0].tasks.every((t) => t.stt === String(t.row - 1))).toBe(true);
    expect(codes(findings, 'W_STT_SEQUENCE')).toEqual([]);
    expect(codes(findings, 'W_FORMULA_NO_VALUE')).toEqual([]);
  });
});
