/**
 * Cleaning of the invisible noise found in real sheets: decomposed Unicode,
 * zero-width characters, BOMs, non-breaking spaces, tabs, doubled spaces.
 */

export interface CleanOptions {
  /** Keep line breaks (Alt+Enter in Excel): CRLF/CR become "\n", each line is trimmed, empty lines dropped. */
  keepLineBreaks?: boolean;
}

// Zero-width space/non-joiner/joiner, word joiner and BOM (also the zero-width no-break space).
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// NBSP, narrow NBSP, the other fixed-width Unicode spaces, ideographic space, tab and the vertical controls.
const SPACE_LIKE = /[\u00A0\u202F\u2000-\u200A\u205F\u3000\t\v\f]/g;
const SPACE_RUN = / {2,}/g;
const LINE_BREAK = /\r\n|\r|\n/g;

function cleanLine(line: string): string {
  return line.replace(SPACE_LIKE, ' ').replace(SPACE_RUN, ' ').trim();
}

/** NFC text without invisible characters, with single spaces, trimmed. */
export function cleanText(s: string, opts: CleanOptions = {}): string {
  const text = s.normalize('NFC').replace(INVISIBLE, '');
  if (!opts.keepLineBreaks) return cleanLine(text.replace(LINE_BREAK, ' '));
  return text
    .split(LINE_BREAK)
    .map(cleanLine)
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Text that NFC leaves as it is, told without normalising: Latin letters and
 * signs up to U+02FF, the precomposed Vietnamese letters and general
 * punctuation. None of these has a decomposition, and none composes with
 * another (composing needs a combining mark, U+0300 and above). Most cells.
 */
const SURELY_NFC = /^[\t\n\r -\u02FF\u1EA0-\u1EF9\u2002-\u206F]*$/;

export function isNfc(s: string): boolean {
  return SURELY_NFC.test(s) || s === s.normalize('NFC');
}

/**
 * Removes soft hyphens (U+00AD). Deliberately not part of `cleanText`: in TCVN3
 * the letter "ư" is byte 0xAD, so stripping it before legacy conversion would
 * delete every "ư". Call it only on text that has been through `decodeCell` or
 * `convertLegacy` (or is known to be Unicode).
 */
export function stripSoftHyphen(s: string): string {
  return s.replace(/\u00AD/g, '');
}

export interface TextProblems {
  /** The text is not in NFC (typically decomposed NFD text from Mac or Word). */
  notNfc: boolean;
  /** Cleaning would change something besides NFC: invisible characters or stray spaces. */
  spacing: boolean;
}

/**
 * What `cleanText` would fix. Line breaks are kept by default because an
 * Alt+Enter break inside a cell is the user's layout, not noise; the matching
 * fix is `cleanText(s, { keepLineBreaks: true })`.
 */
export function textProblems(s: string, opts: CleanOptions = { keepLineBreaks: true }): TextProblems {
  const nfc = s.normalize('NFC');
  return { notNfc: s !== nfc, spacing: cleanText(s, opts) !== nfc };
}

/** The first letter in capitals, Vietnamese rules ("các sở" → "Các sở"). */
export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
