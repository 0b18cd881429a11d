import { isOle2, listCfbStreams } from './cfb';
import { ReadError, type ReadFailure, type SkipReason } from './outcome';
import { PartCache } from '../fast/part-cache';
import { entryData, isZip, readSmallEntry, readZipDirectory, type ZipEntry } from './zip-guard';
import { sniffDelimiter, parseCsv, utf16Bom } from './csv';

/**
 * Tells the format from the bytes, not from the extension: people rename
 * files, save HTML as .xls and send Word files by mistake.
 */
export type Sniffed =
  | { kind: 'zip'; format: 'xlsx' | 'xlsm' | 'xlsb' | 'ods'; entries: ZipEntry[] }
  | { kind: 'xls'; format: 'xls' }
  /** Text another tool exported with a spreadsheet name: HTML tables, SpreadsheetML 2003, flat ODS. SheetJS reads them. */
  | { kind: 'markup'; format: 'xls' | 'ods' }
  | { kind: 'csv'; format: 'csv' }
  | { kind: 'skip'; reason: SkipReason }
  | { kind: 'refuse'; reason: ReadFailure; detail: string };

/** Excel's owner file next to an open workbook is ~165 bytes; anything this large is a real file named oddly. */
const LOCK_FILE_MAX_BYTES = 4096;
const TEXT_EXTENSIONS = /\.(csv|tsv|txt)$/i;
/** Spreadsheet extensions that other tools also put on text exports. */
const MARKUP_EXTENSIONS = /\.(xls|xml|htm|html|fods)$/i;
/** Workbook names a CSV export is sometimes saved (or renamed) under: read as CSV only when clearly delimited. */
const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

export function sniffName(name: string, size: number): Sniffed | null {
  const base = name.split(/[\\/]/).pop() ?? name;
  if (base.startsWith('~$') && size <= LOCK_FILE_MAX_BYTES) return { kind: 'skip', reason: 'lock-file' };
  if (base.startsWith('.')) return { kind: 'skip', reason: 'hidden' };
  if (size === 0) return { kind: 'skip', reason: 'empty' };
  return null;
}

export function sniffFormat(bytes: Uint8Array, name: string): Sniffed {
  const byName = sniffName(name, bytes.length);
  if (byName) return byName;
  try {
    if (isZip(bytes)) return sniffZip(bytes);
    if (isOle2(bytes)) return sniffOle2(bytes);
    return sniffOther(bytes, name);
  } catch (e) {
    if (e instanceof ReadError) return { kind: 'refuse', reason: e.reason, detail: e.detail };
    throw e;
  }
}

/** The parts that tell a zip's kind are the same bytes in every file of a round: read once. */
const kindParts = new PartCache();
const decoder = new TextDecoder();

function sniffZip(bytes: Uint8Array): Sniffed {
  const entries = readZipDirectory(bytes);
  const names = new Set(entries.map((e) => e.name));
  const text = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) return null;
    return kindParts.get(name, entry, entryData(bytes, entry), () => {
      const data = readSmallEntry(bytes, entries, name);
      return data ? decoder.decode(data) : null;
    });
  };

  const mimetype = text('mimetype')?.trim();
  if (mimetype) {
    if (/^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/.test(mimetype)) {
      return { kind: 'zip', format: 'ods', entries };
    }
    if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) {
      return { kind: 'refuse', reason: 'word-document', detail: mimetype };
    }
    return { kind: 'refuse', reason: 'not-a-spreadsheet', detail: `zip with mimetype ${mimetype}` };
  }
  if (entries.some((e) => e.name.startsWith('Index/') && e.name.endsWith('.iwa'))) {
    return { kind: 'refuse', reason: 'unsupported-format', detail: 'Apple Numbers document' };
  }

  const types = text('[Content_Types].xml') ?? '';
  const main = /spreadsheetml\.(sheet|template)\.main\+xml/.test(types)
    ? 'xlsx'
    : /ms-excel\.(sheet|template|addin)\.macroEnabled\.main\+xml/.test(types)
      ? 'xlsm'
      : /ms-excel\.sheet\.binary\.macroEnabled\.main/.test(types)
        ? 'xlsb'
        : names.has('xl/workbook.xml')
          ? 'xlsx'
          : names.has('xl/workbook.bin')
            ? 'xlsb'
            : null;
  if (main) return { kind: 'zip', format: main, entries };
  if (/wordprocessingml/.test(types) || names.has('word/document.xml')) {
    return { kind: 'refuse', reason: 'word-document', detail: 'Word document (.docx)' };
  }
  if (/presentationml/.test(types))
    return { kind: 'refuse', reason: 'not-a-spreadsheet', detail: 'PowerPoint presentation' };
  return {
    kind: 'refuse',
    reason: 'not-a-spreadsheet',
    detail: `zip archive without a workbook (${entries.length} entries)`,
  };
}

function sniffOle2(bytes: Uint8Array): Sniffed {
  const names = listCfbStreams(bytes).map((s) => s.name);
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase());
  if (has('EncryptionInfo') || has('EncryptedPackage')) {
    return {
      kind: 'refuse',
      reason: 'encrypted',
      detail: 'password-protected Office file (EncryptionInfo stream)',
    };
  }
  if (has('Workbook') || has('Book')) return { kind: 'xls', format: 'xls' };
  if (has('WordDocument'))
    return { kind: 'refuse', reason: 'word-document', detail: 'Word 97-2003 document (.doc)' };
  if (has('PowerPoint Document'))
    return { kind: 'refuse', reason: 'not-a-spreadsheet', detail: 'PowerPoint presentation' };
  return {
    kind: 'refuse',
    reason: 'not-a-spreadsheet',
    detail: `compound file with streams ${names.slice(0, 8).join(', ')}`,
  };
}

function sniffOther(bytes: Uint8Array, name: string): Sniffed {
  const head = bytes.subarray(0, 8);
  // BIFF2-4 worksheets are bare record streams starting with a BOF record (09 00, 09 02, 09 04).
  if (head[0] === 0x09 && [0x00, 0x02, 0x04].includes(head[1]) && /\.xls$/i.test(name))
    return { kind: 'xls', format: 'xls' };
  const ascii = String.fromCharCode(...head);
  if (ascii.startsWith('%PDF-')) return { kind: 'refuse', reason: 'pdf', detail: 'PDF document' };
  if (ascii.startsWith('{\\rtf')) return { kind: 'refuse', reason: 'word-document', detail: 'RTF document' };
  const known = KNOWN_MAGIC.find(([magic]) => magic.every((b, i) => head[i] === b));
  if (known) return { kind: 'refuse', reason: 'not-a-spreadsheet', detail: known[1] };
  // Excel's "Unicode Text" (UTF-16 with its BOM, tab-separated): text, though every other byte is NUL.
  const utf16 = utf16Bom(bytes);
  if (utf16 && TEXT_EXTENSIONS.test(name)) return { kind: 'csv', format: 'csv' };
  if (utf16 && WORKBOOK_EXTENSIONS.test(name)) {
    const text = new TextDecoder(utf16).decode(bytes.subarray(2, 64 * 1024));
    if (looksDelimited(text)) return { kind: 'csv', format: 'csv' };
  }
  if (!looksLikeText(bytes)) {
    if (looksLikeZipTail(bytes)) return sniffZip(bytes);
    return { kind: 'refuse', reason: 'not-a-spreadsheet', detail: 'binary data of unknown type' };
  }

  const start = new TextDecoder()
    .decode(bytes.subarray(0, 64 * 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (MARKUP_EXTENSIONS.test(name)) {
    if (/^<\?xml/i.test(start) && start.includes('urn:schemas-microsoft-com:office:spreadsheet'))
      return { kind: 'markup', format: 'xls' };
    // LibreOffice's flat (unzipped) OpenDocument spreadsheet, one XML file.
    if (/^<\?xml/i.test(start) && /<office:document\b[^>]*opendocument\.spreadsheet/.test(start))
      return { kind: 'markup', format: 'ods' };
    if (/^</.test(start) && /<table[\s>]/i.test(start)) return { kind: 'markup', format: 'xls' };
  }
  if (TEXT_EXTENSIONS.test(name) || /\.xls$/i.test(name)) return { kind: 'csv', format: 'csv' };
  // A CSV saved or renamed .xlsx (.ods …): Excel opens it as text, so do we, but only a table, never prose.
  if (WORKBOOK_EXTENSIONS.test(name)) {
    if (looksDelimited(start)) return { kind: 'csv', format: 'csv' };
    return { kind: 'refuse', reason: 'not-a-spreadsheet', detail: 'text without delimited columns' };
  }
  return { kind: 'refuse', reason: 'not-a-spreadsheet', detail: 'text file without a spreadsheet extension' };
}

const DELIMITED_RECORDS = 50;

/**
 * Text that is clearly a table: on the first records, the delimiter the CSV
 * reader would pick splits at least two records into the same number (≥ 2) of
 * fields, those records are at least half of the non-blank ones, and (for a
 * comma, which prose uses too) most fields after a comma do not start with a
 * space as a sentence's clauses do.
 */
export function looksDelimited(text: string): boolean {
  const sample = text.replace(/^\uFEFF/, '').replace(/^sep=(.)\r?\n/i, '');
  const hint = /^sep=(.)\r?\n/i.exec(text.replace(/^\uFEFF/, ''));
  const delimiter = hint ? hint[1] : sniffDelimiter(sample);
  const counts = new Map<number, number>();
  let records = 0;
  let later = 0;
  let spaced = 0;
  parseCsv(
    sample,
    delimiter,
    (fields) => {
      if (fields.every((f) => f.trim() === '')) return;
      records++;
      counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
      for (const f of fields.slice(1)) {
        later++;
        if (/^ +\S/.test(f)) spaced++;
      }
    },
    DELIMITED_RECORDS,
  );
  let modeCount = 0;
  for (const [width, n] of counts) if (width > 1 && n > modeCount) modeCount = n;
  if (modeCount < 2 || modeCount * 2 < records) return false;
  return delimiter !== ',' || spaced * 2 < later;
}

/** A zip with bytes before it (self-extractor) or whose first header is damaged still ends with an end record. */
function looksLikeZipTail(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 22 - 0xffff));
  for (let p = tail.length - 22; p >= 0; p--) {
    if (tail[p] === 0x50 && tail[p + 1] === 0x4b && tail[p + 2] === 0x05 && tail[p + 3] === 0x06) return true;
  }
  return false;
}

/** No NUL bytes and few control characters in the first 8 KB. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= sample.length / 100;
}

const KNOWN_MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7-Zip archive'],
  [[0x1f, 0x8b], 'gzip archive'],
];
