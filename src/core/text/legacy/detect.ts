/**
 * Finding and converting TCVN3 / VNI text. The cell's font is the strong
 * signal; character statistics are used only when no font is known (CSV,
 * plain text) and are tuned so that real Unicode ("Hà Tây", "Café", "Ngô"),
 * English and French are never flagged.
 */
import type { SheetCell, TextRun } from '../../model/sheet';
import { isVietnameseSyllable } from '../syllable';
import { decodeTcvn3, TCVN3_CHARS } from './tcvn3';
import { decodeVni } from './vni';

export type LegacyEncoding = 'tcvn3' | 'vni';

// Windows-1252 0x80-0x9F: legacy text keeps these as they are.
const CP1252_PUNCTUATION = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Only characters a legacy font can hold: U+0000-U+00FF and the CP1252 punctuation. */
function fitsLegacyRange(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) > 0xff && !CP1252_PUNCTUATION.has(ch)) return false;
  }
  return true;
}

/** The encoding a font name implies: ".VnTime…" → TCVN3, "VNI-Times" → VNI. */
export function legacyFromFont(font?: string | null): LegacyEncoding | null {
  const name = font?.trim() ?? '';
  if (/^\.vn/i.test(name)) return 'tcvn3';
  if (/^vni[- ]/i.test(name)) return 'vni';
  return null;
}

/** The all-caps TCVN3 fonts (".VnTimeH", ".VnArialH") draw lower-case codes as capitals. */
function isCapsFont(font?: string | null): boolean {
  return legacyFromFont(font) === 'tcvn3' && /h$/i.test(font?.trim() ?? '');
}

/** Legacy text → Unicode NFC (upper-cased for the "…H" TCVN3 fonts). A null encoding returns the text. */
export function convertLegacy(text: string, encoding: LegacyEncoding | null, font?: string | null): string {
  if (encoding === 'tcvn3') return decodeTcvn3(text, isCapsFont(font));
  if (encoding === 'vni') return decodeVni(text);
  return text;
}

const LATIN1_LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF';
// TCVN3 uses symbols (¸ µ « § ®, the soft hyphen …) as letters, so its words include them.
const TCVN3_SYMBOLS = [...TCVN3_CHARS].filter((ch) => !new RegExp(`[${LATIN1_LETTERS}]`).test(ch)).join('');
const WORD: Record<LegacyEncoding, RegExp> = {
  tcvn3: new RegExp(`[${LATIN1_LETTERS}${TCVN3_SYMBOLS}]+`, 'g'),
  vni: new RegExp(`[${LATIN1_LETTERS}]+`, 'g'),
};
const DECODE: Record<LegacyEncoding, (s: string) => string> = {
  tcvn3: (s) => decodeTcvn3(s),
  vni: decodeVni,
};

/** A word as a Unicode writer would type it: a syllable in lower, upper or title case. */
function plausibleUnicode(word: string): boolean {
  const casing =
    word === word.toLowerCase() ||
    word === word.toUpperCase() ||
    word.slice(1) === word.slice(1).toLowerCase();
  return casing && isVietnameseSyllable(word);
}

/** Each decoded letter takes exactly one non-ASCII character (a TCVN3 code, a VNI mark or single-byte letter). */
function legacyLetters(word: string): number {
  return [...word].filter((ch) => ch.charCodeAt(0) > 0x7f).length;
}

interface Score {
  /** Weighted count of distinct words that only read as Vietnamese once decoded. */
  score: number;
  evidenceWords: number;
  /** Words that decoding turns into non-Vietnamese. */
  bad: number;
  words: number;
  syllables: number;
}

function scoreText(text: string, encoding: LegacyEncoding): Score {
  const s: Score = { score: 0, evidenceWords: 0, bad: 0, words: 0, syllables: 0 };
  // Evidence counts once per distinct word: "où où où" is one French word, not three clues.
  const seen = new Set<string>();
  for (const word of text.match(WORD[encoding]) ?? []) {
    // ASCII acronyms ("UBND", "KH") say nothing either way.
    if (/^[A-Z]{2,}$/.test(word)) continue;
    const decoded = DECODE[encoding](word);
    // Nor do acronyms with Đ ("HĐND", "LĐVP"): no vowel, no syllable to judge.
    if (!/[aeiouy]/i.test(decoded.normalize('NFD'))) continue;
    s.words++;
    const syllable = isVietnameseSyllable(decoded);
    if (syllable) s.syllables++;
    if (decoded === word) continue;
    if (!syllable) {
      s.bad++;
    } else if (/[A-Za-z]/.test(word) && !plausibleUnicode(word) && !seen.has(word.toLowerCase())) {
      seen.add(word.toLowerCase());
      // A symbol used as a letter ("vµ") or a capital inside a word ("nghÖ") is TCVN3's hallmark.
      const hallmark = /[^A-Za-z\u00C0-\u00FF]|[a-z][\u00C0-\u00DE]/.test(word);
      s.score += Math.min(2, legacyLetters(word) + (hallmark ? 1 : 0));
      s.evidenceWords++;
    }
  }
  return s;
}

/** Strong thresholds: enough evidence, almost nothing garbled by decoding, mostly Vietnamese syllables after it. */
function convincing(s: Score): boolean {
  return s.score >= 3 && s.bad * 4 <= s.evidenceWords && s.syllables >= 0.6 * s.words;
}

/**
 * Which legacy encoding `text` is in, or null (Unicode, or nothing to convert).
 * A font name decides alone: a legacy font means that encoding whenever
 * conversion would change the text; any other font means Unicode. Only
 * without a font are character statistics used.
 */
export function detectLegacy(raw: string, font?: string | null): LegacyEncoding | null {
  // Legacy characters are precomposed Latin-1; a decomposed copy is judged as composed.
  const text = raw.normalize('NFC');
  if (!fitsLegacyRange(text)) return null;
  if (font?.trim()) {
    const encoding = legacyFromFont(font);
    return encoding && convertLegacy(text, encoding, font) !== text ? encoding : null;
  }
  const tcvn3 = scoreText(text, 'tcvn3');
  const vni = scoreText(text, 'vni');
  const candidates = (
    [
      ['tcvn3', tcvn3],
      ['vni', vni],
    ] as const
  ).filter(([, s]) => convincing(s));
  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) => (c[1].score > best[1].score ? c : best))[0];
}

/**
 * A cell's text in Unicode and the legacy encoding it was in (null when it was
 * Unicode already). Rich-text runs are judged by their own fonts (a run
 * without one uses the cell's); when no font is known anywhere, the whole text
 * is judged by statistics. With mixed encodings the first converted run's wins.
 * Non-string values are returned as `String(value)` ('' for an empty cell).
 */
/**
 * `sheetEncoding`: what the whole sheet's fontless text was found to be (a
 * legacy .xls or CSV carries no fonts, and one short cell is too little
 * evidence on its own); used for fontless runs the cell's own statistics leave open.
 */
export function decodeCell(
  cell: SheetCell,
  sheetEncoding: LegacyEncoding | null = null,
): { text: string; encoding: LegacyEncoding | null } {
  if (typeof cell.value !== 'string')
    return { text: cell.value === null ? '' : String(cell.value), encoding: null };
  const runs = cell.runs?.length ? cell.runs : [{ text: cell.value, font: cell.font }];
  const fontOf = (run: TextRun) => (run.font?.trim() ? run.font : cell.font);
  const statistical = runs.some((run) => !fontOf(run)?.trim())
    ? detectLegacy(runs.map((r) => r.text).join(''))
    : null;
  let text = '';
  let found: LegacyEncoding | null = null;
  for (const run of runs) {
    const font = fontOf(run);
    const fits = fitsLegacyRange(run.text.normalize('NFC'));
    const encoding = legacyFromFont(font)
      ? detectLegacy(run.text, font)
      : font?.trim()
        ? fits
          ? sheetEncoding
          : null
        : fits
          ? (statistical ?? sheetEncoding)
          : null;
    const converted = convertLegacy(run.text, encoding, font);
    if (converted !== run.text) found ??= encoding;
    text += converted;
  }
  return { text, encoding: found };
}

// ă đ ĩ ũ ơ ư and the letters with a dot or hook below (U+1EA0–U+1EF9): above U+00FF, left so by NFC.
const UNICODE_ONLY_LETTER =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;

// Enough text to judge a sheet by, without reading a huge one twice.
const SHEET_SAMPLE_CHARS = 20_000;

/**
 * The legacy encoding of a sheet whose text names no legacy font (a CSV, or a
 * legacy .xls whose reader reports only the default "Arial"): judged once over
 * the sheet's text, where single cells ("Noäi dung", "Soá") are too short to
 * tell. Null when any cell names a legacy font — the fonts then decide, cell by cell.
 */
export function sheetLegacyEncoding(
  cells: readonly (readonly (SheetCell | undefined)[] | undefined)[],
): LegacyEncoding | null {
  const parts: string[] = [];
  let size = 0;
  for (const row of cells) {
    if (!row) continue;
    for (const cell of row) {
      if (!cell || typeof cell.value !== 'string') continue;
      if (legacyFromFont(cell.font) || cell.runs?.some((r) => legacyFromFont(r.font))) return null;
      // A letter no legacy font can hold: the sheet's text is Unicode, whatever the rest (no need to judge it).
      if (UNICODE_ONLY_LETTER.test(cell.value)) return null;
      parts.push(cell.value);
      size += cell.value.length;
      if (size > SHEET_SAMPLE_CHARS) return detectLegacy(parts.join('\n'));
    }
  }
  return parts.length ? detectLegacy(parts.join('\n')) : null;
}
