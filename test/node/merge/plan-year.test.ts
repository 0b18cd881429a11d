/** The plan's year, read from the line under its title, is where a task due every N years counts from. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPlan } from '../../../src/node/merge/read-plan';
import { buildAppendixWorkbook, seedTable } from '../../fixtures';

it("takes the year of the plan's date line ('ngày … tháng 3 năm 2026')", async () => {
  const table = seedTable('bac-ninh');
  const dated = table.titleLines.find((l) => /năm 20\d\d/.test(l) && /tháng/.test(l));
  expect(dated).toBeDefined();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-plan-year-'));
  try {
    const file = path.join(dir, 'ke-hoach.xlsx');
    fs.writeFileSync(file, await buildAppendixWorkbook(table, { titleRows: true }));
    const { record } = await readPlan(file, 'ke-hoach.xlsx', {}, '2026-12-10');
    expect(record.plan.startYear).toBe(Number(/năm (20\d\d)/.exec(dated as string)?.[1]));
    fs.writeFileSync(file, await buildAppendixWorkbook(table, {}));
    expect((await readPlan(file, 'ke-hoach.xlsx', {}, '2026-12-10')).record.plan.startYear).toBeUndefined();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
