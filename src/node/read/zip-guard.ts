import type * as Fflate from 'fflate';
import * as zlib from 'node:zlib';
import { ReadError, type ReadLimits } from './outcome';

/**
 * Reads a zip's central directory without inflating anything, and inflates
 * with a running byte count, so a zip bomb is refused before any library
 * (exceljs' JSZip, SheetJS) expands it in memory.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  flags: number;
  compressedSize: number;
  /** Declared inflated size: a hostile file may lie. */
  size: number;
  localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const U32_MAX = 0xffffffff;
/** Compressed bytes pushed per step: bounds the inflated chunk (≤ ~1032×) held at once. */
const PUSH_BYTES = 4 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === SIG_LOCAL;
}

/** The entries of the central directory; ReadError 'truncated' or 'corrupt' when it cannot be found or read. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const eocd = findEocd(bytes, dv);
  if (eocd < 0) {
    // A zip that starts well but has no end record was cut off (an unfinished copy or download).
    throw new ReadError(isZip(bytes) ? 'truncated' : 'corrupt', 'zip end-of-directory record not found');
  }
  let count = dv.getUint16(eocd + 10, true);
  let dirOffset = dv.getUint32(eocd + 16, true);
  if (
    (count === 0xffff || dirOffset === U32_MAX) &&
    eocd >= 20 &&
    dv.getUint32(eocd - 20, true) === SIG_EOCD64_LOCATOR
  ) {
    const at = safeNumber(dv.getBigUint64(eocd - 12, true));
    if (at + 56 > bytes.length || dv.getUint32(at, true) !== SIG_EOCD64)
      throw new ReadError('corrupt', 'bad zip64 end record');
    count = safeNumber(dv.getBigUint64(at + 32, true));
    dirOffset = safeNumber(dv.getBigUint64(at + 48, true));
  }
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== SIG_CENTRAL) {
      throw new ReadError('corrupt', `zip central directory entry ${i} is damaged`);
    }
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/^\//, ''),
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
    };
    applyZip64(entry, dv, p + 46 + nameLen, extraLen);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Refuses on declared sizes alone: entry count, total size, per-entry ratio. */
export function checkDeclaredSizes(entries: ZipEntry[], limits: ReadLimits): void {
  if (entries.length > limits.maxZipEntries) {
    throw new ReadError('zip-bomb', `${entries.length} zip entries (limit ${limits.maxZipEntries})`);
  }
  let total = 0;
  for (const e of entries) {
    if (e.size > limits.ratioFloorBytes && e.size > limits.maxRatio * Math.max(e.compressedSize, 1)) {
      throw new ReadError(
        'zip-bomb',
        `${e.name}: ${e.compressedSize} bytes declared to inflate to ${e.size}`,
      );
    }
    total += e.size;
  }
  if (total > limits.maxInflatedBytes) {
    throw new ReadError(
      'too-large',
      `zip declares ${total} inflated bytes (limit ${limits.maxInflatedBytes})`,
    );
  }
}

export interface InflateOptions {
  /** Entries to return whole. */
  keep?: (name: string) => boolean;
  /** Sees every inflated chunk, e.g. to look for constructs a reader mishandles. */
  inspect?: (name: string, chunk: Uint8Array) => void;
}

/**
 * Inflates every entry, counting the bytes actually produced; stops as soon as
 * the total passes the cap. Returns the entries `keep` asks for.
 */
export function inflateGuarded(
  bytes: Uint8Array,
  entries: ZipEntry[],
  limits: ReadLimits,
  { keep = () => false, inspect }: InflateOptions = {},
): Map<string, Uint8Array> {
  const kept = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.size === 0) continue;
    const chunks: Uint8Array[] | null = keep(entry.name) ? [] : null;
    let produced = 0;
    const count = (chunk: Uint8Array) => {
      total += chunk.length;
      produced += chunk.length;
      if (total > limits.maxInflatedBytes) {
        throw new ReadError('zip-bomb', `${entry.name} inflates past ${limits.maxInflatedBytes} bytes`);
      }
      // The central directory holds the true size even when a data descriptor is used: more output is a lie.
      if (produced > entry.size) {
        throw new ReadError('zip-bomb', `${entry.name} inflates past its declared ${entry.size} bytes`);
      }
      chunks?.push(chunk);
      inspect?.(entry.name, chunk);
    };
    const data = entryData(bytes, entry);
    if (entry.method === 0) count(data);
    else inflateCounted(data, entry.name, count);
    if (chunks) kept.set(entry.name, concat(chunks));
  }
  return kept;
}

/** One small entry (mimetype, [Content_Types].xml), inflated with its own cap; null when absent. */
export function readSmallEntry(
  bytes: Uint8Array,
  entries: ZipEntry[],
  name: string,
  cap = 1024 * 1024,
): Uint8Array | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  if (entry.size <= cap && entry.compressedSize <= ONE_CALL_MAX_COMPRESSED)
    return inflateWithin(bytes, entry);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const count = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > cap) throw new ReadError('zip-bomb', `${name} inflates past ${cap} bytes`);
    chunks.push(chunk);
  };
  const data = entryData(bytes, entry);
  if (entry.method === 0) count(data);
  else inflateCounted(data, name, count);
  return concat(chunks);
}

/**
 * Node's zlib inflates in native code, in half the time fflate's JavaScript
 * takes; the task pane's browser preview, which reads workbooks with these
 * readers and has no zlib, uses fflate.
 */
const nativeInflate = typeof zlib.inflateRawSync === 'function' ? zlib.inflateRawSync : null;

/**
 * fflate, loaded on first use: in Node it only streams a large part, and loading it (11 ms here) delayed
 * every reading thread's first file.
 */
let fflate: typeof Fflate | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS package loaded on first use
const fflateLib = (): typeof Fflate => (fflate ??= require('fflate') as typeof Fflate);

/** Above this compressed size an entry is inflated by streaming, stopping at its first excess byte. */
export const ONE_CALL_MAX_COMPRESSED = 128 * 1024;

/**
 * One entry inflated in one call into a buffer one byte larger than its
 * declared size: it cannot grow past that, and filling the extra byte proves
 * the declaration false (a zip bomb). Streaming costs a buffer copy per pushed
 * chunk, which dominates on a thousand small files; a small compressed size
 * (ONE_CALL_MAX_COMPRESSED) bounds the work a lie can cause here.
 */
export function inflateWithin(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = entryData(bytes, entry);
  const lie = () => new ReadError('zip-bomb', `${entry.name} inflates past its declared ${entry.size} bytes`);
  if (entry.method === 0) {
    if (data.length > entry.size) throw lie();
    return data;
  }
  let out: Uint8Array;
  try {
    out = nativeInflate
      ? // One output chunk of the declared size (and the byte that proves a lie): nothing to join.
        nativeInflate(data, { maxOutputLength: entry.size + 1, chunkSize: Math.max(64, entry.size + 1) })
      : fflateLib().inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  } catch (e) {
    // More output than allowed is a RangeError (by name: it may come from another realm).
    if ((e as Error).name === 'RangeError') throw lie();
    throw new ReadError('corrupt', `${entry.name}: ${(e as Error).message}`);
  }
  if (out.length > entry.size) throw lie();
  return out;
}

function inflateCounted(data: Uint8Array, name: string, onChunk: (chunk: Uint8Array) => void): void {
  const inflater = new (fflateLib().Inflate)((chunk) => onChunk(chunk));
  try {
    for (let i = 0; i < data.length; i += PUSH_BYTES) {
      inflater.push(data.subarray(i, i + PUSH_BYTES), i + PUSH_BYTES >= data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('corrupt', `${name}: ${(e as Error).message}`);
  }
}

/** An entry's stored (compressed) bytes, after checking its local header and method. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== SIG_LOCAL) {
    throw new ReadError('corrupt', `${entry.name}: local header missing`);
  }
  if (entry.flags & 1) throw new ReadError('encrypted', `${entry.name} is zip-encrypted`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ReadError('unsupported-format', `${entry.name}: zip compression method ${entry.method}`);
  }
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ReadError('truncated', `${entry.name} runs past the end of the file`);
  return bytes.subarray(start, end);
}

function findEocd(bytes: Uint8Array, dv: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= stop; p--) {
    if (dv.getUint32(p, true) === SIG_EOCD && p + 22 + dv.getUint16(p + 20, true) <= bytes.length) return p;
  }
  return -1;
}

/** Zip64 extra field: 64-bit values replace the 32-bit fields that hold 0xFFFFFFFF, in this order. */
function applyZip64(entry: ZipEntry, dv: DataView, start: number, length: number): void {
  if (entry.size !== U32_MAX && entry.compressedSize !== U32_MAX && entry.localOffset !== U32_MAX) return;
  for (let p = start; p + 4 <= start + length;) {
    const id = dv.getUint16(p, true);
    const size = dv.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = safeNumber(dv.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (entry.size === U32_MAX) entry.size = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localOffset === U32_MAX) entry.localOffset = next();
      return;
    }
    p += 4 + size;
  }
}

function safeNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ReadError('corrupt', 'zip64 value out of range');
  return Number(v);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
