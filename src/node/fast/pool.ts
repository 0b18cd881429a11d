/**
 * Reads merge inputs on every core: batches of files go to piscina worker
 * threads, each reading with the lean reader and running the engine on its
 * own. Workers load the compiled worker.js next to this file, so the pool
 * runs from the built CLI (dist-cli); under ts-jest, where no compiled file
 * exists, and for a handful of files, where starting threads costs more than
 * it saves, the same work runs in this thread.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ReadAll } from '../merge/merge-files';
import { readInput } from '../merge/read-input';
import type { FileOutcome, InputJob } from '../merge/types';
import { readWorkbookBufferLean } from './lean-read';

export interface PoolOptions {
  /** Worker threads; default one per core. */
  threads?: number;
  /** Below this many files no thread is started. */
  minFiles?: number;
}

const MIN_FILES = 24;
/** Batches per thread: enough to balance uneven files, few enough that messages stay cheap. */
const BATCHES_PER_THREAD = 8;
const MAX_BATCH = 32;
/** Files read at once in this thread: their I/O overlaps, the parsing shares the thread. */
const LANES = 4;

const WORKER_FILE = path.join(__dirname, 'worker.js');

export function workerReadAll(opts: PoolOptions = {}): ReadAll {
  return async (jobs, done) => {
    const threads = Math.max(1, opts.threads ?? os.availableParallelism());
    if (jobs.length < (opts.minFiles ?? MIN_FILES) || !fs.existsSync(WORKER_FILE)) return readHere(jobs, done);
    return readInWorkers(jobs, done, threads);
  };
}

async function readHere(jobs: InputJob[], done: (job: InputJob) => void): Promise<FileOutcome[]> {
  const out: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await readInput(jobs[i], readWorkbookBufferLean);
      done(jobs[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(LANES, jobs.length) }, lane));
  return out;
}

async function readInWorkers(jobs: InputJob[], done: (job: InputJob) => void, threads: number): Promise<FileOutcome[]> {
  // Loaded only here: the in-thread path never pays for it.
  const { default: Piscina } = await import('piscina');
  const pool = new Piscina<InputJob[], FileOutcome[]>({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads });
  const size = Math.min(MAX_BATCH, Math.max(1, Math.ceil(jobs.length / (threads * BATCHES_PER_THREAD))));
  const out: FileOutcome[] = new Array(jobs.length);
  try {
    const runs: Promise<void>[] = [];
    for (let start = 0; start < jobs.length; start += size) {
      const batch = jobs.slice(start, start + size);
      runs.push(
        pool.run(batch).then((outcomes) => {
          outcomes.forEach((o, k) => (out[start + k] = o));
          batch.forEach(done);
        }),
      );
    }
    await Promise.all(runs);
  } finally {
    await pool.destroy();
  }
  return out;
}
