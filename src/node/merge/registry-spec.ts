/**
 * The agency registry as data (province + the staff's extra entries), so
 * each worker thread can build the same registry; built registries are
 * cached per spec.
 */
import * as fs from 'node:fs';
import { createRegistry, parseAgencyFile, type AgencyRegistry } from '../../core/agency';
import { t, type Lang } from '../../core/messages';
import { UsageError, type CommandIO } from '../commands/io';
import type { RegistrySpec } from './types';

/** Reads --agencies like `loadRegistry` does: a bad line is reported and skipped, an unreadable file is wrong usage. */
export function readRegistrySpec(opts: { agencies?: string; province?: string; lang: Lang }, io: CommandIO): RegistrySpec {
  const spec: RegistrySpec = opts.province ? { province: opts.province } : {};
  if (!opts.agencies) return spec;
  let text: string;
  try {
    text = fs.readFileSync(opts.agencies, 'utf8');
  } catch {
    throw new UsageError('cli.agenciesFileUnreadable', { file: opts.agencies });
  }
  const { entries, errors } = parseAgencyFile(text);
  for (const e of errors) {
    io.err(`phuluc: ${t('cli.agenciesFileError', { file: opts.agencies, line: e.line, message: e.message }, opts.lang)}\n`);
  }
  return { ...spec, extra: entries };
}

const cache = new Map<string, AgencyRegistry>();

export function registryFor(spec: RegistrySpec): AgencyRegistry {
  const key = JSON.stringify(spec);
  let registry = cache.get(key);
  if (!registry) {
    registry = createRegistry(spec);
    if (cache.size > 8) cache.clear();
    cache.set(key, registry);
  }
  return registry;
}
