/**
 * `phuluc template` from plan to files: the plan read exactly as `merge`
 * reads it (same task ids, same fingerprint), the tasks shared out, every
 * target checked before the first is written, each written atomically.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PlanTask } from '../../core/merge';
import { UsageError } from '../commands/io';
import { checkOutput, makeOutputFolder, writeAtomic } from '../fix/output-file';
import { readPlan } from '../merge/read-plan';
import { registryFor } from '../merge/registry-spec';
import type { PlanRecord, RegistrySpec } from '../merge/types';
import { distributeTasks, type Recipient } from './recipients';
import { templateFileNames } from './slug';
import { buildTemplateWorkbook } from './write-template';

export interface TemplateOptions {
  plan: string;
  planDisplay: string;
  /** The folder the templates go to; made when missing. */
  out: string;
  force: boolean;
  collectives: boolean;
  registry: RegistrySpec;
  /** Only shapes the plan's own findings, which templates do not use. */
  asOf: string;
}

export interface WrittenTemplate {
  file: string;
  recipient: Recipient;
}

export interface TemplateRun {
  plan: PlanRecord;
  province: string | null;
  written: WrittenTemplate[];
  unassigned: PlanTask[];
}

export async function writeTemplates(opts: TemplateOptions): Promise<TemplateRun> {
  const { record, spec } = await readPlan(opts.plan, opts.planDisplay, opts.registry, opts.asOf);
  const { recipients, unassigned } = distributeTasks(record.plan.tasks, registryFor(spec), opts.collectives);
  const province = spec.province ?? null;
  const run: TemplateRun = { plan: record, province, written: [], unassigned };
  if (recipients.length === 0) return run;

  if (fs.existsSync(opts.out) && !fs.statSync(opts.out).isDirectory())
    throw new UsageError('template.outNotFolder', { dir: opts.out });
  const files = templateFileNames(recipients.map((r) => r.agency)).map((name) => path.join(opts.out, name));
  for (const file of files) checkOutput(file, [opts.plan], opts.force);
  await makeOutputFolder(opts.out, opts.out);

  for (const [i, recipient] of recipients.entries()) {
    const wb = await buildTemplateWorkbook({
      agency: recipient.agency,
      collective: recipient.collective,
      tasks: recipient.tasks,
      planFile: path.basename(opts.plan),
      planFingerprint: record.plan.fingerprint,
      province,
      planNumber: record.info.number,
      planDate: record.info.date,
    });
    await writeAtomic(files[i], (tmp) => wb.xlsx.writeFile(tmp));
    run.written.push({ file: files[i], recipient });
  }
  return run;
}
