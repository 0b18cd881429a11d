/**
 * A merge on two cores reads with a second thread: every file is read once,
 * the results are what reading in one thread gives, in input order, with one
 * progress tick per file, even when the reading thread dies half-way. The
 * thread's side runs here in this thread (ts-jest has no compiled worker);
 * the real worker thread is run too when the built CLI (dist-cli) is there.
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Claims } from '../../../src/node/fast/claims';
import { readWorkbookBufferLean } from '../../../src/node/fast/lean-read';
import { loadFront, toWire, type WireMessage } from '../../../src/node/fast/load-front';
import {
  startAlongside,
  startReadingThread,
  type ReadingThread,
} from '../../../src/node/fast/reading-thread';
import { readAllInProcess } from '../../../src/node/merge/merge-files';
import { loadInput } from '../../../src/node/merge/load-input';
import type { InputJob } from '../../../src/node/merge/types';
import { writeInputs } from './inputs';

let dir: string;
let jobs: InputJob[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-reading-'));
  jobs = await writeInputs(dir, 12);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * The reading thread's loop run in this thread, a file per turn of the event loop; after `failAfter`
 * files handed over it dies (having taken one more file it never hands over).
 */
function inThisThread(memory: SharedArrayBuffer, failAfter = Infinity): ReadingThread {
  let onMessage: (m: WireMessage) => void = () => {};
  let onFailure: () => void = () => {};
  let handed = 0;
  let stopped = false;
  const claims = new Claims(memory);
  void loadFront(
    jobs,
    claims,
    async (job) => {
      await new Promise(setImmediate);
      if (handed >= failAfter || stopped) throw new Error('reading thread gone');
      return loadInput(job, readWorkbookBufferLean);
    },
    (m) => {
      handed++;
      // As a message crosses between threads: packed and cloned.
      onMessage(structuredClone(toWire(m)));
    },
  ).catch(() => onFailure());
  return {
    onMessage: (h) => (onMessage = h),
    onFailure: (h) => (onFailure = h),
    hold: () => {},
    stop: async () => {
      stopped = true;
    },
  };
}

it('reads every file once, as one thread does, in order, ticking once per file', async () => {
  const expected = await readAllInProcess(jobs, () => {});
  const ticks: string[] = [];
  const got = await startAlongside(jobs, (memory) => inThisThread(memory)).finish(jobs, (job) =>
    ticks.push(job.display),
  );
  expect(got).toEqual(expected);
  expect(got.filter((o) => o.status === 'read')).toHaveLength(14);
  expect(ticks.sort()).toEqual(jobs.map((j) => j.display).sort());
});

it('reads here the files a reading thread took and never handed over when it dies', async () => {
  const expected = await readAllInProcess(jobs, () => {});
  const ticks: string[] = [];
  const got = await startAlongside(jobs, (memory) => inThisThread(memory, 3)).finish(jobs, (job) =>
    ticks.push(job.display),
  );
  expect(got).toEqual(expected);
  expect(ticks.sort()).toEqual(jobs.map((j) => j.display).sort());
});

it('hands every job out exactly once, whichever end takes it', () => {
  fc.assert(
    fc.property(fc.nat(60), fc.array(fc.boolean(), { maxLength: 80 }), (count, order) => {
      const claims = new Claims(Claims.memory(count));
      const taken: number[] = [];
      for (const fromFront of order) {
        const job = fromFront ? claims.front() : claims.back();
        if (job >= 0) taken.push(job);
      }
      for (let job = claims.front(); job >= 0; job = claims.front()) taken.push(job);
      expect(claims.back()).toBe(-1);
      expect(taken.sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i));
    }),
  );
});

const BUILT_WORKER = path.join(__dirname, '../../../dist-cli/src/node/fast/reader-worker.js');

(fs.existsSync(BUILT_WORKER) ? it : it.skip)(
  'gives the same with the built reading thread (dist-cli)',
  async () => {
    const expected = await readAllInProcess(jobs, () => {});
    const got = await startAlongside(jobs, (memory) => startReadingThread(BUILT_WORKER, jobs, memory)).finish(
      jobs,
      () => {},
    );
    expect(got).toEqual(expected);
  },
);

const BUILT_CLI = path.join(__dirname, '../../../dist-cli/scripts/phuluc.js');

(fs.existsSync(BUILT_CLI) ? it : it.skip)(
  'ends at once when the plan cannot be read, the reading thread stopped (built CLI)',
  () => {
    const round = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-badplan-'));
    try {
      const inputs = path.join(round, 'bao-cao');
      fs.mkdirSync(inputs);
      // Enough files for the reading thread, which would wait for room once 32 workbooks are not taken up.
      const report = fs.readFileSync(path.join(dir, 'so-01-noi-vu.xlsx'));
      for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(inputs, `so-${i}.xlsx`), report);
      fs.writeFileSync(path.join(round, 'ke-hoach.xlsx'), 'không phải bảng tính');
      const run = spawnSync(
        process.execPath,
        [
          BUILT_CLI,
          'merge',
          inputs,
          '--plan',
          path.join(round, 'ke-hoach.xlsx'),
          '--out',
          path.join(round, 'o.xlsx'),
        ],
        { encoding: 'utf8', timeout: 30_000 },
      );
      expect(run.error).toBeUndefined();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('ke-hoach.xlsx');
      expect(fs.existsSync(path.join(round, 'o.xlsx'))).toBe(false);
    } finally {
      fs.rmSync(round, { recursive: true, force: true });
    }
  },
  40_000,
);
