/**
 * Is a word a well-formed Vietnamese syllable? Used by legacy detection to tell
 * decoded text that reads as Vietnamese from Latin-1 words that merely share
 * characters with legacy codes ("Café", "où"). Deliberately generous: it checks
 * shape (onset + rhyme + at most one tone), not the dictionary.
 */

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
// Only acute and dot-below combine with the stop codas -c, -ch, -p, -t (and the
// -k of Central Highlands names such as "Đắk Lắk").
const STOP_TONE = /[\u0301\u0323]/;
const STOP_CODA = /(c|ch|p|t|k)$/;

// Longest first so that "ngh" is tried before "ng" and "n"; every onset is tried anyway.
// prettier-ignore
const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

// Nucleus (with any medial glide) → the codas it takes; '' is an open syllable.
// prettier-ignore
const NUCLEI: Record<string, string[]> = {
  a: ['', 'c', 'ch', 'i', 'k', 'm', 'n', 'ng', 'nh', 'o', 'p', 't', 'u', 'y'],
  ă: ['c', 'k', 'm', 'n', 'ng', 'p', 't'],
  â: ['c', 'm', 'n', 'ng', 'p', 't', 'u', 'y'],
  e: ['', 'c', 'm', 'n', 'ng', 'o', 'p', 't'],
  ê: ['', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'u'],
  i: ['', 'a', 'ch', 'm', 'n', 'nh', 'p', 't', 'u'],
  o: ['', 'c', 'i', 'm', 'n', 'ng', 'p', 't'],
  oo: ['c', 'ng'],
  ô: ['', 'c', 'i', 'm', 'n', 'ng', 'p', 't'],
  ơ: ['', 'i', 'm', 'n', 'p', 't'],
  u: ['', 'a', 'c', 'i', 'm', 'n', 'ng', 'p', 't'],
  ư: ['', 'a', 'c', 'i', 'm', 'n', 'ng', 't', 'u'],
  y: [''],
  iê: ['c', 'm', 'n', 'ng', 'p', 't', 'u'],
  yê: ['m', 'n', 't', 'u'],
  uô: ['c', 'i', 'm', 'n', 'ng', 't'],
  ươ: ['c', 'i', 'm', 'n', 'ng', 'p', 't', 'u'],
  oa: ['', 'c', 'ch', 'i', 'm', 'n', 'ng', 'nh', 'o', 'p', 't', 'y'],
  oă: ['c', 'm', 'n', 'ng', 't'],
  oe: ['', 'c', 'm', 'n', 'o', 't'],
  uâ: ['n', 'ng', 't', 'y'],
  uê: ['', 'ch', 'n', 'nh'],
  uơ: [''],
  uy: ['', 'a', 'ch', 'n', 'nh', 'p', 't', 'u'],
  uyê: ['n', 't'],
};

const RHYMES: ReadonlySet<string> = new Set(
  Object.entries(NUCLEI).flatMap(([nucleus, codas]) => codas.map((coda) => nucleus + coda)),
);

/** True when `word` (any case, NFC or NFD) has the shape of one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE) ?? [];
  if (tones.length > 1) return false;
  const tone = tones.join(''); // '' or the single tone mark
  const bare = nfd.replace(TONE, '').normalize('NFC');
  return ONSETS.some((onset) => {
    if (!bare.startsWith(onset)) return false;
    const rhyme = bare.slice(onset.length);
    // "gì": the onset gi absorbs the vowel i.
    if (rhyme === '') return onset === 'gi';
    if (!RHYMES.has(rhyme)) return false;
    return tone === '' || !STOP_CODA.test(rhyme) || STOP_TONE.test(tone);
  });
}
