/**
 * `phuluc merge`: the agencies' reports (folders and files) consolidated
 * into the provincial report workbook, with a JSON summary on request.
 * Exit 0 without error-severity findings; 1 with any, or with an unreadable
 * input or plan; 2 on wrong usage, before anything is written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { t } from '../../core/messages';
import { displayPath } from '../display-path';
import { workerReadAll } from '../fast/pool';
import { checkOutput, makeOutputFolder, sameFile, writeAtomic } from '../fix/output-file';
import { discoverInputs } from '../merge/discover';
import { loadJobs } from '../merge/load-jobs';
import { readRegistrySpec } from '../merge/registry-spec';
import { startProgress } from '../progress';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CommandIO } from './io';
import type { MergeOptions } from './options';

/**
 * A merge keeps what it needs of every report until the report is written, so its live memory grows with the
 * round; V8 lets the heap grow up to four times past what a collection left live before the next one, and a
 * round of 4,000 files peaked 20 MB higher for it. Growth by half as much again costs no time measured.
 * (Read by V8 at each collection, so it takes effect when set at run time.)
 */
const HEAP_GROWTH = '--heap-growing-percent=50';

/**
 * No pretenuring: V8 allocates straight into the old generation from an allocation site whose objects mostly
 * outlived a young collection, and in a merge such sites go on allocating what is let go a file later, which
 * only a full collection frees. Without it the peak of 4,000 files fell 142 → 139 MB and that of 1,000 stayed
 * (medians of five merges each); 1,000 files merged as fast (fifteen interleaved merges, 1.40 and 1.38 s).
 * Read by V8 as it collects, in every thread: set before the reading thread starts.
 */
const PRETENURING = '--no-allocation-site-pretenuring';

/**
 * A merge runs each function of the reader and the engine a few thousand times at most, so most of its
 * optimizing happens while it runs: TurboFan's compiles of the two threads' code took 1.5 s of CPU for a
 * thousand files, on the same two cores as the threads themselves. Without inlining each compile takes half
 * as long (1,000 files 2.01 → 1.84 s, medians of fifteen interleaved merges; 150 files 0.85 → 0.73 s); with
 * twice V8's budget of work before a function is compiled (67,584), fewer are, those that run most
 * (1,000 files 1.46 → 1.37 s, fifteen merges, CPU 2.58 → 2.37 s; 4,000 files 3.67 → 3.57 s; 150 files
 * 0.54 → 0.53 s). Read by V8 at each compile and for each function as it first runs, in every thread: set
 * before the reading thread starts and before the engine loads.
 */
const COMPILING = ['--no-turbo-inlining', '--interrupt-budget=135168'];

/**
 * One full collection between the reading and the report. What each report was read into is let go once it
 * is consolidated, but stays in the heap until V8's next full collection, which a national round reaches only
 * after the report's own allocations have grown the heap over it (4,000 files: 10 to 15 MB higher peak).
 * V8 offers `gc` to contexts made after --expose-gc is set, so one is made for it.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

export async function runMerge(inputs: string[], opts: MergeOptions, io: CommandIO): Promise<number> {
  setFlagsFromString(HEAP_GROWTH);
  setFlagsFromString(PRETENURING);
  for (const flag of COMPILING) setFlagsFromString(flag);
  if (!/\.xlsx$/i.test(opts.out)) throw new UsageError('merge.outNotXlsx', { file: opts.out });
  const spec = readRegistrySpec(opts, io);
  const jsonFile = opts.json && opts.json !== '-' ? opts.json : null;
  const outputs = [opts.out, ...(jsonFile ? [jsonFile] : [])];
  const { files, named, setAside } = await discoverInputs(inputs, [
    ...outputs,
    ...(opts.plan ? [opts.plan] : []),
  ]);
  // The report's path inside an input folder: overwriting is for an earlier report only, never an agency's file.
  // The summary's path there: folders are searched for spreadsheets and documents only, never a summary.
  for (const file of setAside) {
    if (sameFile(file, opts.out) && !(await isEarlierReport(file)))
      throw new UsageError('cli.outputIsInput', { file: opts.out });
    if (jsonFile && sameFile(file, jsonFile)) throw new UsageError('cli.outputIsInput', { file: jsonFile });
  }
  if (files.length === 0) throw new UsageError('cli.noInputs');
  if (jsonFile && (jsonFile === opts.out || sameFile(jsonFile, opts.out)))
    throw new UsageError('merge.jsonIsReport', { file: jsonFile });
  const sources = [...named, ...(opts.plan ? [opts.plan] : [])];
  for (const out of outputs) checkOutput(out, sources, opts.force);

  const shown = (file: string) => displayPath(file, io.cwd);
  const loads = loadJobs(
    files.map((file) => ({ file, display: shown(file) })),
    opts.plan ?? null,
  );
  // Started now: a reading thread starts up while this thread loads the engine and reads the plan.
  const reading = workerReadAll()(loads);
  // Loaded only now (this module loads little at first), while the reading thread starts up.
  const [{ mergeFiles }, { PlanError }, { writeReport }, { mergeJson }, { mergeText }] = await Promise.all([
    import('../merge/merge-files'),
    import('../merge/read-plan'),
    import('../report/write-report'),
    import('../merge/summary-json'),
    import('../merge/summary-text'),
  ]);
  const progress = startProgress(io, files.length, t('merge.progress', {}, opts.lang));
  let run;
  try {
    run = await mergeFiles(loads, {
      plan: opts.plan ? { file: opts.plan, display: shown(opts.plan) } : undefined,
      asOf: opts.asOf,
      registry: spec,
      onFile: (display) => progress.tick(display),
      readAll: reading.read,
    });
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    progress.stop();
    io.err(`phuluc: ${t(e.reason.id, e.reason.data, opts.lang)}\n`);
    return EXIT_FINDINGS;
  } finally {
    // The reading thread of a merge that ended before reading (its plan could not be read) is stopped.
    await reading.stop();
  }
  progress.stop();
  collectGarbage();

  for (const out of outputs) await makeOutputFolder(out);
  await writeReport(run, opts.out);
  // The summary JSON of a large round is megabytes: built only when asked for.
  const json = () => JSON.stringify(mergeJson(run, shown(opts.out), opts.lang), null, 2) + '\n';
  if (opts.json === '-') io.out(json());
  else if (jsonFile) {
    const text = json();
    await writeAtomic(jsonFile, (tmp) => fs.promises.writeFile(tmp, text));
  }
  const summary = mergeText(
    run,
    { report: shown(opts.out), json: jsonFile ? shown(jsonFile) : null },
    opts.lang,
  );
  // Under --json - standard output holds the JSON document alone.
  if (opts.json === '-') io.err(summary);
  else io.out(summary);

  const failed =
    run.inputs.some((i) => i.status === 'unreadable') || run.issues.some((f) => f.severity === 'error');
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

async function isEarlierReport(file: string): Promise<boolean> {
  const [{ readWorkbookBufferLean }, { isPhulucReport }] = await Promise.all([
    import('../fast/lean-read'),
    import('../report/report-marker'),
  ]);
  const outcome = await readWorkbookBufferLean(await fs.promises.readFile(file), path.basename(file));
  return outcome.ok && isPhulucReport(outcome.workbook);
}
