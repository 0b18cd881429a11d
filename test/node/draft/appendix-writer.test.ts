import ExcelJS from 'exceljs';
import { createRegistry } from '../../../src/core/agency';
import { checkWorkbook } from '../../../src/core/engine';
import { readWorkbookBuffer } from '../../../src/node/read';
import {
  appendixPlacement,
  writeAppendixWorkbook,
  type AppendixTableData,
} from '../../../src/node/write/appendix';

const TABLE: AppendixTableData = {
  titleLines: [
    'Phụ lục',
    'CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH ĐẾN NĂM 2030',
    '(Kèm theo Kế hoạch số 548/KH-UBND ngày 04 tháng 3 năm 2026 của UBND tỉnh Cao Bằng)',
  ],
  rows: [
    {
      stt: '1',
      task: 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức',
      lead: ['Sở Khoa học và Công nghệ'],
      partners: ['Sở Nội vụ', 'Các sở, ngành, địa phương có liên quan'],
      result: '',
      deadline: 'Quý II/2026',
    },
    {
      stt: '2',
      task: '=HYPERLINK("http://x")',
      lead: ['Sở Nội vụ'],
      partners: [],
      result: '-',
      deadline: { text: 'Trước ngày 10 tháng 12 hàng năm' },
    },
  ],
  sources: ['1.1. Sở Khoa học và Công nghệ — đoạn 5', '1.2. Sở Nội vụ — đoạn 1'],
  proposed: [true, false],
};

async function load(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.getWorksheet('Phụ lục') as ExcelJS.Worksheet;
}

describe('writeAppendixWorkbook: the formatted appendix', () => {
  let ws: ExcelJS.Worksheet;
  let bytes: Buffer;
  const at = appendixPlacement(TABLE);
  beforeAll(async () => {
    bytes = await writeAppendixWorkbook(TABLE);
    ws = await load(bytes);
  });

  it('prints on A4 landscape with the header rows repeated', () => {
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.printTitlesRow).toBe(`${at.headerRow}:${at.columnNumberRow}`);
  });

  it('writes the title lines merged across the table, then header and column numbers', () => {
    expect(ws.getCell('A1').value).toBe('Phụ lục');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A3').font?.italic).toBe(true);
    expect(ws.getCell('G2').master.address).toBe('A2');
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getCell(at.headerRow, c).value)).toEqual([
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Kết quả cần đạt',
      'Thời hạn hoàn thành',
      'Ghi chú',
    ]);
    expect(ws.getCell(at.columnNumberRow, 1).value).toBe('(1)');
    expect(ws.getCell(at.columnNumberRow, 7).value).toBe('(7)');
  });

  it('uses Times New Roman, wrapped text and set widths', () => {
    const cell = ws.getCell(at.taskRows[0], 2);
    expect(cell.font?.name).toBe('Times New Roman');
    expect(cell.alignment?.wrapText).toBe(true);
    expect(ws.getColumn(2).width).toBeGreaterThan(ws.getColumn(1).width as number);
  });

  it('writes one agency per line, and the deadline as written', () => {
    expect(ws.getCell(at.taskRows[0], 4).value).toBe('Sở Nội vụ\nCác sở, ngành, địa phương có liên quan');
    expect(ws.getCell(at.taskRows[1], 6).value).toBe('Trước ngày 10 tháng 12 hàng năm');
  });

  it('marks proposed rows and keeps the source in a hidden column', () => {
    expect(ws.getCell(at.taskRows[0], 7).value).toBe('Đề xuất — cần rà soát');
    expect(ws.getCell(at.taskRows[1], 7).value).toBeNull();
    expect(ws.getCell(at.headerRow, 8).value).toBe('Nguồn trong văn bản kế hoạch');
    expect(ws.getCell(at.taskRows[0], 8).value).toBe('1.1. Sở Khoa học và Công nghệ — đoạn 5');
    expect(ws.getColumn(8).hidden).toBe(true);
  });

  it('writes text that looks like a formula as text', () => {
    const cell = ws.getCell(at.taskRows[1], 2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x")');
  });

  it('reads back through the validator as the same table, with only the real gaps', async () => {
    const back = await readWorkbookBuffer(bytes, 'draft.xlsx');
    if (!back.ok) throw new Error('not read back');
    const registry = createRegistry({ province: 'Cao Bằng' });
    const { tables, findings } = checkWorkbook(back.workbook, {
      asOf: '2026-03-04',
      planDate: null,
      horizon: null,
      registry,
    });
    expect(tables).toHaveLength(1);
    expect(tables[0].tasks.map((t) => [t.row, t.lead, t.partners, t.deadline?.kind])).toEqual([
      [
        at.taskRows[0],
        ['Sở Khoa học và Công nghệ'],
        ['Sở Nội vụ', 'Các sở, ngành, địa phương có liên quan'],
        'period',
      ],
      [at.taskRows[1], ['Sở Nội vụ'], [], 'recurring'],
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code)).toContain('W_RESULT_EMPTY');
  });
});

describe('writeAppendixWorkbook: group rows', () => {
  it('writes a group heading the table reader gives to the tasks below it', async () => {
    const group = 'I. NHÓM NHIỆM VỤ THỂ CHẾ';
    const table: AppendixTableData = {
      titleLines: ['Phụ lục', 'CÁC NHIỆM VỤ'],
      rows: [
        {
          stt: '1',
          group,
          task: 'Ban hành kế hoạch',
          lead: ['Sở Nội vụ'],
          partners: [],
          result: 'Kế hoạch',
          deadline: 'Quý I/2026',
        },
      ],
    };
    const back = await readWorkbookBuffer(await writeAppendixWorkbook(table), 'g.xlsx');
    if (!back.ok) throw new Error('not read back');
    const { tables } = checkWorkbook(back.workbook, {
      asOf: '2026-03-04',
      planDate: null,
      horizon: null,
      registry: createRegistry(),
    });
    expect(tables[0].tasks.map((t) => [t.row, t.group, t.task])).toEqual([
      [appendixPlacement(table).taskRows[0], group, 'Ban hành kế hoạch'],
    ]);
  });
});
