import { t, type Lang } from '../../core/messages';
import type { Context } from '../../core/model/context';
import { displayPath } from '../display-path';
import { validateJson } from '../format/validate-json';
import { validateText } from '../format/validate-text';
import { startProgress } from '../progress';
import { validateFile, type FileResult } from '../validate-files';
import type { Plan } from '../../core/merge';
import { readPlan, PlanError } from '../merge/read-plan';
import { readRegistrySpec, registryFor } from '../merge/registry-spec';
import type { RegistrySpec } from '../merge/types';
import { checkAgainstPlan } from '../validate-against-plan';
import { EXIT_FINDINGS, EXIT_OK, type CommandIO } from './io';
import type { ValidateOptions } from './options';

/**
 * The plan a report is checked against. One that cannot be read or holds no table is said plainly and
 * ends the run with exit 1, as in `merge` (an unreadable input); a --plan that is not there is wrong usage.
 */
async function loadPlan(
  file: string,
  io: CommandIO,
  spec: RegistrySpec,
  asOf: string,
  lang: Lang,
): Promise<{ plan: Plan; spec: RegistrySpec } | null> {
  try {
    const { record, spec: withProvince } = await readPlan(file, displayPath(file, io.cwd), spec, asOf);
    return { plan: record.plan, spec: withProvince };
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    io.err(`phuluc: ${t(e.reason.id, e.reason.data, lang)}\n`);
    return null;
  }
}

/** `phuluc validate`: exit 0 without error-severity findings, 1 with any (an unreadable file counts). */
export async function runValidate(files: string[], opts: ValidateOptions, io: CommandIO): Promise<number> {
  const spec = readRegistrySpec(opts, io);
  const loaded = opts.plan ? await loadPlan(opts.plan, io, spec, opts.asOf, opts.lang) : null;
  if (opts.plan && !loaded) return EXIT_FINDINGS;
  const ctx: Context = {
    asOf: opts.asOf,
    planDate: opts.planDate ?? null,
    horizon: opts.horizon ?? null,
    // The plan's province ("… của UBND tỉnh Bắc Ninh") completes names when --province is not given.
    registry: registryFor(loaded?.spec ?? spec),
  };
  const plan = loaded?.plan ?? null;
  const progress = startProgress(io, files.length, t('validate.progress', {}, opts.lang));
  const results: FileResult[] = [];
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    progress.tick(shown);
    const { result, workbook } = await validateFile(file, shown, ctx);
    results.push(plan && workbook ? checkAgainstPlan(result, workbook, plan, ctx) : result);
  }
  progress.stop();
  io.out(
    opts.json
      ? JSON.stringify(validateJson(results, opts.lang), null, 2) + '\n'
      : validateText(results, opts.lang),
  );
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}
