/**
 * A merge on two cores: a reading thread unzips and parses the files from
 * the front of the list while this thread runs the engine on the workbooks it
 * hands over, so each thread warms up only its own half of the code (a whole
 * second reader warmed up both halves again and made the merge slower). The
 * thread starts with the files alone, while this one reads the plan. Once it
 * has handed over its first workbook, this thread reads files itself from the
 * back of the list whenever no workbook waits; the two meet in the middle
 * (./claims.ts). (Before that, this thread's code is cold and a file read
 * here costs ten read there.) If the reading thread fails, the files it took
 * and never handed over are read here.
 */
import { Worker } from 'node:worker_threads';
import type { FileOutcome, InputJob, LoadJob, ReadDone } from '../merge/types';
import { Claims } from './claims';
import { unpacked, type WireHanded, type WireMessage } from './load-front';
import { loadChecks, readHere } from './read-here';

/** What the main thread needs of a reading thread: its messages, and a way to stop it. */
export interface ReadingThread {
  /** Messages as they crossed (packed): a workbook is unpacked only when it is checked (startAlongside). */
  onMessage(handler: (m: WireMessage) => void): void;
  /** Called once if the thread stops without its end message (a crash, running out of memory). */
  onFailure(handler: () => void): void;
  /** Keeps the process alive until the thread ends (a thread started before the plan is read does not). */
  hold(): void;
  stop(): Promise<void>;
}

/**
 * The reading thread's young generation held at the size it starts with (two semi-spaces of 4 MB and V8's
 * third for large objects): what it reads is handed over within moments, yet V8 doubles a young generation
 * once it has run long enough, which it did two seconds into a round of 4,000 files and never in one of 1,000,
 * so that the peak grew with the round (medians of five merges: 4,000 files 150 → 146 MB, 1,000 the same;
 * 1,000 files as fast, the thread never reaching the larger size there).
 */
const YOUNG_MB = 12;

/** A worker thread running `file` (the compiled reader-worker.js). */
export function startReadingThread(
  file: string,
  jobs: readonly LoadJob[],
  memory: SharedArrayBuffer,
): ReadingThread {
  const worker = new Worker(file, {
    workerData: { jobs, memory },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
  });
  let ended = false;
  let onMessage: (m: WireMessage) => void = () => {};
  let failed: (() => void) | null = null;
  const fail = () => {
    if (ended) return;
    ended = true;
    failed?.();
  };
  worker.on('error', fail);
  worker.on('exit', fail);
  worker.on('message', (m: WireMessage) => {
    if ('end' in m) ended = true;
    onMessage(m);
  });
  // After its listeners (a listener added later would hold the process again): the thread alone never keeps
  // the process alive, so a command that ends before reading (its plan cannot be read) is not kept waiting.
  worker.unref();
  return {
    onMessage: (handler) => (onMessage = handler),
    onFailure: (handler) => (failed = handler),
    hold: () => worker.ref(),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/**
 * The reading thread started on `files`; `finish` reads every job (the same files, in order), results in
 * job order; `stop` ends the thread (a plan that cannot be read ends the merge before `finish`).
 */
export function startAlongside(
  files: readonly LoadJob[],
  start: (memory: SharedArrayBuffer) => ReadingThread,
): {
  finish(jobs: InputJob[], done: ReadDone): Promise<FileOutcome[]>;
  stop(): Promise<void>;
} {
  const memory = Claims.memory(files.length);
  const claims = new Claims(memory);
  // A slot is emptied once its workbook is checked: only what the merge keeps of it stays.
  // Kept as they crossed, packed, until checked: a few dozen workbooks' cells as objects would outlive young
  // collections and fill the old generation with what is let go a moment later.
  const waiting: (WireHanded | undefined)[] = [];
  let readerDone = false;
  let wake: (() => void) | null = null;
  const thread = start(memory);
  thread.onMessage((m) => {
    if ('end' in m) readerDone = true;
    else waiting.push(m);
    wake?.();
  });
  thread.onFailure(() => {
    readerDone = true;
    wake?.();
  });

  async function finish(jobs: InputJob[], done: ReadDone): Promise<FileOutcome[]> {
    thread.hold();
    const checkInput = await loadChecks();
    const out: (FileOutcome | undefined)[] = new Array(jobs.length);
    let next = 0;
    try {
      for (;;) {
        if (next < waiting.length) {
          const { index, loaded } = unpacked(waiting[next]!);
          waiting[next++] = undefined;
          const outcome = (out[index] = checkInput(jobs[index], loaded));
          claims.taken();
          done(jobs[index], outcome);
        } else {
          const index = readerDone || waiting.length === 0 ? -1 : claims.back();
          if (index >= 0) {
            const outcome = (out[index] = await readHere(jobs[index]));
            done(jobs[index], outcome);
          } else if (readerDone) break;
          else await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
        // The reading thread's messages arrive between turns of the event loop.
        await new Promise(setImmediate);
      }
    } finally {
      await thread.stop();
    }
    // Taken by a reading thread that failed before handing them over: read here.
    for (let index = 0; index < jobs.length; index++) {
      if (out[index] !== undefined) continue;
      const outcome = (out[index] = await readHere(jobs[index]));
      done(jobs[index], outcome);
    }
    return out as FileOutcome[];
  }
  return { finish, stop: () => thread.stop() };
}
