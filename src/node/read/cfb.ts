import { ReadError } from './outcome';

/**
 * Just enough of the OLE2 compound file format ([MS-CFB]) to list stream
 * names and to tell a cut-off file from a damaged one, before SheetJS (whose
 * errors on such files are generic TypeErrors) sees it.
 */

export const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;

export function isOle2(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE2_MAGIC.every((b, i) => bytes[i] === b);
}

export interface CfbStream {
  name: string;
  size: number;
}

/**
 * The streams of the compound file (names as stored, e.g. "Workbook",
 * "EncryptionInfo"). Throws ReadError 'truncated' when a sector the file needs
 * lies past its end, 'corrupt' when the structure is inconsistent.
 */
export function listCfbStreams(bytes: Uint8Array): CfbStream[] {
  if (bytes.length < 512) throw new ReadError('truncated', 'compound file shorter than its header');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = dv.getUint16(30, true);
  if (shift !== 9 && shift !== 12) throw new ReadError('corrupt', `compound file sector shift ${shift}`);
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorCount = Math.ceil(bytes.length / sectorSize);
  const sectorAt = (s: number) => {
    const at = (s + 1) * sectorSize;
    if (s > MAX_REGULAR_SECTOR) throw new ReadError('corrupt', `compound file sector id ${s}`);
    if (at + sectorSize > bytes.length)
      throw new ReadError('truncated', `compound file sector ${s} lies past the end`);
    return at;
  };

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatCount = dv.getUint32(44, true);
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(109, fatCount); i++) fatSectors.push(dv.getUint32(76 + i * 4, true));
  let difat = dv.getUint32(68, true);
  for (let guard = 0; fatSectors.length < fatCount && difat !== END_OF_CHAIN && difat !== FREE; guard++) {
    if (guard > sectorCount) throw new ReadError('corrupt', 'compound file DIFAT loops');
    const at = sectorAt(difat);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++)
      fatSectors.push(dv.getUint32(at + i * 4, true));
    difat = dv.getUint32(at + (perSector - 1) * 4, true);
  }
  if (fatSectors.length < fatCount) throw new ReadError('corrupt', 'compound file FAT list incomplete');
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((s, i) => {
    const at = sectorAt(s);
    for (let j = 0; j < perSector; j++) fat[i * perSector + j] = dv.getUint32(at + j * 4, true);
  });

  const chain = (start: number): number[] => {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN; s = fat[s]) {
      if (s >= fat.length || out.length > fat.length)
        throw new ReadError('corrupt', 'compound file chain is broken');
      sectorAt(s);
      out.push(s);
    }
    return out;
  };

  const streams: CfbStream[] = [];
  const cutoff = dv.getUint32(56, true);
  for (const s of chain(dv.getUint32(48, true))) {
    const at = sectorAt(s);
    for (let p = at; p < at + sectorSize; p += 128) {
      const type = bytes[p + 66];
      if (type !== 1 && type !== 2 && type !== 5) continue;
      const nameBytes = Math.min(dv.getUint16(p + 64, true), 64);
      const name = new TextDecoder('utf-16le').decode(bytes.subarray(p, p + Math.max(0, nameBytes - 2)));
      const size = dv.getUint32(p + 120, true);
      const start = dv.getUint32(p + 116, true);
      // Large streams live in regular sectors (the root's is the mini stream): walking them finds a cut-off file.
      if ((type === 5 || (type === 2 && size >= cutoff)) && size > 0) {
        if (chain(start).length * sectorSize < size)
          throw new ReadError('truncated', `stream "${name}" is incomplete`);
      }
      if (type === 2) streams.push({ name, size });
    }
  }
  return streams;
}
