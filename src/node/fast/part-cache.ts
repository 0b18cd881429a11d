/**
 * Small parts read once for a whole round. The workbooks of a round come from
 * one template, so their styles, workbook part, relationships and document
 * properties are often the same bytes in every file: each such part is
 * inflated and parsed once, and later files take the parsed value. A part is
 * taken from here only when its compressed bytes are identical to the ones
 * read before (compared byte for byte, not hashed), so a file never gets
 * another file's content. Values are shared: callers treat them as read-only.
 */
import type { ZipEntry } from '../read/zip-guard';

/** Larger parts are rarely shared (shared strings, sheets) and are not kept. */
const MAX_COMPRESSED = 16 * 1024;
/** Distinct parts kept per process: a round has a few templates, not thousands. */
const MAX_PARTS = 256;

interface Kept {
  compressed: Uint8Array;
  value: unknown;
}

export class PartCache {
  private readonly kept = new Map<string, Kept[]>();
  private count = 0;

  /**
   * The parsed part: `compressed` is the entry's stored bytes, `read`
   * inflates and parses them when no identical part was read before.
   */
  get<T>(kind: string, entry: ZipEntry, compressed: Uint8Array, read: () => T): T {
    if (compressed.length > MAX_COMPRESSED) return read();
    const key = `${kind}\u0000${entry.method}\u0000${entry.size}\u0000${compressed.length}`;
    const same = this.kept.get(key);
    const hit = same?.find((k) => Buffer.compare(k.compressed, compressed) === 0);
    if (hit) return hit.value as T;
    const value = read();
    if (this.count < MAX_PARTS) {
      // A copy: the file's bytes are not kept alive by the cache.
      const kept = { compressed: new Uint8Array(compressed), value };
      if (same) same.push(kept);
      else this.kept.set(key, [kept]);
      this.count++;
    }
    return value;
  }
}
