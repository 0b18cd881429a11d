/**
 * The preview's stand-in for src/node/read/inflate-raw.ts: a browser page has
 * no zlib, so fflate inflates, into a buffer one byte larger than allowed
 * (filling it proves the stream too long).
 */
import { inflateSync } from 'fflate';

export function inflateRawWithin(data: Uint8Array, max: number): Uint8Array | null {
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(max + 1) });
  } catch (e) {
    // A block that does not fit the buffer ends as a RangeError (by name: it may come from another realm).
    if ((e as Error).name === 'RangeError') return null;
    throw e;
  }
  return out.length > max ? null : out;
}
