/**
 * The merge from files to a consolidation: read the plan, read every input
 * (the pluggable step a worker pool can take over), hand the readable ones
 * to the core, and keep a record of every input for the report and JSON.
 */
import { concatenate, consolidate, type MergeFinding, type MergeInput } from '../../core/merge';
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
  RegistrySpec,
} from './types';
import { messageRef } from '../../core/messages';

/** Reads every job; `done` is called once per file as it finishes. Results in job order. */
export type ReadAll = (jobs: InputJob[], done: (job: InputJob) => void) => Promise<FileOutcome[]>;

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
    out.push(await readInput(job));
    done(job);
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

function record(o: FileOutcome): InputRecord {
  const base = { path: o.display, sha256: o.sha256, rowsRead: 0, rowsMerged: 0, rowsRejected: 0 };
  if (o.status === 'skipped') {
    return {
      ...base,
      status: 'skipped',
      agency: null,
      via: null,
      format: null,
      sheets: [],
      reasonCode: o.reason,
      reason: { id: `read.reason.${o.reason}`, data: {} },
    };
  }
  if (o.status === 'unreadable') {
    return {
      ...base,
      status: 'unreadable',
      agency: null,
      via: null,
      format: null,
      sheets: [],
      reasonCode: o.reason,
      reason: { id: `read.reason.${o.reason}`, data: {} },
    };
  }
  const sheets = [...new Set(o.tables.map((t) => t.sheet))];
  const reason =
    o.agency.name === null
      ? { id: 'merge.reject.E_REPORTER_UNKNOWN', data: {} }
      : o.tables.length === 0
        ? { id: 'finding.E_TABLE_NOT_FOUND', data: {} }
        : null;
  return {
    ...base,
    status: 'merged',
    agency: o.agency.name,
    via: o.agency.via,
    format: o.format,
    sheets,
    reasonCode: null,
    reason,
  };
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
  const jobs: InputJob[] = loads.map((load) => ({
    ...load,
    registry: spec,
    asOf: opts.asOf,
    withPlan: plan !== null,
  }));
  const outcomes = await readAll(jobs, (job) => opts.onFile?.(job.display));

  const inputs = outcomes.map(record);
  const copies = sameContent(outcomes);
  const readable: MergeInput[] = [];
  const at: number[] = [];
  outcomes.forEach((o, i) => {
    if (o.status !== 'read') return;
    const first = copies.get(i);
    if (first !== undefined) {
      inputs[i] = copyRecord(inputs[i], first);
      return;
    }
    readable.push({
      path: o.display,
      agency: o.agency,
      tables: o.tables,
      findings: o.findings,
      template: o.template,
    });
    at.push(i);
  });
  const ctx = { asOf: opts.asOf, registry: registryFor(spec) };
  const consolidation = plan ? consolidate(plan.plan, readable, ctx) : concatenate(readable, ctx);
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
 * Inputs whose bytes are those of an earlier readable input (index → the
 * earlier one's display path): the same report saved twice ("bao-cao (1).xlsx"
 * beside "bao-cao.xlsx", or a commune's file sent on by another). Merged twice,
 * every row of it would count twice.
 */
function sameContent(outcomes: readonly FileOutcome[]): Map<number, string> {
  const seen = new Map<string, string>();
  const copies = new Map<number, string>();
  outcomes.forEach((o, i) => {
    if (o.status !== 'read') return;
    const first = seen.get(o.sha256);
    if (first === undefined) seen.set(o.sha256, o.display);
    else copies.set(i, first);
  });
  return copies;
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
