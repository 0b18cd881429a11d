import * as path from 'node:path';
import { t, type Lang } from '../../core/messages';
import { displayPath } from '../display-path';
import { PlanError } from '../merge/read-plan';
import { readRegistrySpec } from '../merge/registry-spec';
import { writeTemplates, type TemplateRun } from '../template/template-files';
import { EXIT_FINDINGS, EXIT_OK, type CommandIO } from './io';
import type { TemplateOptions } from './options';

/**
 * `phuluc template --plan <p> --out <folder>`: one report workbook per agency.
 * Exit 0 when written, 1 when the plan cannot be used, 2 for wrong usage
 * (a template exists without --force, the output folder is a file).
 */
export async function runTemplate(_inputs: string[], opts: TemplateOptions, io: CommandIO): Promise<number> {
  const planDisplay = displayPath(opts.plan, io.cwd);
  let run: TemplateRun;
  try {
    run = await writeTemplates({
      plan: opts.plan,
      planDisplay,
      out: opts.out,
      force: opts.force,
      collectives: opts.collectives,
      registry: readRegistrySpec(opts, io),
      asOf: new Date().toISOString().slice(0, 10),
    });
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    io.err(`phuluc: ${t(e.reason.id, e.reason.data, opts.lang)}\n`);
    return EXIT_FINDINGS;
  }
  if (run.written.length === 0) {
    io.err(`phuluc: ${t('template.noRecipients', { plan: planDisplay }, opts.lang)}\n`);
    return EXIT_FINDINGS;
  }
  io.out(templateText(run, displayPath(opts.out, io.cwd), planDisplay, opts.lang));
  return EXIT_OK;
}

function templateText(run: TemplateRun, dir: string, plan: string, lang: Lang): string {
  const lines = [
    t('template.written', { count: run.written.length, dir, plan, tasks: run.plan.plan.tasks.length }, lang),
  ];
  for (const { file, recipient: r } of run.written) {
    const data = {
      file: path.basename(file),
      agency: r.agency,
      tasks: r.tasks.length,
      led: r.led,
      supported: r.supported,
    };
    lines.push(`  ${t(r.collective ? 'template.fileCollective' : 'template.file', data, lang)}`);
  }
  if (run.unassigned.length) {
    const list = run.unassigned
      .map((task) => (task.stt ? `${task.stt}. ${task.task}` : task.task))
      .join('; ');
    lines.push(t('template.unassigned', { list }, lang));
  }
  return lines.join('\n') + '\n';
}
