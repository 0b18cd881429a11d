/**
 * Reading a merge input in this thread, with the engine and the lean reader
 * loaded on first use: `phuluc merge` starts its reading thread before
 * loading them (./pool.ts), so that both start up at once.
 */
import type { checkInput as CheckInput } from '../merge/read-input';
import type { FileOutcome, InputJob } from '../merge/types';

/** One file read and checked here. */
export async function readHere(job: InputJob): Promise<FileOutcome> {
  const [{ readInput }, { readMergeInput }] = await Promise.all([
    import('../merge/read-input'),
    import('../merge/load-input'),
  ]);
  return readInput(job, readMergeInput);
}

/** The check of a workbook a reading thread hands over. */
export async function loadChecks(): Promise<typeof CheckInput> {
  return (await import('../merge/read-input')).checkInput;
}
