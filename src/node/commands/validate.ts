import { t } from '../../core/messages';
import type { Context } from '../../core/model/context';
import { displayPath } from '../display-path';
import { validateJson } from '../format/validate-json';
import { validateText } from '../format/validate-text';
import { startProgress } from '../progress';
import { loadRegistry } from '../registry-file';
import { validateFile, type FileResult } from '../validate-files';
import { EXIT_FINDINGS, EXIT_OK, type CommandIO } from './io';
import type { ValidateOptions } from './options';

/** `phuluc validate`: exit 0 without error-severity findings, 1 with any (an unreadable file counts). */
export async function runValidate(files: string[], opts: ValidateOptions, io: CommandIO): Promise<number> {
  const ctx: Context = {
    asOf: opts.asOf,
    planDate: opts.planDate ?? null,
    horizon: opts.horizon ?? null,
    registry: loadRegistry(opts, io),
  };
  const progress = startProgress(io, files.length, t('validate.progress', {}, opts.lang));
  const results: FileResult[] = [];
  for (const file of files) {
    const shown = displayPath(file, io.cwd);
    progress.tick(shown);
    results.push(await validateFile(file, shown, ctx));
  }
  progress.stop();
  io.out(opts.json ? JSON.stringify(validateJson(results, opts.lang), null, 2) + '\n' : validateText(results, opts.lang));
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}
