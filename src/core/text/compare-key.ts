/**
 * The folding key of VIETNAMESE.md §2, for matching only (the user's text is
 * what gets written back). Two spellings a reader takes for the same words get
 * the same key: NFC/NFD, case, diacritics (đ = d), old/new tone placement,
 * i/y variants, "&"/"và", dashes, punctuation and spacing.
 */
import { cleanText, stripSoftHyphen } from './normalize';

// "Quý/Quí", "kỹ/kĩ", "lý/lí", "Mỹ/Mĩ", "sỹ/sĩ": a syllable made of an onset and a
// lone y is also spelt with i. "ay", "uy" (tay, thủy) are other rhymes and stay.
const ONSET_Y = /^(?:[bcdghklmnprstvx]|ch|gh|kh|ng|nh|ph|qu|th|tr)y$/;

// Names, deadlines and statuses repeat across rows: fold each text once (bounded, so a huge sheet cannot grow it forever).
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

export function compareKey(s: string): string {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const key = fold(s);
  // Long texts (task descriptions) rarely repeat: not worth keeping.
  if (s.length <= 200) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(s, key);
  }
  return key;
}

/** The key as the steps of VIETNAMESE.md §2 say it, for any text (the definition `fold` keeps to). */
export function foldBySteps(s: string): string {
  return withIForY(foldChars(stripSoftHyphen(cleanText(s))).trim());
}

/** Each character folded: lower case, marks removed, đ as d, "&" as "và", any other sign a space. */
function foldChars(s: string): string {
  return (
    s
      // Lower-case first: a few capitals (İ) lower-case to a letter plus a mark, removed next.
      .toLowerCase()
      .normalize('NFD')
      // Removing every mark also unifies old and new tone placement (hoà/hòa, thuỷ/thủy).
      .replace(/\p{M}/gu, '')
      .replace(/[đð]/g, 'd')
      // "và" has just become "va"; "&" joins it.
      .replace(/&/g, ' va ')
      // Dashes, quotes, dots, commas … all become spaces, so "KH-KT" = "KH KT" and "2026 – 2030" = "2026-2030".
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
  );
}

function withIForY(folded: string): string {
  if (!folded.includes('y')) return folded;
  return folded
    .split(' ')
    .map((word) => (ONSET_Y.test(word) ? `${word.slice(0, -1)}i` : word))
    .join(' ');
}

/**
 * The characters Vietnamese text is written with (Latin up to U+024F and the precomposed
 * Vietnamese letters U+1EA0–U+1EF9), each folded once by the steps themselves: a text made
 * only of them is folded a character at a time, without the patterns.
 */
const LATIN_END = 0x250;
const VIETNAMESE_FROM = 0x1ea0;
const VIETNAMESE_END = 0x1efa;
const folded = (from: number, end: number) =>
  Array.from({ length: end - from }, (_, i) => foldChars(String.fromCharCode(from + i)));
let latin: string[] | undefined;
let vietnamese: string[] | undefined;

function fold(s: string): string {
  const text = stripSoftHyphen(cleanText(s));
  latin ??= folded(0, LATIN_END);
  vietnamese ??= folded(VIETNAMESE_FROM, VIETNAMESE_END);
  let out = '';
  // A space is written before the next word only: none at the start, one between words, none at the end.
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f =
      c < LATIN_END
        ? latin[c]
        : c >= VIETNAMESE_FROM && c < VIETNAMESE_END
          ? vietnamese[c - VIETNAMESE_FROM]
          : undefined;
    if (f === undefined) return foldBySteps(text);
    for (let j = 0; j < f.length; j++) {
      const ch = f[j];
      if (ch === ' ') space = out !== '';
      else {
        if (space) out += ' ';
        out += ch;
        space = false;
      }
    }
  }
  return withIForY(out);
}
