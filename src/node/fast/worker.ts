/**
 * A piscina worker: reads a batch of merge inputs with the lean reader and
 * returns their outcomes (plain data, cloned back to the main thread). The
 * agency registry is rebuilt here from each job's spec.
 */
import { readMergeInput } from '../merge/load-input';
import { readInput } from '../merge/read-input';
import type { FileOutcome, InputJob } from '../merge/types';

export default async function readBatch(jobs: InputJob[]): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const job of jobs) out.push(await readInput(job, readMergeInput));
  return out;
}
