/**
 * A piscina worker: reads a batch of merge inputs with the lean reader and
 * returns their outcomes (plain data, cloned back to the main thread). The
 * agency registry is rebuilt here from each job's spec.
 */
import { readInput } from '../merge/read-input';
import type { FileOutcome, InputJob } from '../merge/types';
import { readWorkbookBufferLean } from './lean-read';

export default async function readBatch(jobs: InputJob[]): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const job of jobs) out.push(await readInput(job, readWorkbookBufferLean));
  return out;
}
