/**
 * The reading thread of a merge on two cores (./reading-thread.ts): it takes
 * files from the front of the list, reads each with the lean reader into its
 * workbook model and posts it, or what kept it from being read; the main
 * thread checks the models. Started from the compiled file next to this one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadInput, readMergeInput } from '../merge/load-input';
import type { LoadJob } from '../merge/types';
import { Claims } from './claims';
import { textsLeaveThisThread } from './detach';
import { loadFront, toWire, type ReaderMessage } from './load-front';

const { jobs, memory } = workerData as { jobs: LoadJob[]; memory: SharedArrayBuffer };
const port = parentPort;
if (port) {
  // Every workbook read here is posted (copied) to the main thread, which keeps it.
  textsLeaveThisThread();
  void loadFront(
    jobs,
    new Claims(memory),
    (job) => loadInput(job, readMergeInput),
    (m: ReaderMessage) => port.postMessage(toWire(m)),
  );
}
