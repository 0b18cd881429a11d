import * as XLSX from 'xlsx';
import type { TextRun } from '../../core/model/sheet';

/**
 * Cell and rich-text-run font names of a BIFF5/BIFF8 .xls, which SheetJS
 * parses but does not expose. The font is the strongest clue that a cell is
 * TCVN3 (".VnTime") or VNI ("VNI-Times"), and old .xls files are where those
 * encodings live. Best effort: a file this walker does not understand yields
 * no fonts, never an error.
 */
export interface SheetFonts {
  /** As stored (BIFF5 names are read as Latin-1; match sheets by position). */
  name: string;
  /** Font of the cell's format, by "row,col" (0-based). */
  cells: Map<string, string>;
  /** Rich-text runs of shared strings, by "row,col", when the string has more than one font. */
  runs: Map<string, TextRun[]>;
}

const BOF = 0x0809;
const EOF = 0x000a;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const SST = 0x00fc;
const CONTINUE = 0x003c;
const LABELSST = 0x00fd;
/** Single-cell records laid out as row, column, XF index: LABEL, RSTRING, NUMBER, RK, BOOLERR, FORMULA. */
const CELL_RECORDS = new Set([LABELSST, 0x0204, 0x00d6, 0x0203, 0x027e, 0x0205, 0x0006]);

interface Record {
  type: number;
  offset: number;
  data: Uint8Array;
}

/** Fonts per sheet in workbook order; empty when the file is not a BIFF5/8 compound file this walker understands. */
export function xlsFonts(bytes: Uint8Array): SheetFonts[] {
  try {
    return walk(workbookStream(bytes));
  } catch {
    return [];
  }
}

function workbookStream(bytes: Uint8Array): Uint8Array {
  const cfb = XLSX.CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    type: 'buffer',
  });
  const entry = XLSX.CFB.find(cfb, 'Workbook') ?? XLSX.CFB.find(cfb, 'Book');
  if (!entry?.content) throw new Error('no workbook stream');
  return entry.content as Uint8Array;
}

function* records(stream: Uint8Array): Generator<Record> {
  const dv = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  for (let p = 0; p + 4 <= stream.length;) {
    const type = dv.getUint16(p, true);
    const size = dv.getUint16(p + 2, true);
    yield { type, offset: p, data: stream.subarray(p + 4, Math.min(stream.length, p + 4 + size)) };
    p += 4 + size;
  }
}

function walk(stream: Uint8Array): SheetFonts[] {
  const fonts: string[] = [];
  const xfFont: number[] = [];
  const sheetAt = new Map<number, SheetFonts>();
  let biff8 = true;
  let sst: RichString[] = [];
  let depth = 0;
  let current: SheetFonts | null = null;
  let sstParts: Uint8Array[] | null = null;

  const fontOf = (index: number) => fonts[index >= 4 ? index - 1 : index]; // index 4 does not exist in BIFF
  for (const rec of records(stream)) {
    const d = rec.data;
    const u16 = (at: number) => d[at] | (d[at + 1] << 8);
    if (sstParts && rec.type !== CONTINUE) {
      sst = parseSst(sstParts);
      sstParts = null;
    }
    switch (rec.type) {
      case BOF:
        depth++;
        if (depth === 1 && rec.offset === 0) biff8 = u16(0) === 0x0600;
        if (depth === 1) current = sheetAt.get(rec.offset) ?? null;
        break;
      case EOF:
        depth--;
        if (depth === 0) current = null;
        break;
      case FONT:
        fonts.push(shortString(d, 14, biff8));
        break;
      case XF:
        xfFont.push(u16(0));
        break;
      case BOUNDSHEET:
        sheetAt.set((u16(0) | (u16(2) << 16)) >>> 0, {
          name: shortString(d, 6, biff8),
          cells: new Map(),
          runs: new Map(),
        });
        break;
      case SST:
        sstParts = [d.subarray(8)];
        break;
      case CONTINUE:
        sstParts?.push(d);
        break;
      default:
        if (current && depth === 1 && CELL_RECORDS.has(rec.type)) {
          const key = `${u16(0)},${u16(2)}`;
          const cellFont = fontOf(xfFont[u16(4)]);
          if (cellFont) current.cells.set(key, cellFont);
          if (rec.type === LABELSST) {
            const s = sst[(u16(6) | (u16(8) << 16)) >>> 0];
            if (s?.runs.length) current.runs.set(key, toRuns(s, cellFont, fontOf));
          }
        }
    }
  }
  return [...sheetAt.values()];
}

/** ShortXLUnicodeString (BIFF8: length, flags, chars) or a BIFF5 byte string, at `at`. */
function shortString(d: Uint8Array, at: number, biff8: boolean): string {
  const length = d[at];
  if (!biff8) return latin1(d.subarray(at + 1, at + 1 + length));
  const wide = d[at + 1] & 1;
  const chars = d.subarray(at + 2, at + 2 + length * (wide ? 2 : 1));
  return wide ? new TextDecoder('utf-16le').decode(chars) : latin1(chars);
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

interface RichString {
  text: string;
  /** Formatting runs: from character `start` on, font index `font`. */
  runs: { start: number; font: number }[];
}

/**
 * The shared-string table, spread over SST and CONTINUE records. A string's
 * characters may break across records, and the continuation then starts with
 * a fresh flags byte saying whether the rest is 8- or 16-bit.
 */
function parseSst(parts: Uint8Array[]): RichString[] {
  let part = 0;
  let p = 0;
  const ensure = () => {
    while (part < parts.length && p >= parts[part].length) {
      part++;
      p = 0;
    }
    if (part >= parts.length) throw new Error('SST ends early');
  };
  const byte = () => {
    ensure();
    return parts[part][p++];
  };
  const u16 = () => byte() | (byte() << 8);
  const u32 = () => (u16() | (u16() << 16)) >>> 0;
  const skip = (n: number) => {
    for (let left = n; left > 0;) {
      ensure();
      const step = Math.min(left, parts[part].length - p);
      p += step;
      left -= step;
    }
  };

  const strings: RichString[] = [];
  for (;;) {
    if (part >= parts.length || (part === parts.length - 1 && p >= parts[part].length)) break;
    const length = u16();
    const flags = byte();
    const runCount = flags & 0x08 ? u16() : 0;
    const extLength = flags & 0x04 ? u32() : 0;
    let wide = flags & 1;
    let text = '';
    while (text.length < length) {
      if (p >= parts[part].length) {
        ensure();
        wide = byte() & 1;
      }
      const available = Math.floor((parts[part].length - p) / (wide ? 2 : 1));
      // A 16-bit character cut by a record boundary: damaged, and reading on would never advance.
      if (available === 0) throw new Error('SST string breaks inside a character');
      const take = Math.min(length - text.length, available);
      const chars = parts[part].subarray(p, p + take * (wide ? 2 : 1));
      text += wide ? new TextDecoder('utf-16le').decode(chars) : latin1(chars);
      p += chars.length;
    }
    const runs = Array.from({ length: runCount }, () => ({ start: u16(), font: u16() }));
    skip(extLength);
    strings.push({ text, runs });
  }
  return strings;
}

function toRuns(
  s: RichString,
  cellFont: string | undefined,
  fontOf: (i: number) => string | undefined,
): TextRun[] {
  const bounds = [
    { start: 0, font: cellFont },
    ...s.runs.map((r) => ({ start: r.start, font: fontOf(r.font) })),
  ];
  const runs: TextRun[] = [];
  bounds.forEach((b, i) => {
    const text = s.text.slice(b.start, bounds[i + 1]?.start ?? s.text.length);
    if (text) runs.push(b.font ? { text, font: b.font } : { text });
  });
  return runs;
}
