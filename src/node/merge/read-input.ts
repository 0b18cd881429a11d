/**
 * One input file to what the merge needs of it: its hash (./load-input.ts),
 * its task tables and findings (through the same engine as `validate`), its
 * reporting agency. `(job) => FileOutcome` depends on nothing but its argument, so a
 * worker pool can run it; the workbook reader is a parameter so a faster
 * reader can be put in its place.
 */
import * as path from 'node:path';
import { checkWorkbook } from '../../core/engine';
import { detectReportingAgency, keepForMerge, readTemplateMetadata, rulesListed } from '../../core/merge';
import { isPhulucReport } from '../report/report-marker';
import { registryFor } from './registry-spec';
import { loadInput, type BufferReader, type LoadedInput } from './load-input';
import type { FileOutcome, InputJob } from './types';

export async function readInput(job: InputJob, read?: BufferReader): Promise<FileOutcome> {
  return checkInput(job, await loadInput(job, read));
}

/** The second half of `readInput`: a loaded workbook through the engine, its reporting agency found. */
export function checkInput(job: InputJob, loaded: FileOutcome | LoadedInput): FileOutcome {
  if (loaded.status !== 'loaded') return loaded;
  const { workbook: wb, sha256 } = loaded;
  // An earlier consolidated report left among the reports is not one of them.
  if (isPhulucReport(wb))
    return { status: 'skipped', display: job.display, sha256: null, reason: 'phuluc-report' };
  const registry = registryFor(job.registry);
  const ctx = { asOf: job.asOf, planDate: null, horizon: null, registry };
  // Only the rules whose findings the merge lists: the rest would be dropped by keepForMerge below.
  const { tables, findings } = checkWorkbook(wb, ctx, rulesListed(job.withPlan));
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
