/**
 * Reads merge inputs on every core. With cores to spare beyond two, this
 * thread reads files one by one while piscina worker threads take batches
 * from the same queue, each reading with the lean reader and running the
 * engine on its own. On two cores V8's own threads (garbage collection,
 * compilation) already keep part of the second one busy, and a second thread
 * doing the whole work warmed up all the code again and made the merge of
 * 1,000 files slower (3.9 s against 3.4 s, see BENCHMARKS.md): there one
 * reading thread unzips and parses while this one runs the engine
 * (./reading-thread.ts). Workers load compiled files next to this one, so
 * they run from the built CLI (dist-cli); under ts-jest, where no compiled
 * file exists, on one core, and for a handful of files, where starting a
 * thread costs more than it saves, this thread reads everything. Nothing
 * here loads the engine: `phuluc merge` starts the reading thread first and
 * loads the engine while the thread starts up.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ReadAll, StartReading } from '../merge/merge-files';
import type { FileOutcome, InputJob, ReadDone } from '../merge/types';
import { readHere } from './read-here';
import { startAlongside, startReadingThread } from './reading-thread';

export interface PoolOptions {
  /** Worker threads besides this one; default one per core but two (this thread's, V8's); none: a reading thread. */
  threads?: number;
  /** Below this many files no thread is started. */
  minFiles?: number;
}

const MIN_FILES = 24;
/** Batches per worker: enough to balance uneven files, few enough that messages stay cheap. */
const BATCHES_PER_THREAD = 8;
const MAX_BATCH = 32;

const WORKER_FILE = path.join(__dirname, 'worker.js');
const READER_FILE = path.join(__dirname, 'reader-worker.js');

/** Hands out jobs in order, singly to this thread and in batches to workers. */
class Queue {
  private next = 0;
  constructor(readonly jobs: InputJob[]) {}
  take(count: number): { start: number; batch: InputJob[] } | null {
    if (this.next >= this.jobs.length) return null;
    const start = this.next;
    this.next = Math.min(this.jobs.length, start + count);
    return { start, batch: this.jobs.slice(start, this.next) };
  }
}

export function workerReadAll(opts: PoolOptions = {}): StartReading {
  return (files) => {
    const cores = os.availableParallelism();
    const threads = Math.max(0, opts.threads ?? cores - 2);
    const few = files.length < (opts.minFiles ?? MIN_FILES);
    if (threads === 0 && cores >= 2 && !few && fs.existsSync(READER_FILE)) {
      const alongside = startAlongside(files, (memory) => startReadingThread(READER_FILE, files, memory));
      return { read: (jobs, done) => alongside.finish(jobs, done), stop: () => alongside.stop() };
    }
    const read: ReadAll = async (jobs, done) => {
      const out: FileOutcome[] = new Array(jobs.length);
      const queue = new Queue(jobs);
      const here = readInThisThread(queue, out, done);
      if (threads === 0 || few || !fs.existsSync(WORKER_FILE)) {
        await here;
        return out;
      }
      await Promise.all([here, readInWorkers(queue, out, done, threads)]);
      return out;
    };
    // Workers are started and destroyed within `read`.
    return { read, stop: async () => {} };
  };
}

async function readInThisThread(queue: Queue, out: FileOutcome[], done: ReadDone): Promise<void> {
  for (let next = queue.take(1); next; next = queue.take(1)) {
    const outcome = (out[next.start] = await readHere(next.batch[0]));
    done(next.batch[0], outcome);
    // Reading a file never waits on anything: yield, so that workers' results are taken and new batches sent.
    await new Promise(setImmediate);
  }
}

async function readInWorkers(
  queue: Queue,
  out: FileOutcome[],
  done: ReadDone,
  threads: number,
): Promise<void> {
  // Loaded only here: the in-thread path never pays for it.
  const { default: Piscina } = await import('piscina');
  const pool = new Piscina<InputJob[], FileOutcome[]>({
    filename: WORKER_FILE,
    minThreads: threads,
    maxThreads: threads,
  });
  const size = Math.min(
    MAX_BATCH,
    Math.max(1, Math.ceil(queue.jobs.length / ((threads + 1) * BATCHES_PER_THREAD))),
  );
  const worker = async () => {
    for (let next = queue.take(size); next; next = queue.take(size)) {
      const outcomes = await pool.run(next.batch);
      outcomes.forEach((o, k) => {
        out[next.start + k] = o;
        done(next.batch[k], o);
      });
    }
  };
  try {
    // Two batches in flight per worker: the next is queued in the worker while this thread is busy reading.
    await Promise.all(Array.from({ length: threads * 2 }, worker));
  } finally {
    await pool.destroy();
  }
}
