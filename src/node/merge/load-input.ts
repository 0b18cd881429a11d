/**
 * The first half of reading a merge input: the file's hash and its workbook
 * model, or what kept it from being read (a lock file, the plan, a damaged
 * file). Nothing here loads the engine: a reading thread starts faster
 * without it.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkbookModel } from '../../core/model/sheet';
import { readWorkbookBufferLean } from '../fast/lean-read';
import type { ReadOutcome } from '../read/outcome';
import { sniffName } from '../read/sniff';
import { mayBeReport } from '../report/report-marker';
import type { FileOutcome, LoadJob } from './types';

export type BufferReader = (bytes: Uint8Array, name: string) => Promise<ReadOutcome>;

/**
 * The merge's reader: the lean one, leaving out the document properties of templates. The merge reads
 * properties only for the mark of an earlier report (../report/report-marker.ts), and each template has its
 * own (its agency in the title), inflated and parsed for every file: reading a thousand files without any
 * file's took 1.24 s instead of 1.27.
 */
export const readMergeInput: BufferReader = (bytes, name) =>
  readWorkbookBufferLean(bytes, name, {}, { properties: mayBeReport });

/** A file read into its workbook model, not yet checked: what a reading thread hands on. */
export interface LoadedInput {
  status: 'loaded';
  display: string;
  sha256: string;
  workbook: WorkbookModel;
}

/** The file read and parsed, or what kept it from being read. */
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
    const stat = fs.statSync(job.file, { bigint: true });
    if (job.plan && stat.dev === job.plan.dev && stat.ino === job.plan.ino)
      return { status: 'skipped', display: job.display, sha256: null, reason: 'plan' };
    if (!stat.isFile()) return unreadable('io-error', 'not a regular file');
    // A lock file is not even opened: Excel may hold it.
    const skip = sniffName(name, Number(stat.size));
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
