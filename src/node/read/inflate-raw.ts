/**
 * One raw-deflate stream inflated in one call, never past `max` bytes: Node's
 * own zlib, about twice as fast as fflate's JavaScript on the small parts a
 * merge reads by the thousand. The preview page, which has no zlib, swaps in
 * src/preview/inflate-raw.ts (webpack.config.js).
 */
import { inflateRawSync } from 'node:zlib';

/** Null when the stream holds more than `max` bytes; throws on a damaged stream. */
export function inflateRawWithin(data: Uint8Array, max: number): Uint8Array | null {
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
    // A plain view, not a Buffer: Buffer's slice() shares memory where Uint8Array's copies.
    if (out.length > max) return null;
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw e;
  }
}
