/**
 * Inflating the few parts the lean reader reads, cheaply and still capped.
 * The zip guard's streaming inflate stops a bomb at its first excess byte but
 * costs a buffer copy per pushed chunk, which dominates on a thousand small
 * files. A part whose compressed size is small is inflated in one call into a
 * buffer one byte larger than its declared size: it cannot grow past that, and
 * filling the extra byte proves the declaration false (a zip bomb). Declared
 * sizes are already checked against the caps (checkDeclaredSizes), and the
 * small compressed size bounds the work a lie can cause. Larger parts go
 * through the guard's streaming inflate.
 */
import { inflateSync } from 'fflate';
import { ReadError, type ReadLimits } from '../read/outcome';
import { inflateGuarded, type ZipEntry } from '../read/zip-guard';

/** Above this compressed size a part is inflated by the guard's streaming, early-stopping inflate. */
const ONE_CALL_MAX_COMPRESSED = 128 * 1024;
const SIG_LOCAL = 0x04034b50;

/** The entry's compressed bytes, after its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== SIG_LOCAL) throw new ReadError('corrupt', `${entry.name}: local header missing`);
  if (entry.flags & 1) throw new ReadError('encrypted', `${entry.name} is zip-encrypted`);
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ReadError('truncated', `${entry.name} runs past the end of the file`);
  return bytes.subarray(start, end);
}

function inflateOne(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = entryData(bytes, entry);
  const lie = () => new ReadError('zip-bomb', `${entry.name} inflates past its declared ${entry.size} bytes`);
  if (entry.method === 0) {
    if (data.length > entry.size) throw lie();
    return data;
  }
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  } catch (e) {
    // A stored block that does not fit the buffer ends as a RangeError.
    if (e instanceof RangeError) throw lie();
    throw new ReadError('corrupt', `${entry.name}: ${(e as Error).message}`);
  }
  if (out.length > entry.size) throw lie();
  return out;
}

/** The named parts, inflated; the caller has run checkDeclaredSizes on the whole directory. */
export function inflateParts(bytes: Uint8Array, entries: readonly ZipEntry[], limits: ReadLimits): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const streamed: ZipEntry[] = [];
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ReadError('unsupported-format', `${entry.name}: zip compression method ${entry.method}`);
    }
    if (entry.compressedSize > ONE_CALL_MAX_COMPRESSED) streamed.push(entry);
    else parts.set(entry.name, inflateOne(bytes, entry));
  }
  if (streamed.length) for (const [name, data] of inflateGuarded(bytes, streamed, limits, { keep: () => true })) parts.set(name, data);
  return parts;
}
