/**
 * A plan whose lines above the table name no province, but whose agencies do
 * ("Báo và Phát thanh, Truyền hình Bắc Ninh"): the reports are read with that
 * province, as the plan was.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPlan } from '../../../src/node/merge/read-plan';
import { buildAppendixWorkbook, seedTable } from '../../fixtures';

it('reads the reports with the province the plan’s agencies name', async () => {
  const table = seedTable('bac-ninh');
  expect(table.rows.some((r) => r.some((cell) => /Truyền hình Bắc Ninh/.test(cell)))).toBe(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-plan-province-'));
  try {
    const file = path.join(dir, 'ke-hoach.xlsx');
    // No title rows: no "(Kèm theo … của UBND tỉnh Bắc Ninh)" line.
    fs.writeFileSync(file, await buildAppendixWorkbook(table, {}));
    const { record, spec } = await readPlan(file, 'ke-hoach.xlsx', {}, '2026-12-10');
    expect(record.info.province).toBeNull();
    expect(spec.province).toBe(table.province);
    // A province given on the command line stands.
    expect(
      (await readPlan(file, 'ke-hoach.xlsx', { province: 'Hưng Yên' }, '2026-12-10')).spec.province,
    ).toBe('Hưng Yên');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
