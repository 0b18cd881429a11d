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

function fold(s: string): string {
  const folded = stripSoftHyphen(cleanText(s))
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
    .trim();
  return folded
    .split(' ')
    .map((word) => (ONSET_Y.test(word) ? `${word.slice(0, -1)}i` : word))
    .join(' ');
}
