/**
 * The agency registry as data (province + the staff's extra entries), so
 * each worker thread can build the same registry; built registries are
 * cached per spec.
 */
import * as fs from 'node:fs';
import { createRegistry, parseAgencyFile, type AgencyRegistry } from '../../core/agency';
import { messageRef, t, type Lang } from '../../core/messages';
import { UsageError, type CommandIO } from '../commands/io';
import type { RegistrySpec } from './types';

/** Reads --agencies: a bad line is reported and skipped, an unreadable file is wrong usage. */
export function readRegistrySpec(
  opts: { agencies?: string; province?: string; lang: Lang },
  io: CommandIO,
): RegistrySpec {
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
    io.err(
      `phuluc: ${t('cli.agenciesFileError', { file: opts.agencies, line: e.line, message: messageRef(e.message) }, opts.lang)}\n`,
    );
  }
  return { ...spec, extra: entries };
}

// By identity first (every job of one run shares its spec), by content for specs cloned into a worker.
const bySpec = new WeakMap<RegistrySpec, AgencyRegistry>();
const byKey = new Map<string, AgencyRegistry>();

export function registryFor(spec: RegistrySpec): AgencyRegistry {
  let registry = bySpec.get(spec);
  if (registry) return registry;
  const key = JSON.stringify(spec);
  registry = byKey.get(key);
  if (!registry) {
    registry = createRegistry(spec);
    if (byKey.size > 8) byKey.clear();
    byKey.set(key, registry);
  }
  bySpec.set(spec, registry);
  return registry;
}
