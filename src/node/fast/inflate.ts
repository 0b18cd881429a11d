/**
 * Inflating the few parts the lean reader reads, cheaply and still capped: a
 * part whose compressed size is small is inflated in one call, bounded by its
 * declared size (zip-guard's inflateWithin); declared sizes are already
 * checked against the caps (checkDeclaredSizes). Larger parts go through the
 * guard's streaming inflate.
 */
import { ReadError, type ReadLimits } from '../read/outcome';
import { inflateGuarded, inflateWithin, ONE_CALL_MAX_COMPRESSED, type ZipEntry } from '../read/zip-guard';

/** The named parts, inflated; the caller has run checkDeclaredSizes on the whole directory. */
export function inflateParts(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: ReadLimits,
): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const streamed: ZipEntry[] = [];
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ReadError('unsupported-format', `${entry.name}: zip compression method ${entry.method}`);
    }
    if (entry.compressedSize > ONE_CALL_MAX_COMPRESSED) streamed.push(entry);
    else parts.set(entry.name, inflateWithin(bytes, entry));
  }
  if (streamed.length)
    for (const [name, data] of inflateGuarded(bytes, streamed, limits, { keep: () => true }))
      parts.set(name, data);
  return parts;
}
