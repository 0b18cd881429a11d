/**
 * SheetJS parses in a thread of its own, with a time limit. Its parsers can
 * loop forever on a damaged file (a damaged .xls formula: parse_Rgce waits
 * for its read position to land exactly on the record's end, and a damaged
 * token jumps past it), and XLSX.read is synchronous: in this thread such a
 * file would stop every file after it, and the command with them. The thread
 * is started once and reused; one that runs out of time is ended, and the
 * file is called damaged.
 */
import { Worker } from 'node:worker_threads';
import type * as XLSX from 'xlsx';
import { ReadError } from './outcome';

// Evaluated as CommonJS in the worker: loads the same SheetJS build by path and mutes its console notes
// on damaged files ("Missing Info for XLS Record", thousands of lines for one bad file).
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const XLSX = require(workerData.xlsx);
console.error = console.warn = console.log = () => undefined;
parentPort.on('message', ({ input, options }) => {
  let reply;
  try {
    reply = { workbook: XLSX.read(input, options) };
  } catch (e) {
    reply = { error: String((e && e.message) || e) };
  }
  parentPort.postMessage(reply);
});
`;

type Reply = { workbook: XLSX.WorkBook } | { error: string };

let worker: Worker | null = null;
// One file at a time: replies come back in the order asked, and a time limit belongs to one file.
let queue: Promise<unknown> = Promise.resolve();

function thread(): Worker {
  if (!worker) {
    worker = new Worker(SOURCE, { eval: true, workerData: { xlsx: require.resolve('xlsx') } });
    // Never what keeps a command running once its work is done.
    worker.unref();
  }
  return worker;
}

/** XLSX.read in the SheetJS thread; a thrown message comes back as an Error with it. */
export function readInThread(
  input: Uint8Array | string,
  options: XLSX.ParsingOptions,
  seconds: number,
): Promise<XLSX.WorkBook> {
  const run = queue.then(() => readOnce(input, options, seconds));
  queue = run.catch(() => undefined);
  return run;
}

function readOnce(
  input: Uint8Array | string,
  options: XLSX.ParsingOptions,
  seconds: number,
): Promise<XLSX.WorkBook> {
  const w = thread();
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
    };
    const onMessage = (reply: Reply) => {
      done();
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply.workbook);
    };
    const onError = (e: Error) => {
      done();
      worker = null;
      reject(e);
    };
    const timer = setTimeout(() => {
      done();
      worker = null;
      void w.terminate();
      reject(new ReadError('corrupt', `SheetJS did not finish within ${seconds} s`));
    }, seconds * 1000);
    w.on('message', onMessage);
    w.on('error', onError);
    w.postMessage({ input, options });
  });
}
