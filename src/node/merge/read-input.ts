/**
 * One input file to what the merge needs of it: its hash, its task tables
 * and findings (through the same engine as `validate`), its reporting
 * agency. `(job) => FileOutcome` depends on nothing but its argument, so a
 * worker pool can run it; the workbook reader is a parameter so a faster
 * reader can be put in its place.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../core/engine';
import { detectReportingAgency, keepForMerge, readTemplateMetadata } from '../../core/merge';
import type { WorkbookModel } from '../../core/model/sheet';
import type { ReadOutcome } from '../read';
import { sniffName } from '../read/sniff';
import { isPhulucReport } from '../report/report-marker';
import { registryFor } from './registry-spec';
import type { FileOutcome, InputJob, LoadJob } from './types';

export type BufferReader = (bytes: Uint8Array, name: string) => Promise<ReadOutcome>;

export async function readInput(job: InputJob, read?: BufferReader): Promise<FileOutcome> {
  return checkInput(job, await loadInput(job, read));
}

/** A file read into its workbook model, not yet checked: what a reading thread hands on. */
export interface LoadedInput {
  status: 'loaded';
  display: string;
  sha256: string;
  workbook: WorkbookModel;
}

/** The first half of `readInput`: the file read and parsed, or what kept it from being read. */
export async function loadInput(job: LoadJob, read?: BufferReader): Promise<FileOutcome | LoadedInput> {
  const name = path.basename(job.file);
  const unreadable = (reason: 'io-error', detail: string, sha256: string | null = null): FileOutcome => ({
    status: 'unreadable',
    display: job.display,
    sha256,
    code: 'E_FILE_UNREADABLE',
    reason,
    detail,
  });
  let bytes: Uint8Array;
  // Synchronous reads: a report is small, and a thread pool round trip per call costs more than the read itself.
  try {
    const stat = fs.statSync(job.file);
    if (job.plan && stat.dev === job.plan.dev && stat.ino === job.plan.ino)
      return { status: 'skipped', display: job.display, sha256: null, reason: 'plan' };
    if (!stat.isFile()) return unreadable('io-error', 'not a regular file');
    // A lock file is not even opened: Excel may hold it.
    const skip = sniffName(name, stat.size);
    if (skip?.kind === 'skip')
      return { status: 'skipped', display: job.display, sha256: null, reason: skip.reason };
    bytes = fs.readFileSync(job.file);
  } catch (e) {
    return unreadable('io-error', (e as NodeJS.ErrnoException).code ?? String(e));
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // The full reader is loaded only when no other is given: exceljs and SheetJS take long to load in each worker.
  const reader = read ?? (await import('../read')).readWorkbookBuffer;
  const outcome = await reader(bytes, name);
  if (!outcome.ok) {
    if (outcome.code === 'SKIPPED')
      return { status: 'skipped', display: job.display, sha256: null, reason: outcome.reason };
    return {
      status: 'unreadable',
      display: job.display,
      sha256,
      code: outcome.code,
      reason: outcome.reason,
      ...(outcome.detail ? { detail: outcome.detail } : {}),
    };
  }
  return { status: 'loaded', display: job.display, sha256, workbook: outcome.workbook };
}

/** The second half of `readInput`: a loaded workbook through the engine, its reporting agency found. */
export function checkInput(job: InputJob, loaded: FileOutcome | LoadedInput): FileOutcome {
  if (loaded.status !== 'loaded') return loaded;
  const { workbook: wb, sha256 } = loaded;
  // An earlier consolidated report left among the reports is not one of them.
  if (isPhulucReport(wb))
    return { status: 'skipped', display: job.display, sha256: null, reason: 'phuluc-report' };
  const registry = registryFor(job.registry);
  const { tables, findings } = checkWorkbook(wb, { asOf: job.asOf, planDate: null, horizon: null, registry });
  const template = readTemplateMetadata(wb);
  const fileName = path.basename(job.file);
  const agency = detectReportingAgency({ sheets: wb.sheets, tables, fileName, template, registry });
  // Kept until every file is read (and sent from a worker): only what the consolidation reads.
  const listed = keepForMerge(tables, findings, job.withPlan);
  return {
    status: 'read',
    display: job.display,
    sha256,
    format: wb.format,
    tables,
    findings: listed,
    agency,
    template,
  };
}
