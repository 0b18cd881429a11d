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
import { writeInputs } from './inputs';

let dir: string;
let jobs: InputJob[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-pool-'));
  jobs = await writeInputs(dir);
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
