import * as fs from 'node:fs';
import { messageRef, t } from '../../core/messages';
import type { Context } from '../../core/model/context';
import { displayPath } from '../display-path';
import { fixWorkbookFile } from '../fix/fix-file';
import { fixFailureJson, fixJson, fixText } from '../fix/fix-report';
import { checkOutput, makeOutputFolder } from '../fix/output-file';
import { loadRegistry } from '../registry-file';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CommandIO } from './io';
import type { FixOptions } from './options';

/**
 * `phuluc fix <in> --out <out>`: the safe fixes written to a copy (always
 * .xlsx). Exit as CONTRACT.md says for every command: 0 when the copy has no
 * error-severity finding left, 1 when it still has one (the copy is written
 * all the same) or the input cannot be read, 2 for wrong usage (output
 * exists, equals the input, is not .xlsx).
 */
export async function runFix(inputs: string[], opts: FixOptions, io: CommandIO): Promise<number> {
  const input = inputs[0];
  if (!fs.existsSync(input)) throw new UsageError('cli.fileNotFound', { file: input });
  if (!/\.xlsx$/i.test(opts.out)) throw new UsageError('fix.outNotXlsx', { file: opts.out });
  checkOutput(opts.out, [input], opts.force);
  const ctx: Context = {
    // No rule with a fix depends on the date; it only shapes the findings left to report.
    asOf: new Date().toISOString().slice(0, 10),
    planDate: null,
    horizon: null,
    registry: loadRegistry(opts, io),
  };
  const shownInput = displayPath(input, io.cwd);
  // As merge does: the folder the copy goes to is made when missing.
  await makeOutputFolder(opts.out);
  const result = await fixWorkbookFile(input, opts.out, ctx);
  if (!result.ok) {
    if (opts.json)
      io.out(
        JSON.stringify(
          fixFailureJson(
            shownInput,
            result.code === 'SKIPPED' ? 'E_FILE_UNREADABLE' : result.code,
            result.reason,
            opts.lang,
          ),
          null,
          2,
        ) + '\n',
      );
    io.err(
      `phuluc: ${t('fix.unreadable', { file: shownInput, reason: messageRef(`read.reason.${result.reason}`) }, opts.lang)}\n`,
    );
    return EXIT_FINDINGS;
  }
  const paths = { input: shownInput, output: displayPath(opts.out, io.cwd) };
  io.out(
    opts.json ? JSON.stringify(fixJson(result, paths), null, 2) + '\n' : fixText(result, paths, opts.lang),
  );
  return result.remaining.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
