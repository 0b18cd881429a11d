import type { AgencyRegistry } from '../core/agency';
import type { Lang } from '../core/messages';
import type { CommandIO } from './commands/io';
import { readRegistrySpec, registryFor } from './merge/registry-spec';

/**
 * The agency registry for a command: the defaults, the province's name and
 * the staff's own file (--agencies). A bad line is reported and skipped; an
 * unreadable file is wrong usage.
 */
export function loadRegistry(
  opts: { agencies?: string; province?: string; lang: Lang },
  io: CommandIO,
): AgencyRegistry {
  return registryFor(readRegistrySpec(opts, io));
}
