/** `npm run demo` builds its round and merges it: the report exists and tells the story the demo sets up. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { demo } from '../../../scripts/demo';
import type { MergeJson } from '../../../src/node/merge/summary-json';

let dir: string;
let out = '';
let code: number;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-demo-'));
  code = await demo('vi', { out: (s) => (out += s), err: (s) => (out += s), errIsTTY: false, cwd: dir });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run demo', () => {
  it('succeeds and says where the report is', () => {
    expect(code).toBe(0);
    expect(out).toContain('Báo cáo tổng hợp: demo-output/bao-cao-tong-hop.xlsx'.split('/').join(path.sep));
    expect(fs.existsSync(path.join(dir, 'demo-output', 'bao-cao-tong-hop.xlsx'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'demo-output', '.gitignore'), 'utf8')).toBe('*\n');
  });

  it('has one agency missing, one late, a free-form renumbered report, a legacy .xls and a lock file', () => {
    const s: MergeJson = JSON.parse(fs.readFileSync(path.join(dir, 'demo-output', 'tom-tat.json'), 'utf8'));
    expect(s.missingAgencies).toEqual(['Báo và Phát thanh, Truyền hình Bắc Ninh']);
    expect(s.tasks.filter((t) => t.overdue).map((t) => [t.stt, t.status])).toEqual([
      ['2', 'IN_PROGRESS_LATE'],
    ]);
    const freeForm = s.inputs.find((i) => i.path.endsWith('Bao cao so GDDT nam 2026.xlsx'));
    expect(freeForm).toMatchObject({
      agency: 'Sở Giáo dục và Đào tạo',
      agencySource: 'heading',
      rowsRead: 2,
      rowsMerged: 1,
      rowsRejected: 1,
    });
    expect(s.tasks.find((t) => t.stt === '3')?.reports[0]).toMatchObject({
      match: 'text',
      source: { row: 5 },
    });
    expect(s.inputs.find((i) => i.path.endsWith('.xls'))).toMatchObject({
      format: 'xls',
      agency: 'Công an tỉnh',
      rowsMerged: 1,
    });
    expect(s.inputs.find((i) => i.path.includes('~$'))).toMatchObject({
      status: 'skipped',
      reasonCode: 'lock-file',
    });
    expect(s.totals).toMatchObject({ rowsRead: 12, rowsMerged: 11, rowsRejected: 1 });
  });

  it('runs again over its own folder, replacing only what it made', async () => {
    fs.writeFileSync(path.join(dir, 'demo-output', 'ghi-chu.txt'), 'của người dùng');
    let again = '';
    const second = await demo('en', {
      out: (s) => (again += s),
      err: (s) => (again += s),
      errIsTTY: false,
      cwd: dir,
    });
    expect(second).toBe(0);
    expect(again).toContain('Consolidated report:');
    expect(fs.readFileSync(path.join(dir, 'demo-output', 'ghi-chu.txt'), 'utf8')).toBe('của người dùng');
  });
});
