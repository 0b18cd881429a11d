/**
 * The merge consolidates each report as it is read, and reports arrive in any order (a second thread
 * reads from the front of the list while this one takes files from the back): the outcome is the one
 * of reading them in order, down to which of two identical files is the copy.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverInputs } from '../../../src/node/merge/discover';
import { loadJobs } from '../../../src/node/merge/load-jobs';
import { mergeFiles, readAllInProcess, type ReadAll } from '../../../src/node/merge/merge-files';
import { AS_OF, buildRound, PROVINCE, type Round } from './round';

let round: Round;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-arrival-'));
  round = await buildRound(dir);
  // The same report saved twice.
  const khcn = path.join(round.reports, 'so-khoa-hoc-va-cong-nghe.xlsx');
  fs.copyFileSync(khcn, path.join(round.reports, 'so-khoa-hoc-va-cong-nghe (1).xlsx'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every file read, then handed over last first. */
const backwards: ReadAll = async (jobs, done) => {
  const outcomes = await readAllInProcess(jobs, () => {});
  for (let i = jobs.length - 1; i >= 0; i--) done(jobs[i], outcomes[i]);
  return outcomes;
};

async function merge(readAll: ReadAll) {
  const { files } = await discoverInputs([round.reports], [round.plan]);
  const loads = loadJobs(
    files.map((file) => ({ file, display: path.relative(dir, file) })),
    round.plan,
  );
  return mergeFiles(loads, {
    plan: { file: round.plan, display: 'ke-hoach.xlsx' },
    asOf: AS_OF,
    registry: { province: PROVINCE },
    readAll,
  });
}

it('gives the same consolidation whatever order the reports are read in', async () => {
  const inOrder = await merge(readAllInProcess);
  const reversed = await merge(backwards);
  expect(reversed.inputs).toEqual(inOrder.inputs);
  expect(reversed.consolidation).toEqual(inOrder.consolidation);
  expect(reversed.issues).toEqual(inOrder.issues);

  // Of the two identical files, the one listed later is the copy, naming the other.
  const khcn = inOrder.inputs.filter((i) => path.basename(i.path).startsWith('so-khoa-hoc-va-cong-nghe'));
  expect(khcn.map((i) => i.reasonCode)).toEqual([null, 'duplicate-file']);
  expect(khcn[1].reason?.data).toEqual({ path: khcn[0].path });
  expect(inOrder.consolidation.accounts.map((a) => a.path)).not.toContain(khcn[1].path);
});
