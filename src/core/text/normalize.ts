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

/**
 * Text cleaning leaves as it is, told in one pass: printable ASCII, Latin letters and signs up to
 * U+02FF but the no-break space, the precomposed Vietnamese letters and general punctuation (none has
 * a decomposition or composes with another), single spaces inside. Most texts a sheet holds.
 */
function surelyClean(s: string): boolean {
  // A space first, after another space or last is cleaned away.
  let afterSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
      continue;
    }
    afterSpace = false;
    if (c > 0x20 && c < 0x7f) continue;
    if (c < 0xa1) return false;
    if (c < 0x300 || (c >= 0x1ea0 && c <= 0x1ef9)) continue;
    if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) continue;
    return false;
  }
  return !afterSpace || s.length === 0;
}

/** NFC text without invisible characters, with single spaces, trimmed. */
export function cleanText(s: string, opts: CleanOptions = {}): string {
  return surelyClean(s) ? s : cleanBySteps(s, opts);
}

/** What `cleanText` does, step by step, for any text (the definition its shortcut keeps to). */
export function cleanBySteps(s: string, opts: CleanOptions = {}): string {
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
