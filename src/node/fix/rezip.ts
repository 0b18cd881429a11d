/**
 * An .xlsx package written again after an in-place edit: entries in their
 * order, the unchanged ones with their compressed bytes as they were, the
 * changed ones deflated anew by Node's zlib.
 */
import { Zip, ZipPassThrough } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { entryData, type ZipEntry } from '../read/zip-guard';

const encoder = new TextEncoder();
// Excel stamps every entry of its packages with 1 January 1980; the same input then gives the same bytes.
const ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** `parts`: every entry inflated; `changed`: the new text of the parts edited. */
export function rezip(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  parts: ReadonlyMap<string, Uint8Array>,
  changed: ReadonlyMap<string, string>,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const replaced = changed.get(entry.name);
    const content =
      replaced !== undefined ? encoder.encode(replaced) : (parts.get(entry.name) ?? new Uint8Array(0));
    const file = new PartEntry(
      entry.name,
      replaced !== undefined ? null : { method: entry.method, data: entryData(bytes, entry) },
    );
    zip.add(file);
    file.push(content, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/**
 * An entry through fflate's pass-through extension point: the content is
 * pushed (fflate counts its size and CRC), the bytes written are the
 * original compressed ones, or a fresh deflate by Node's zlib.
 */
class PartEntry extends ZipPassThrough {
  constructor(
    name: string,
    private readonly stored: { method: number; data: Uint8Array } | null,
  ) {
    super(name);
    this.compression = stored ? stored.method : 8;
    this.mtime = ENTRY_TIME;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(
      null,
      this.stored ? new Uint8Array(this.stored.data) : new Uint8Array(deflateRawSync(chunk, { level: 6 })),
      final,
    );
  }
}
