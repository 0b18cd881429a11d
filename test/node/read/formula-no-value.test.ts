/**
 * Workbooks written by programs keep formulas without their results (`<c><f>A2+1</f></c>`, no `<v>`).
 * Each reader gives such a cell as a formula without a value, and the engine computes the simple ones:
 * the full reader (exceljs, used by validate), SheetJS (its fallback) and the lean reader (used by merge).
 */
import { checkWorkbook } from '../../../src/core/engine';
import { findingMessage } from '../../../src/core/messages';
import type { Finding } from '../../../src/core/model/finding';
import type { WorkbookModel } from '../../../src/core/model/sheet';
import { readWorkbookBufferLean } from '../../../src/node/fast/lean-read';
import { readWorkbookBuffer } from '../../../src/node/read';
import { DEFAULT_LIMITS } from '../../../src/node/read/outcome';
import { ReadBudget } from '../../../src/node/read/sheet-builder';
import { readWithSheetJS } from '../../../src/node/read/sheetjs';
import { context } from '../../core/rules/helpers';
import { exceljsBuffer, minimalXlsxParts, zipParts } from './fixtures';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

const text = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;
const formula = (ref: string, f: string) => `<c r="${ref}"><f>${f}</f></c>`;

const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành'];
const COLS = ['A', 'B', 'C', 'D'];

/**
 * An appendix as a script writes it: STT 1, then =A2+1, a shared =A3+1 over A4:A5 (as Excel writes a
 * filled-down formula), =ROW()-1; the lead of task 3 copies C2; task 6's text comes from another sheet.
 * Row 5 (a misspelt agency) and column D (an unreadable deadline in D6) are hidden.
 */
function scriptedXlsx(): Uint8Array {
  const row = (r: number, cells: string[], hidden = false) =>
    `<row r="${r}"${hidden ? ' hidden="1"' : ''}>${cells.join('')}</row>`;
  const rows = [
    row(
      1,
      HEADER.map((h, i) => text(`${COLS[i]}1`, h)),
    ),
    row(2, [
      num('A2', 1),
      text('B2', 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức'),
      text('C2', 'Sở Nội vụ'),
      text('D2', 'Quý II/2026'),
    ]),
    row(3, [
      formula('A3', 'A2+1'),
      text('B3', 'Tổ chức hội thảo khoa học cấp tỉnh'),
      text('C3', 'Sở Tài chính'),
      text('D3', 'Năm 2026'),
    ]),
    row(4, [
      `<c r="A4"><f t="shared" ref="A4:A5" si="0">A3+1</f></c>`,
      text('B4', 'Ban hành quy chế phối hợp'),
      formula('C4', 'C2'),
      text('D4', 'Quý III/2026'),
    ]),
    row(
      5,
      [
        `<c r="A5"><f t="shared" si="0"/></c>`,
        text('B5', 'Tuyên truyền về vai trò của trí thức'),
        text('C5', 'Sở Khoa học và Cong nghệ'),
        formula('D5', 'D4'),
      ],
      true,
    ),
    row(6, [
      formula('A6', 'ROW()-1'),
      text('B6', 'Tổng kết việc thực hiện kế hoạch'),
      text('C6', 'Sở Nội vụ'),
      text('D6', 'Quý V/2026'),
    ]),
    row(7, [
      formula('A7', 'A6+1'),
      formula('B7', 'VLOOKUP(A7,DanhMuc!A:B,2,0)'),
      text('C7', 'Sở Nội vụ'),
      text('D7', 'Năm 2026'),
    ]),
  ];
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><cols><col min="4" max="4" width="12" hidden="1"/></cols><sheetData>${rows.join('')}</sheetData></worksheet>`;
  return zipParts(minimalXlsxParts(sheet));
}

interface Seen {
  stt: (string | null)[];
  lead: string[][];
  deadlines: (string | null)[];
  findings: Finding[];
}

function checked(wb: WorkbookModel): Seen {
  const { tables, findings } = checkWorkbook(wb, context());
  const tasks = tables[0].tasks;
  return {
    stt: tasks.map((t) => t.stt),
    lead: tasks.map((t) => [...t.lead]),
    deadlines: tasks.map((t) => t.deadline?.text ?? null),
    findings,
  };
}

async function full(bytes: Uint8Array): Promise<WorkbookModel> {
  const out = await readWorkbookBuffer(bytes, 'phu-luc.xlsx');
  if (!out.ok) throw new Error(out.reason);
  expect(out.notes ?? []).toEqual([]); // exceljs read it, no fallback
  return out.workbook;
}

async function lean(bytes: Uint8Array): Promise<WorkbookModel> {
  const out = await readWorkbookBufferLean(bytes, 'phu-luc.xlsx');
  if (!out.ok) throw new Error(out.reason);
  return out.workbook;
}

const sheetjs = (bytes: Uint8Array) => readWithSheetJS(bytes, 'xlsx', new ReadBudget(DEFAULT_LIMITS));

describe.each([
  ['the full reader (exceljs)', full],
  ['SheetJS', sheetjs],
  ['the lean reader (merge)', lean],
])('formulas without results through %s', (_name, read) => {
  let seen: Seen;
  beforeAll(async () => {
    seen = checked(await read(scriptedXlsx()));
  });

  it('numbers the tasks 1 to 6 as Excel shows them, with no numbering warning', () => {
    expect(seen.stt).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(seen.findings.filter((f) => f.code === 'W_STT_SEQUENCE')).toEqual([]);
  });

  it('reads the lead and the deadline a formula copies from the row above', () => {
    expect(seen.lead[2]).toEqual(['Sở Nội vụ']);
    expect(seen.deadlines[3]).toBe('Quý III/2026');
    expect(seen.findings.filter((f) => f.code === 'E_LEAD_EMPTY' || f.code === 'E_DEADLINE_EMPTY')).toEqual(
      [],
    );
  });

  it('tells the formula it cannot compute instead of an empty task', () => {
    expect(seen.findings.filter((f) => f.code === 'E_TASK_EMPTY')).toEqual([]);
    const told = seen.findings.filter((f) => f.code === 'W_FORMULA_NO_VALUE');
    expect(told.map((f) => f.cell)).toEqual(['B7']);
    expect(findingMessage(told[0])).toContain('=VLOOKUP(A7,DanhMuc!A:B,2,0)');
  });

  it('says which findings sit on the hidden row 5 or in the hidden column D', () => {
    const spelling = seen.findings.find((f) => f.code === 'W_AGENCY_SPELLING');
    expect(spelling).toMatchObject({ cell: 'C5', hidden: ['row'] });
    expect(findingMessage(spelling as Finding)).toBe(
      'Tên cơ quan có thể viết sai: “Sở Khoa học và Cong nghệ” (dòng đang ẩn)',
    );
    const deadline = seen.findings.find((f) => f.code === 'E_DEADLINE_UNPARSED');
    expect(deadline).toMatchObject({ cell: 'D6', hidden: ['column'] });
    expect(findingMessage(deadline as Finding, 'en')).toMatch(/ \(column hidden\)$/);
    // Task 1's cells are all visible.
    expect(seen.findings.filter((f) => f.row === 2 && f.hidden)).toEqual([]);
  });
});

describe('a workbook exceljs writes with formulas and no results', () => {
  it('is read with its numbers and its copied agency', async () => {
    const bytes = await exceljsBuffer((wb) => {
      const ws = wb.addWorksheet('Phụ lục');
      ws.addRow(HEADER);
      ws.addRow([1, 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức', 'Sở Nội vụ', 'Quý II/2026']);
      ws.addRow([{ formula: 'A2+1' }, 'Tổ chức hội thảo khoa học cấp tỉnh', { formula: 'C2' }, 'Năm 2026']);
      ws.addRow([{ formula: 'ROW()-1' }, 'Ban hành quy chế phối hợp', 'Sở Tài chính', 'Năm 2026']);
      ws.addRow([
        { formula: 'IF(B5="","",ROW()-1)' },
        'Tuyên truyền về vai trò của trí thức',
        'Sở Y tế',
        'Năm 2026',
      ]);
      ws.addRow([{ formula: 'IF(B6="","",ROW()-1)' }]);
    });
    for (const wb of [await full(bytes), await lean(bytes)]) {
      // The stored formula text is kept as it was.
      expect(wb.sheets[0].cells[2][0]).toMatchObject({ value: null, formula: 'A2+1' });
      const seen = checked(wb);
      expect(seen.stt).toEqual(['1', '2', '3', '4']);
      expect(seen.lead[1]).toEqual(['Sở Nội vụ']);
      expect(seen.findings.map((f) => f.code)).not.toContain('E_LEAD_EMPTY');
      expect(seen.findings.map((f) => f.code)).not.toContain('W_STT_SEQUENCE');
    }
  });
});
