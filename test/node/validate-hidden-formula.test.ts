/**
 * `phuluc validate` on a workbook a program wrote: formulas without results, a hidden row and a hidden
 * column. The text and the JSON say where a finding's cell hides, and tell the formula phuluc cannot compute.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exceljsBuffer } from './read/fixtures';
import { runCli } from '../scripts/run-cli';

let dir: string;
let file: string;
let hiddenSheetFile: string;

const HEADER = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả cần đạt', 'Thời hạn hoàn thành'];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-hidden-'));
  const bytes = await exceljsBuffer((wb) => {
    const ws = wb.addWorksheet('Phụ lục');
    ws.addRow(HEADER);
    ws.addRow([1, 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức', 'Sở Nội vụ', 'Cơ sở dữ liệu', 'Quý II/2026']);
    ws.addRow([
      { formula: 'A2+1' },
      'Tổ chức hội thảo khoa học',
      'Sở Khoa học và Cong nghệ',
      'Hội thảo',
      'Năm 2026',
    ]);
    ws.addRow([{ formula: 'ROW()-1' }, { formula: 'INDEX(DanhMuc!B:B,3)' }, 'Sở Tài chính', '', 'Năm 2026']);
    ws.getRow(3).hidden = true;
    ws.getColumn(4).hidden = true;
  });
  file = path.join(dir, 'phu-luc.xlsx');
  fs.writeFileSync(file, bytes);
  const hidden = await exceljsBuffer((wb) => {
    wb.addWorksheet('Bìa').addRow(['Kế hoạch số 45/KH-UBND']);
    const ws = wb.addWorksheet('Phụ lục', { state: 'hidden' });
    ws.addRow(HEADER);
    ws.addRow([1, 'Xây dựng cơ sở dữ liệu về đội ngũ trí thức', '', 'Cơ sở dữ liệu', 'Quý II/2026']);
  });
  hiddenSheetFile = path.join(dir, 'an.xlsx');
  fs.writeFileSync(hiddenSheetFile, hidden);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Issue {
  code: string;
  cell: string | null;
  message: string;
  suggestion: string | null;
  hidden?: string[];
}

async function issues(...args: string[]): Promise<Issue[]> {
  const run = await runCli(['validate', '--json', '--as-of', '2026-12-10', ...args], dir);
  return JSON.parse(run.stdout).files[0].issues;
}

describe('validate on a scripted workbook with hidden rows and columns', () => {
  it('JSON: the finding on hidden row 3 says so in its message and in an added "hidden" field', async () => {
    const all = await issues(file);
    const spelling = all.find((i) => i.code === 'W_AGENCY_SPELLING');
    expect(spelling).toEqual({
      code: 'W_AGENCY_SPELLING',
      severity: 'warning',
      sheet: 'Phụ lục',
      cell: 'C3',
      row: 3,
      field: 'lead',
      message: 'Tên cơ quan có thể viết sai: “Sở Khoa học và Cong nghệ” (dòng đang ẩn)',
      suggestion: 'Sở Khoa học và Công nghệ',
      hidden: ['row'],
    });
    const result = all.find((i) => i.code === 'W_RESULT_EMPTY');
    expect(result).toMatchObject({ cell: 'D4', hidden: ['column'] });
    expect(result?.message).toBe('Nhiệm vụ chưa có kết quả, sản phẩm cần đạt (cột đang ẩn)');
    // A visible cell's issue has no "hidden" field, as before.
    expect(all.filter((i) => i.cell?.endsWith('2') && 'hidden' in i)).toEqual([]);
  });

  it('JSON: numbers the formulas, and tells the one it cannot compute instead of an empty task', async () => {
    const all = await issues(file);
    expect(all.map((i) => i.code)).not.toContain('W_STT_SEQUENCE');
    expect(all.map((i) => i.code)).not.toContain('E_TASK_EMPTY');
    const told = all.filter((i) => i.code === 'W_FORMULA_NO_VALUE');
    expect(told.map((i) => i.cell)).toEqual(['B4']);
    expect(told[0].message).toMatch(/^Ô có công thức =INDEX\(DanhMuc!B:B,3\) nhưng tệp không lưu kết quả/);
  });

  it('text, in English: the hint follows the message', async () => {
    const run = await runCli(['validate', '--lang', 'en', '--as-of', '2026-12-10', file], dir);
    expect(run.stdout).toMatch(
      /Phụ lục!C3 +Agency name may be misspelt: “Sở Khoa học và Cong nghệ” \(row hidden\) \[W_AGENCY_SPELLING\]/,
    );
    expect(run.stdout).toMatch(
      /Phụ lục!D4 +The task has no expected result \(column hidden\) \[W_RESULT_EMPTY\]/,
    );
    expect(run.stdout).toMatch(
      /Phụ lục!B4 +The cell holds the formula =INDEX\(DanhMuc!B:B,3\) .*\[W_FORMULA_NO_VALUE\]/,
    );
  });

  it('a table found only on a hidden sheet: every finding says the sheet is hidden', async () => {
    const all = await issues(hiddenSheetFile);
    const lead = all.find((i) => i.code === 'E_LEAD_EMPTY');
    expect(lead).toMatchObject({ cell: 'C2', hidden: ['sheet'] });
    expect(lead?.message).toBe('Nhiệm vụ chưa có cơ quan chủ trì (trang tính đang ẩn)');
  });
});
