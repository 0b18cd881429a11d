/**
 * The preview's stand-in for src/node/read/sheetjs-thread.ts: a browser page
 * has no worker_threads, and the preview is a test bench for the pane, so
 * SheetJS parses in the page's own thread, without a time limit, its notes
 * on damaged files muted as the thread mutes them.
 */
import * as XLSX from 'xlsx';

export function readInThread(
  input: Uint8Array | string,
  options: XLSX.ParsingOptions,
): Promise<XLSX.WorkBook> {
  return Promise.resolve().then(() => {
    const saved = { error: console.error, warn: console.warn, log: console.log };
    console.error = console.warn = console.log = () => undefined;
    try {
      return XLSX.read(input, options);
    } finally {
      Object.assign(console, saved);
    }
  });
}
