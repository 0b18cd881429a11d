/**
 * The reading thread's side of a merge on two cores (./reading-thread.ts):
 * files taken from the front of the list, each read and handed over, never
 * more than a few ahead of the checks. Light on purpose: the thread loads
 * this, the lean reader and nothing of the engine.
 */
import type { FileOutcome, LoadJob } from '../merge/types';
import type { LoadedInput } from '../merge/load-input';
import type { Claims } from './claims';
import { packWorkbook, unpackWorkbook, type PackedWorkbook } from './packed-workbook';

/** Workbooks the reading thread reads ahead of the checks at most: enough that the checks never wait. */
const AHEAD = 32;

/** A file the reading thread read, by its index in the list of jobs. */
export interface Handed {
  index: number;
  loaded: FileOutcome | LoadedInput;
}
export type ReaderMessage = Handed | { end: true };

/** A file as it crosses between the threads: a loaded workbook packed (./packed-workbook.ts). */
export interface WireHanded {
  index: number;
  loaded: FileOutcome | (Omit<LoadedInput, 'workbook'> & { packed: PackedWorkbook });
}
export type WireMessage = WireHanded | { end: true };

export function toWire(m: ReaderMessage): WireMessage {
  if ('end' in m) return m;
  const { loaded } = m;
  if (loaded.status !== 'loaded') return { index: m.index, loaded };
  const { workbook, ...rest } = loaded;
  return { index: m.index, loaded: { ...rest, packed: packWorkbook(workbook) } };
}

export function unpacked(m: WireHanded): Handed {
  const { loaded } = m;
  if (loaded.status !== 'loaded') return { index: m.index, loaded };
  const { packed, ...rest } = loaded;
  return { index: m.index, loaded: { ...rest, workbook: unpackWorkbook(packed) } };
}

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
