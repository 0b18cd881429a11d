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

export type ReaderMessage = { index: number; loaded: FileOutcome | LoadedInput } | { end: true };

/** A ReaderMessage as it crosses between the threads: a loaded workbook packed (./packed-workbook.ts). */
export type WireMessage =
  | { index: number; loaded: FileOutcome | (Omit<LoadedInput, 'workbook'> & { packed: PackedWorkbook }) }
  | { end: true };

export function toWire(m: ReaderMessage): WireMessage {
  if ('end' in m) return m;
  const { loaded } = m;
  if (loaded.status !== 'loaded') return { index: m.index, loaded };
  const { workbook, ...rest } = loaded;
  return { index: m.index, loaded: { ...rest, packed: packWorkbook(workbook) } };
}

export function fromWire(m: WireMessage): ReaderMessage {
  if ('end' in m) return m;
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
