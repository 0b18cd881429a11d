/**
 * `phuluc validate`'s text shows a suggestion with line breaks (one partner
 * per line, as the cell holds them) line by line, never joined with a mark
 * that could be taken for text to put in the cell; --json keeps the real text.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding } from '../../src/core/model/finding';
import { validateText } from '../../src/node/format/validate-text';
import { appendixLayout, buildAppendixWorkbook, seedTable, withCell } from '../fixtures';
import { runCli } from '../scripts/run-cli';

let dir: string;
let file: string;
// Task 1 of Bắc Ninh is led by Sở Khoa học và Công nghệ, typed again among its partners, one per line.
const table = withCell(
  seedTable('bac-ninh'),
  0,
  'partners',
  'Sở Nội vụ\nSở Khoa học và Công nghệ\nSở Tài chính',
);
const cell = `${appendixLayout(table).columns.partners}${appendixLayout(table).taskRows[0]}`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-validate-suggestions-'));
  file = path.join(dir, 'ke-hoach.xlsx');
  fs.writeFileSync(file, await buildAppendixWorkbook(table));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a suggestion of several lines', () => {
  it('is printed one line under the other, lined up after the arrow', async () => {
    const run = await runCli(['validate', file, '--as-of', '2026-12-10'], dir);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('[W_LEAD_IS_PARTNER]') && l.includes(`${cell} `));
    expect(at).toBeGreaterThan(-1);
    const arrow = lines[at + 1].indexOf('→ ');
    expect(arrow).toBeGreaterThan(0);
    expect(lines[at + 1].slice(arrow)).toBe('→ Sở Nội vụ');
    // The second partner starts right under the first, on a line of its own.
    expect(lines[at + 2]).toBe(`${' '.repeat(arrow + 2)}Sở Tài chính`);
    expect(run.stdout).not.toMatch(/Sở Nội vụ; Sở Tài chính/);
  });

  it('keeps its line break in the JSON', async () => {
    const run = await runCli(['validate', file, '--json', '--as-of', '2026-12-10'], dir);
    const issues: { code: string; cell: string; suggestion?: string }[] = JSON.parse(run.stdout).files[0]
      .issues;
    expect(issues.find((i) => i.code === 'W_LEAD_IS_PARTNER' && i.cell === cell)?.suggestion).toBe(
      'Sở Nội vụ\nSở Tài chính',
    );
  });
});

describe('a finding whose message quotes a cell of several lines', () => {
  it('goes on under the message, not at the start of a line', () => {
    const finding: Finding = {
      code: 'E_STATUS_INVALID',
      severity: 'error',
      sheet: 'Báo cáo',
      cell: 'G7',
      row: 7,
      field: 'status',
      messageId: 'finding.E_STATUS_INVALID',
      data: { text: 'Xong\nrồi' },
    };
    const lines = validateText(
      [{ path: 'bao-cao.xlsx', format: 'xlsx', tables: [], findings: [finding] }],
      'vi',
    )
      .split('\n')
      .filter((l) => l.trim());
    const at = lines.findIndex((l) => l.includes('Báo cáo!G7'));
    expect(lines[at]).toMatch(/^ {4}Báo cáo!G7 {2}Mức độ hoàn thành “Xong$/);
    expect(lines[at + 1]).toMatch(
      new RegExp(`^ {${4 + 'Báo cáo!G7'.length + 2}}rồi” không có trong danh mục`),
    );
    expect(lines[at + 1]).toMatch(/\[E_STATUS_INVALID\]$/);
  });
});
