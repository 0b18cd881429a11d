/**
 * Reads a plan file for `phuluc draft`, telling the kind from the bytes, not
 * the name: a Word document (.docx), or UTF-8 text (.txt, .md — the seeds'
 * form). What cannot be read comes back as a reason the catalogue renders
 * (`draft.reason.*`, `read.reason.*`), never as an exception.
 */
import * as fs from 'node:fs/promises';
import type { PlanDocument } from '../../core/draft/document';
import { parsePlanText } from '../../core/draft/plan-text';
import { convertLegacy, detectLegacy, type LegacyEncoding } from '../../core/text/legacy/detect';
import { isOle2 } from '../read/cfb';
import { decodeCsv } from '../read/csv';
import { isZip } from '../read/zip-guard';
import { readDocx, type DocxFailure } from './read-docx';

export type PlanFormat = 'docx' | 'txt' | 'md';

export type PlanFileOutcome =
  | {
      ok: true;
      doc: PlanDocument;
      format: PlanFormat;
      /** Set when the text was typed in TCVN3 or VNI and has been converted to Unicode. */
      legacy?: LegacyEncoding;
    }
  /** `reason` is a message id: "draft.reason.legacy-doc", "read.reason.not-found" … */
  | { ok: false; reason: string };

/** A plan is a few hundred kilobytes; a text file past this is not one. */
const MAX_PLAN_BYTES = 64 * 1024 * 1024;

const DRAFT_REASONS: ReadonlySet<string> = new Set([
  'not-a-docx',
  'legacy-doc',
  'bad-xml',
  'spreadsheet',
  'too-large',
]);

function docxReason(reason: DocxFailure): string {
  // A damaged Word file is opened again in Word, not in Excel as the spreadsheet reason says.
  if (reason === 'corrupt') return 'draft.reason.bad-xml';
  return DRAFT_REASONS.has(reason) ? `draft.reason.${reason}` : `read.reason.${reason}`;
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
}

function isRtf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && new TextDecoder().decode(bytes.subarray(0, 5)) === '{\\rtf';
}

export function readPlanBytes(bytes: Uint8Array, name: string): PlanFileOutcome {
  if (bytes.length > MAX_PLAN_BYTES) return { ok: false, reason: 'draft.reason.too-large' };
  if (isZip(bytes) || isOle2(bytes)) {
    const out = readDocx(bytes);
    return out.ok
      ? { ok: true, doc: out.doc, format: 'docx', ...(out.legacy ? { legacy: out.legacy } : {}) }
      : { ok: false, reason: docxReason(out.reason) };
  }
  if (isPdf(bytes)) return { ok: false, reason: 'draft.reason.pdf' };
  // Word's "Rich Text Format" is markup, not the plan's words: Word opens it and saves it as .docx.
  if (isRtf(bytes)) return { ok: false, reason: 'draft.reason.rtf' };
  // A .docx that is not a zip was renamed, truncated to nothing useful, or is not Word's at all.
  if (/\.docx$/i.test(name)) return { ok: false, reason: 'draft.reason.not-a-docx' };
  // A .doc that is not Word's binary file (a web page saved as .doc): Word opens it and saves it as .docx.
  if (/\.doc$/i.test(name)) return { ok: false, reason: 'draft.reason.legacy-doc' };
  const { text, legacy } = planText(bytes);
  // NUL characters do not occur in a text document: some other binary file.
  if (text.includes('\u0000')) return { ok: false, reason: 'draft.reason.unsupported' };
  return {
    ok: true,
    doc: parsePlanText(text),
    format: /\.md$/i.test(name) ? 'md' : 'txt',
    ...(legacy ? { legacy } : {}),
  };
}

/** Enough text to judge a document's letters by, without scanning a huge one twice. */
const LEGACY_SAMPLE_CHARS = 64 * 1024;
/** Letters only Unicode has (ă đ ĩ ũ ơ ư, the dotted and hooked vowels): a line holding one is Unicode already. */
const UNICODE_ONLY_LETTER =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;

/** The first bytes of a text file, enough to tell UTF-16 by where its NUL bytes fall. */
const UTF16_SAMPLE_BYTES = 4 * 1024;
/** Of the sample's code units, at least this share must have a NUL half (ASCII, spaces, Latin-1 letters) … */
const UTF16_MIN_NUL_SHARE = 0.3;
/**
 * … and the other half NUL at most this share as often: text decomposed to
 * letters and marks has a NUL low byte in each U+0300 (the grave accent), a
 * binary file NULs at both places alike.
 */
const UTF16_MAX_OTHER_SHARE = 0.25;
/** C0 controls a text never holds (tab, line feed, form feed and carriage return aside). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/;

/**
 * UTF-16 saved without its BOM (some converters and scripts write it so): in
 * Vietnamese text most units are ASCII letters, spaces or Latin-1 vowels
 * ("à", "ê", "ô"), whose high byte is NUL — the odd bytes in little-endian, the
 * even ones in big-endian — while the other half of a unit is almost never NUL.
 * UTF-8 and single-byte text hold no NUL at all. Taken as UTF-16 only when the
 * whole file then decodes cleanly (no unpaired surrogate) and holds no control
 * character a text would not: a binary file has NULs at both places.
 */
export function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  const order =
    oddNul >= units * UTF16_MIN_NUL_SHARE && evenNul <= oddNul * UTF16_MAX_OTHER_SHARE
      ? 'utf-16le'
      : evenNul >= units * UTF16_MIN_NUL_SHARE && oddNul <= evenNul * UTF16_MAX_OTHER_SHARE
        ? 'utf-16be'
        : null;
  if (!order) return null;
  let text: string;
  try {
    text = new TextDecoder(order, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return CONTROL.test(text) ? null : text;
}

/**
 * A text plan in Unicode, as offices save one: UTF-8 (with or without a BOM),
 * UTF-16 with its BOM (Notepad's "Unicode") or without one, Windows-1258, or text typed with
 * a TCVN3 / VNI font and saved in any of these — its letters then read as
 * Latin-1 garbage ("Së Khoa häc"). Such text is told by its letters, on the
 * lines not already in Unicode (a symbol such as "≥" among them says nothing),
 * and those lines are converted.
 */
function planText(bytes: Uint8Array): { text: string; legacy: LegacyEncoding | null } {
  const bomless = utf16WithoutBom(bytes);
  const decoded: { text: string; legacy?: LegacyEncoding } =
    bomless === null ? decodeCsv(bytes) : { text: bomless };
  if (decoded.legacy) return { text: convertLegacy(decoded.text, decoded.legacy), legacy: decoded.legacy };
  const lines = decoded.text.split('\n');
  const unicode = lines.map((line) => UNICODE_ONLY_LETTER.test(line.normalize('NFC')));
  const sample = lines
    .filter((_, i) => !unicode[i])
    .join('\n')
    .slice(0, LEGACY_SAMPLE_CHARS)
    .replace(/[\u0100-\uFFFF]/g, ' ');
  const legacy = detectLegacy(sample);
  if (!legacy) return { text: decoded.text, legacy: null };
  return {
    text: lines.map((line, i) => (unicode[i] ? line : convertLegacy(line, legacy))).join('\n'),
    legacy,
  };
}

export async function readPlanFile(file: string): Promise<PlanFileOutcome> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, reason: 'read.reason.io-error' };
    if (stat.size > MAX_PLAN_BYTES) return { ok: false, reason: 'draft.reason.too-large' };
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'read.reason.not-found' : 'read.reason.io-error' };
  }
  return readPlanBytes(bytes, file);
}
