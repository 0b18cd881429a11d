/** Test files built in code: no binary fixtures in the repository. */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { constants, deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';

export async function exceljsBuffer(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function sheetjsBuffer(wb: XLSX.WorkBook, bookType: XLSX.BookType): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>
</Types>`;

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The XML parts of a minimal one-sheet .xlsx; `extra` adds or replaces parts. */
export function minimalXlsxParts(
  sheetXml: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${REL_NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml,
    ...extra,
  };
}

export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
}

/**
 * A workbook with one more merged area in its first sheet (as Excel writes it, after the cells), such as
 * a whole column ("A2:A1048576") or the whole sheet ("A1:XFD1048576").
 */
export function withMergeCell(bytes: Uint8Array, ref: string): Uint8Array {
  const parts = unzipSync(bytes);
  const name = Object.keys(parts)
    .filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))
    .sort()[0];
  const xml = strFromU8(parts[name]);
  const merge = `<mergeCell ref="${ref}"/>`;
  parts[name] = strToU8(
    /<mergeCells count="\d+">/.test(xml)
      ? xml.replace(
          /<mergeCells count="(\d+)">/,
          (_, n: string) => `<mergeCells count="${Number(n) + 1}">${merge}`,
        )
      : xml.replace('</sheetData>', `</sheetData><mergeCells count="1">${merge}</mergeCells>`),
  );
  return zipSync(parts);
}

/** The parts zipped; `level` 0 stores them uncompressed. */
export function zipParts(parts: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts))
    files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files, { level });
}

/** The CVE-2023-30533 shape: a comment whose ref is "__proto__". */
export function protoPollutionXlsx(): Uint8Array {
  return zipParts(
    minimalXlsxParts(sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>'), {
      'xl/worksheets/_rels/sheet1.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/comments" Target="../comments1.xml"/></Relationships>`,
      'xl/comments1.xml': `<?xml version="1.0" encoding="UTF-8"?><comments ${NS}><authors><author>x</author></authors><commentList><comment ref="__proto__" authorId="0"><text><t>polluted</t></text></comment><comment ref="constructor" authorId="0"><text><t>polluted</t></text></comment></commentList></comments>`,
    }),
  );
}

export interface ForgedEntry {
  name: string;
  /** Raw stored or deflated bytes. */
  data: Uint8Array;
  method: 0 | 8;
  /** The inflated size written in the headers, true or not. */
  declaredSize: number;
}

/** A zip written byte by byte, so sizes can lie (CRCs are left 0: the guard refuses before any check). */
export function forgeZip(entries: ForgedEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, eocd]));
}

/**
 * A raw deflate stream of `megabytes` MB of zeros, about 1000:1 like real
 * bombs, built in milliseconds: one MB of zeros compressed with a full flush is
 * a self-contained, byte-aligned run of blocks, so it can simply be repeated,
 * then closed with an empty final block.
 */
export function zerosBomb(megabytes: number): Uint8Array {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const parts: Buffer[] = new Array(megabytes).fill(segment);
  parts.push(Buffer.from([0x03, 0x00]));
  return new Uint8Array(Buffer.concat(parts));
}

export function bombXlsx(megabytes: number, declaredSize: number): Uint8Array {
  const stored = (name: string, text: string): ForgedEntry => {
    const data = strToU8(text);
    return { name, data, method: 0, declaredSize: data.length };
  };
  const parts = minimalXlsxParts('');
  return forgeZip([
    stored('[Content_Types].xml', parts['[Content_Types].xml']),
    stored('_rels/.rels', parts['_rels/.rels']),
    stored('xl/workbook.xml', parts['xl/workbook.xml']),
    stored('xl/_rels/workbook.xml.rels', parts['xl/_rels/workbook.xml.rels']),
    { name: 'xl/worksheets/sheet1.xml', data: zerosBomb(megabytes), method: 8, declaredSize },
  ]);
}

/** An OLE2 compound file holding the streams of an agile-encrypted .xlsx (contents are placeholders). */
export function encryptedOoxml(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(8192, 0x5a));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/**
 * Encodes NFC text as Windows-1258 the way Vietnamese Windows does: a
 * precomposed letter where the code page has one (â, ơ, đ…), otherwise the
 * base letter followed by a combining tone mark. The table is derived from
 * Node's own decoder, which is independent of the code under test.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== '\uFFFD' && !byChar.has(ch)) byChar.set(ch, b);
  }
  const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = byChar.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = tones.find((t) => nfd.includes(t));
    const base = tone && nfd.replace(tone, '').normalize('NFC');
    const b = base ? byChar.get(base) : undefined;
    if (tone === undefined || b === undefined) throw new Error(`cannot encode ${ch} in Windows-1258`);
    out.push(b, byChar.get(tone)!);
  }
  return new Uint8Array(out);
}

/** One BIFF record: type, length, payload. */
function biffRecord(type: number, data: Uint8Array | number[]): Buffer {
  const payload = Buffer.from(data);
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(payload.length, 2);
  return Buffer.concat([head, payload]);
}

function u16(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff];
}

function u32(n: number): number[] {
  return [...u16(n & 0xffff), ...u16(n >>> 16)];
}

function utf16(s: string): number[] {
  return [...Buffer.from(s, 'utf16le')];
}

/**
 * A BIFF8 .xls written record by record (SheetJS writes a single font), with
 * legacy Vietnamese fonts per cell and a rich shared string:
 * A1 ".VnTime", A2 runs ".VnTime" + ".VnTimeH", A3 a 9,000-character string
 * whose 16-bit tail continues in a CONTINUE record, in "Times New Roman" (font
 * record 5, as BIFF has no font 4), A4 "VNI-Times", B1 the number 42 in Arial.
 */
/** `cutInsideCharacter`: the CONTINUE record ends one byte into a 16-bit character, as only a damaged file has it. */
export function biff8WithFonts(opts: { cutInsideCharacter?: boolean } = {}): {
  bytes: Uint8Array;
  longText: string;
} {
  const font = (name: string) => [
    240,
    0,
    0,
    0,
    0xff,
    0x7f,
    ...u16(400),
    0,
    0,
    0,
    0,
    0,
    0,
    name.length,
    1,
    ...utf16(name),
  ];
  const xf = (ifnt: number) => [...u16(ifnt), 0, 0, 1, 0, ...new Array(14).fill(0)];
  const longText = 'x'.repeat(8500) + 'ư'.repeat(500);

  // SST: 8-bit string, rich string, long string cut by a CONTINUE (8-bit head, 16-bit tail), rich string after it.
  const plain = (s: string) => [...u16(s.length), 0, ...Buffer.from(s, 'latin1')];
  const rich = (s: string, runs: [number, number][]) => [
    ...u16(s.length),
    0x08,
    ...u16(runs.length),
    ...Buffer.from(s, 'latin1'),
    ...runs.flatMap(([ich, ifnt]) => [...u16(ich), ...u16(ifnt)]),
  ];
  const head = [...u32(4), ...u32(4), ...plain('Së Khoa häc'), ...rich('Së Y tÕ SË Y TÕ', [[8, 3]])];
  const longHead = [
    ...u16(longText.length),
    0,
    ...Buffer.from(longText.slice(0, 8224 - head.length - 3), 'latin1'),
  ];
  const sst = [...head, ...longHead];
  const rest = longText.slice(8224 - head.length - 3);
  const cont = opts.cutInsideCharacter
    ? [1, ...utf16(rest).slice(0, -1)]
    : [1, ...utf16(rest), ...rich('Sôû Y teá', [[4, 2]])];

  const globals = (sheetAt: number) =>
    Buffer.concat([
      biffRecord(0x0809, [
        ...u16(0x0600),
        ...u16(0x0005),
        ...u16(0x0dbb),
        ...u16(0x07cc),
        ...u32(0),
        ...u32(6),
      ]),
      biffRecord(0x0042, u16(1200)),
      ...['Arial', '.VnTime', 'VNI-Times', '.VnTimeH', 'Times New Roman'].map((n) =>
        biffRecord(0x0031, font(n)),
      ),
      ...[0, 1, 2, 5].map((f) => biffRecord(0x00e0, xf(f))),
      biffRecord(0x0085, [...u32(sheetAt), 0, 0, 7, 1, ...utf16('Phụ lục')]),
      biffRecord(0x00fc, sst),
      biffRecord(0x003c, cont),
      biffRecord(0x000a, []),
    ]);
  const labelSst = (row: number, col: number, xfIndex: number, isst: number) =>
    biffRecord(0x00fd, [...u16(row), ...u16(col), ...u16(xfIndex), ...u32(isst)]);
  const number = Buffer.alloc(8);
  number.writeDoubleLE(42);
  const sheet = Buffer.concat([
    biffRecord(0x0809, [
      ...u16(0x0600),
      ...u16(0x0010),
      ...u16(0x0dbb),
      ...u16(0x07cc),
      ...u32(0),
      ...u32(6),
    ]),
    biffRecord(0x0200, [...u32(0), ...u32(4), ...u16(0), ...u16(2), 0, 0]),
    labelSst(0, 0, 1, 0),
    biffRecord(0x0203, [...u16(0), ...u16(1), ...u16(0), ...number]),
    labelSst(1, 0, 1, 1),
    labelSst(2, 0, 3, 2),
    labelSst(3, 0, 2, 3),
    biffRecord(0x000a, []),
  ]);
  const stream = Buffer.concat([globals(globals(0).length), sheet]);
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'Workbook', stream);
  return { bytes: new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer), longText };
}
