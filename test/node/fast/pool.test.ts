/**
 * The merge's parallel reading gives what the plain in-process reading gives:
 * the same outcome for every file, in input order, with one progress tick per
 * file. Under ts-jest there is no compiled worker, so the pool reads in this
 * thread; the worker's own entry point is called directly.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import readBatch from '../../../src/node/fast/worker';
import { workerReadAll } from '../../../src/node/fast/pool';
import { readAllInProcess } from '../../../src/node/merge/merge-files';
import type { InputJob } from '../../../src/node/merge/types';
import { buildAppendixWorkbook, buildCsv, seedTable } from '../../fixtures';

let dir: string;
let jobs: InputJob[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-pool-'));
  const write = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(dir, name), bytes);
  const status = { header: 'Mức độ hoàn thành', values: ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] };
  write(
    'so-noi-vu.xlsx',
    await buildAppendixWorkbook(seedTable('bac-ninh'), { titleRows: true, reportColumns: [status] }),
  );
  write(
    'tcvn3.xlsx',
    await buildAppendixWorkbook(seedTable('ninh-binh'), { encoding: 'tcvn3', reportColumns: [status] }),
  );
  write('hung-yen.csv', buildCsv(seedTable('hung-yen'), { encoding: 'utf-8', reportColumns: [status] }));
  write('~$so-noi-vu.xlsx', 'lock');
  write('broken.xlsx', (await buildAppendixWorkbook(seedTable('bac-ninh'))).subarray(0, 400));
  jobs = fs
    .readdirSync(dir)
    .sort()
    .map((name) => ({
      file: path.join(dir, name),
      display: name,
      registry: { province: 'Bắc Ninh' },
      asOf: '2026-12-10',
      withPlan: false,
    }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('reads every input as the in-process reader does, in order, ticking once per file', async () => {
  const expected = await readAllInProcess(jobs, () => {});
  const ticks: string[] = [];
  const got = await workerReadAll({ minFiles: 1 })(jobs).read(jobs, (job) => ticks.push(job.display));
  expect(got).toEqual(expected);
  expect(Object.fromEntries(got.map((o) => [o.display, o.status]))).toEqual({
    'broken.xlsx': 'unreadable',
    'hung-yen.csv': 'read',
    'so-noi-vu.xlsx': 'read',
    'tcvn3.xlsx': 'read',
    '~$so-noi-vu.xlsx': 'skipped',
  });
  expect(ticks.sort()).toEqual(jobs.map((j) => j.display).sort());
});

it('the worker entry point reads a batch to the same outcomes', async () => {
  expect(await readBatch(jobs)).toEqual(await readAllInProcess(jobs, () => {}));
});
