/**
 * The reading thread's side of a merge on two cores (./reading-thread.ts):
 * files taken from the front of the list, each read and handed over, never
 * more than a few ahead of the checks. Light on purpose: the thread loads
 * this, the lean reader and nothing of the engine.
 */
import type { FileOutcome, LoadJob } from '../merge/types';
import type { LoadedInput } from '../merge/load-input';
import type { Claims } from './claims';

/** Workbooks the reading thread reads ahead of the checks at most: enough that the checks never wait. */
const AHEAD = 32;

export type ReaderMessage = { index: number; loaded: FileOutcome | LoadedInput } | { end: true };

/** The reading thread's loop: files from the front, each loaded and posted, then the end. */
export async function loadFront(
  jobs: readonly LoadJob[],
  claims: Claims,
  load: (job: LoadJob) => Promise<FileOutcome | LoadedInput>,
  post: (m: ReaderMessage) => void,
): Promise<void> {
  for (let index = claims.front(); index >= 0; index = claims.front()) {
    post({ index, loaded: await load(jobs[index]) });
    claims.handed();
    claims.waitForRoom(AHEAD);
  }
  post({ end: true });
}
