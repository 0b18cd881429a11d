import * as fs from 'node:fs';
import { createRegistry, parseAgencyFile, type AgencyRegistry } from '../core/agency';
import { t, type Lang } from '../core/messages';
import type { CommandIO } from './commands/io';
import { UsageError } from './commands/io';

/**
 * The agency registry for a command: the defaults, the province's name and
 * the staff's own file (--agencies). A bad line is reported and skipped; an
 * unreadable file is wrong usage.
 */
export function loadRegistry(opts: { agencies?: string; province?: string; lang: Lang }, io: CommandIO): AgencyRegistry {
  if (!opts.agencies) return createRegistry({ province: opts.province });
  let text: string;
  try {
    text = fs.readFileSync(opts.agencies, 'utf8');
  } catch {
    throw new UsageError('cli.agenciesFileUnreadable', { file: opts.agencies });
  }
  const { entries, errors } = parseAgencyFile(text);
  for (const e of errors) {
    io.err(`phuluc: ${t('cli.agenciesFileError', { file: opts.agencies, line: e.line, message: t(e.message, {}, opts.lang) }, opts.lang)}\n`);
  }
  return createRegistry({ province: opts.province, extra: entries });
}
