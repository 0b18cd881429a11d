import type { WorkbookModel } from '../../core/model/sheet';
import { convertLegacy, detectLegacy, type LegacyEncoding } from '../../core/text/legacy/detect';
import { isVietnameseSyllable } from '../../core/text/syllable';
import type { ReadNote } from './outcome';
import { type ReadBudget, SheetBuilder } from './sheet-builder';

/**
 * CSV as text: every value stays a string ("10/12" and "07/2026" are
 * deadlines to parse later with the plan's conventions, not dates to guess now).
 */

export type CsvEncoding = NonNullable<WorkbookModel['encoding']>;

/** A single-byte CSV typed with a TCVN3 or VNI font: its bytes are kept as the characters Windows-1252 gives them. */
export interface CsvDecoded {
  text: string;
  /** Null for legacy text: the model's encodings name no byte-as-character decoding. */
  encoding: CsvEncoding | null;
  /** Set when the single-byte text reads as TCVN3 or VNI, not as Windows-1258 (see `legacyText`). */
  legacy?: LegacyEncoding;
}

/**
 * BOM first (UTF-8, or UTF-16 as Excel's "Unicode Text" saves, the one text
 * export of older Excel that keeps Vietnamese letters), then strict UTF-8,
 * only then a single-byte code page: Windows-1258 (decoded to base + combining
 * marks, so NFC it), unless the bytes are legacy TCVN3/VNI text (see `legacyText`).
 */
export function decodeCsv(bytes: Uint8Array): CsvDecoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  const utf16 = utf16Bom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes.subarray(2)), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
    const bytewise = new TextDecoder('windows-1252').decode(bytes);
    const legacy = legacyText(bytewise, cp1258);
    if (legacy) return { text: bytewise, encoding: null, legacy };
    return { text: cp1258, encoding: 'windows-1258' };
  }
}

// Enough text to judge a file by without decoding a huge one three times.
const LEGACY_SAMPLE_CHARS = 64 * 1024;
const WORDS = /[\p{L}\p{M}]+/gu;

/** Of the words with a non-ASCII letter, the share that are Vietnamese syllables (1 when there are none). */
function syllableShare(text: string): number {
  let words = 0;
  let syllables = 0;
  for (const word of text.match(WORDS) ?? []) {
    // Words are letters only: anything beyond A-Z is non-ASCII.
    if (!/[^A-Za-z]/.test(word)) continue;
    words++;
    if (isVietnameseSyllable(word)) syllables++;
  }
  return words ? syllables / words : 1;
}

/**
 * A CSV carries no font names, so legacy text is told by its letters alone.
 * TCVN3 and VNI text is one byte per code, the byte read as its Windows-1252
 * character (which is what the engine's legacy detection and converters expect);
 * Windows-1258 would turn its mark bytes into combining marks and other letters
 * ("Quý" typed in TCVN3 becomes "Quư"). The bytes are kept so only when the
 * engine's own detection finds the text to be TCVN3 or VNI and, converted, it
 * reads as Vietnamese far better than the Windows-1258 reading does.
 */
export function legacyText(bytewise: string, cp1258: string): LegacyEncoding | null {
  const sample = bytewise.slice(0, LEGACY_SAMPLE_CHARS);
  const encoding = detectLegacy(sample);
  if (!encoding) return null;
  const asLegacy = syllableShare(convertLegacy(sample, encoding));
  const asCp1258 = syllableShare(cp1258.slice(0, LEGACY_SAMPLE_CHARS));
  return asLegacy >= 0.8 && asLegacy - asCp1258 >= 0.2 ? encoding : null;
}

/** The UTF-16 byte order a text file's BOM declares (FF FE little-endian, FE FF big-endian), if any. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const DELIMITERS = [',', ';', '\t'] as const;
const SNIFF_RECORDS = 50;

/**
 * The delimiter that leaves the fewest quotes out of place, then whose field
 * count is the same on most of the first records (quotes respected); ties go
 * to the wider table, then to the comma. Excel's "sep=;" first line wins outright.
 *
 * Quotes come first because a wrong delimiter misreads quoted fields: in a
 * semicolon file whose multi-line cells are quoted and whose text is full of
 * commas (Ninh Bình's "Các sở ban ngành, \nphường, xã"), the comma finds each
 * quote mid-field, takes it literally and cuts every cell at its line breaks
 * into many short records of a steady width, outnumbering the real rows.
 */
export function sniffDelimiter(text: string): string {
  let best: string = ',';
  let bestScore = [-Infinity, -1, -1];
  for (const d of DELIMITERS) {
    const tally = new Map<number, number>();
    const quotes = { misplaced: 0 };
    parseCsv(
      text,
      d,
      (fields) => {
        if (fields.length > 1 || fields[0] !== '')
          tally.set(fields.length, (tally.get(fields.length) ?? 0) + 1);
      },
      SNIFF_RECORDS,
      quotes,
    );
    let mode = 1;
    let modeCount = 0;
    for (const [c, n] of tally)
      if (c > 1 && (n > modeCount || (n === modeCount && c > mode))) [mode, modeCount] = [c, n];
    // A delimiter that splits nothing cannot be judged by its quotes.
    const score = [modeCount ? -quotes.misplaced : -Infinity, modeCount, mode];
    if (isBetter(score, bestScore)) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/**
 * RFC 4180 with the leniency real exports need: quoted fields may hold
 * delimiters, "" and line breaks; a quote inside an unquoted field is literal,
 * text after a closing quote is kept; CRLF, LF and lone CR all end a record.
 * Scans with indexOf and a sticky search instead of char by char: CSV
 * exports run to hundreds of thousands of rows.
 */
export function parseCsv(
  text: string,
  delimiter: string,
  onRecord: (fields: string[], index: number) => void,
  maxRecords = Infinity,
  quotes?: { misplaced: number },
): void {
  const n = text.length;
  if (n === 0) return;
  const stop = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}\\r\\n]`, 'g');
  const delimiterCode = delimiter.charCodeAt(0);
  let record: string[] = [];
  let count = 0;
  let i = 0;
  while (count < maxRecords) {
    let field = '';
    const quoted = text.charCodeAt(i) === 0x22;
    if (quoted) {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          field += text.slice(j);
          j = n;
          break;
        }
        const doubled = text.charCodeAt(q + 1) === 0x22;
        field += text.slice(j, doubled ? q + 1 : q);
        j = q + (doubled ? 2 : 1);
        if (!doubled) break;
      }
      i = j;
    }
    stop.lastIndex = i;
    const end = stop.exec(text)?.index ?? n;
    const rest = text.slice(i, end);
    // Text after a closing quote, or a quote inside an unquoted field: counted for sniffDelimiter.
    if (quotes && rest !== '' && (quoted || rest.includes('"'))) quotes.misplaced++;
    field += rest;
    record.push(field);
    if (end >= n) {
      onRecord(record, count++);
      return;
    }
    const ch = text.charCodeAt(end);
    if (ch === delimiterCode) {
      i = end + 1;
      continue;
    }
    i = end + (ch === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    onRecord(record, count++);
    record = [];
    // A final line break does not start an empty record.
    if (i >= n) return;
  }
}

export function readCsv(bytes: Uint8Array, name: string, budget: ReadBudget): WorkbookModel {
  const decoded = decodeCsv(bytes);
  let text = decoded.text;
  let delimiter: string;
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    delimiter = hint[1];
    text = text.slice(hint[0].length);
  } else delimiter = sniffDelimiter(text);

  const sheetName = (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]*$/, '') || 'Sheet1';
  const sheet = new SheetBuilder(sheetName, budget);
  parseCsv(text, delimiter, (fields, row) => {
    fields.forEach((value, col) => {
      if (value !== '') sheet.set(row, col, { value });
    });
  });
  if (decoded.legacy) budget.notes.push({ kind: 'legacy-text', encoding: decoded.legacy } satisfies ReadNote);
  return {
    format: 'csv',
    sheets: [sheet.build()],
    ...(decoded.encoding ? { encoding: decoded.encoding } : {}),
  };
}
