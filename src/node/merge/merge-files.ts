/**
 * The merge from files to a consolidation: read the plan, read every input
 * (the pluggable step a worker pool can take over), hand the readable ones
 * to the core, and keep a record of every input for the report and JSON.
 */
import { copyWith } from '../../core/copy-with';
import { concatenate, startConsolidation, type MergeFinding, type MergeInput } from '../../core/merge';
import { readInput } from './read-input';
import { readPlan } from './read-plan';
import { registryFor } from './registry-spec';
import type {
  FileOutcome,
  InputJob,
  InputRecord,
  LoadJob,
  MergeRun,
  PlanRecord,
  ReadDone,
  RegistrySpec,
} from './types';
import { messageRef } from '../../core/messages';

/**
 * Reads every job; `done` is called once per file as it finishes, with its outcome (in any order).
 * Results in job order: the same objects `done` was given.
 */
export type ReadAll = (jobs: InputJob[], done: ReadDone) => Promise<FileOutcome[]>;

/**
 * Reading started with the files alone, before the plan is read (a reading thread may start on them):
 * `read` finishes it with the jobs (the same files, in the same order) once the plan is known, `stop`
 * ends it, read or not.
 */
export interface Reading {
  read: ReadAll;
  stop(): Promise<void>;
}
export type StartReading = (files: readonly LoadJob[]) => Reading;

export const readAllInProcess: ReadAll = async (jobs, done) => {
  const out: FileOutcome[] = [];
  for (const job of jobs) {
    const outcome = await readInput(job);
    out.push(outcome);
    done(job, outcome);
  }
  return out;
};

export interface MergeFilesOptions {
  plan?: { file: string; display: string };
  asOf: string;
  registry: RegistrySpec;
  /** Called with each input's display path as it is read. */
  onFile?: (display: string) => void;
  /** Reading of the same files in the same order, maybe already started (Reading). */
  readAll?: ReadAll;
}

/** An input's line of the summary; one literal, so that every record shares one V8 shape (core/copy-with.ts). */
function record(o: FileOutcome): InputRecord {
  const read = o.status === 'read' ? o : null;
  return {
    path: o.display,
    sha256: o.sha256,
    rowsRead: 0,
    rowsMerged: 0,
    rowsRejected: 0,
    status: o.status === 'read' ? 'merged' : o.status,
    agency: read?.agency.name ?? null,
    via: read?.agency.via ?? null,
    format: read?.format ?? null,
    sheets: read ? [...new Set(read.tables.map((t) => t.sheet))] : [],
    reasonCode: o.status === 'read' ? null : o.reason,
    reason: o.status === 'read' ? setAsideReason(o) : { id: `read.reason.${o.reason}`, data: {} },
  };
}

/** Why a file read well merges nothing: no reporting agency, or no task table. */
function setAsideReason(o: Extract<FileOutcome, { status: 'read' }>): InputRecord['reason'] {
  if (o.agency.name === null) return { id: 'merge.reject.E_REPORTER_UNKNOWN', data: {} };
  return o.tables.length === 0 ? { id: 'finding.E_TABLE_NOT_FOUND', data: {} } : null;
}

/**
 * `loads` (./load-jobs.ts) are read by `opts.readAll`, which the caller may have started on
 * them already (a reading thread starts up while the plan is read).
 */
export async function mergeFiles(loads: readonly LoadJob[], opts: MergeFilesOptions): Promise<MergeRun> {
  const readAll = opts.readAll ?? readAllInProcess;
  let spec = opts.registry;
  let plan: PlanRecord | null = null;
  if (opts.plan) {
    const read = await readPlan(opts.plan.file, opts.plan.display, spec, opts.asOf);
    plan = read.record;
    spec = read.spec;
  }
  const jobs: InputJob[] = loads.map((load) =>
    copyWith(load, { registry: spec, asOf: opts.asOf, withPlan: plan !== null }),
  );
  const ctx = { asOf: opts.asOf, registry: registryFor(spec) };
  // With a plan each report is consolidated as soon as it and every one before it are read, and its tables
  // let go: a national round never holds every report's rows beside their consolidation.
  const consolidating = plan ? startConsolidation(plan.plan, ctx) : null;
  const readable: MergeInput[] = [];
  const inputs: InputRecord[] = new Array(jobs.length);
  const at: number[] = [];
  // The first readable input with given bytes: the same report saved twice ("bao-cao (1).xlsx" beside
  // "bao-cao.xlsx", or a commune's file sent on by another) is listed as a copy, not merged twice.
  const firstWith = new Map<string, string>();
  const take = (o: FileOutcome, i: number) => {
    inputs[i] = record(o);
    if (o.status !== 'read') return;
    const first = firstWith.get(o.sha256);
    if (first !== undefined) {
      inputs[i] = copyRecord(inputs[i], first);
      return;
    }
    firstWith.set(o.sha256, o.display);
    at.push(i);
    const input = {
      path: o.display,
      agency: o.agency,
      tables: o.tables,
      findings: o.findings,
      template: o.template,
    };
    if (!consolidating) return void readable.push(input);
    consolidating.add(input);
    // Consolidated: the rows and the template's metadata (read by the consolidation alone) go; the outcome
    // stays for the list of inputs.
    o.tables = [];
    o.findings = [];
    o.template = null;
  };
  const handOver = inJobOrder(jobs, take);
  const outcomes = await readAll(jobs, (job, outcome) => {
    opts.onFile?.(job.display);
    handOver.arrived(job, outcome);
  });
  handOver.rest(outcomes);

  const consolidation = consolidating ? consolidating.finish() : concatenate(readable, ctx);
  consolidation.accounts.forEach((a, k) =>
    Object.assign(inputs[at[k]], {
      rowsRead: a.rowsRead,
      rowsMerged: a.rowsMerged,
      rowsRejected: a.rowsRejected,
    }),
  );
  return {
    asOf: opts.asOf,
    province: spec.province ?? null,
    plan,
    inputs,
    consolidation,
    issues: allIssues(plan, outcomes, consolidation.findings),
  };
}

/**
 * Outcomes put back in job order as they arrive (a second thread reads from the front while this one
 * takes files from the back): `take` has each as soon as it and every one before it are in.
 */
function inJobOrder(
  jobs: readonly InputJob[],
  take: (outcome: FileOutcome, index: number) => void,
): { arrived: ReadDone; rest(outcomes: readonly FileOutcome[]): void } {
  const order = new Map(jobs.map((job, i) => [job, i]));
  const waiting: (FileOutcome | undefined)[] = new Array(jobs.length);
  let next = 0;
  return {
    arrived(job, outcome) {
      const i = order.get(job);
      if (i === undefined || i < next) return;
      waiting[i] = outcome;
      for (; next < jobs.length && waiting[next] !== undefined; next++) {
        take(waiting[next] as FileOutcome, next);
        waiting[next] = undefined;
      }
    },
    // Any a reader did not hand over as it finished.
    rest(outcomes) {
      for (; next < jobs.length; next++) take(outcomes[next], next);
    },
  };
}

/** A byte-for-byte copy: listed as skipped, naming the file it repeats; its hash stays to show it. */
function copyRecord(r: InputRecord, first: string): InputRecord {
  return {
    ...r,
    status: 'skipped',
    agency: null,
    via: null,
    sheets: [],
    reasonCode: 'duplicate-file',
    reason: { id: 'merge.skip.duplicateFile', data: { path: first } },
  };
}

/** Plan first, then the inputs in their order (an unreadable file's one finding in its place); stable within a file. */
function allIssues(
  plan: PlanRecord | null,
  outcomes: readonly FileOutcome[],
  findings: readonly MergeFinding[],
): MergeFinding[] {
  const rank = new Map<string | null, number>([[plan?.path ?? null, -1]]);
  outcomes.forEach((o, i) => rank.set(o.display, i));
  const unreadable = outcomes.flatMap((o): MergeFinding[] =>
    o.status === 'unreadable'
      ? [
          {
            code: o.code,
            severity: 'error',
            path: o.display,
            sheet: null,
            cell: null,
            row: null,
            field: null,
            messageId: `finding.${o.code}`,
            data: { reason: messageRef(`read.reason.${o.reason}`) },
          },
        ]
      : [],
  );
  const all = [...unreadable, ...findings];
  const key = (f: MergeFinding) => rank.get(f.path) ?? outcomes.length;
  return all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => key(a.f) - key(b.f) || a.i - b.i)
    .map((x) => x.f);
}
