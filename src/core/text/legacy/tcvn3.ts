/**
 * TCVN3 (ABC, TCVN 5712:1993 VN3). Legacy text arrives as Unicode characters
 * whose code points are the font's bytes, so the table maps U+00A1…U+00FE to
 * letters. Only the 74 codes of the standard are mapped: generic "tcvn" codecs
 * also map the unused bytes and corrupt ordinary Latin-1 text and CP1252 quotes.
 */

// Byte → letter, from VIETNAMESE.md §1. Upper-case toned letters have no code:
// the all-caps "…H" fonts draw the lower-case codes as capitals.
// prettier-ignore
const CODES: ReadonlyArray<readonly [number, string]> = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

const DECODE = new Map<string, string>(CODES.map(([code, letter]) => [String.fromCharCode(code), letter]));
const ENCODE = new Map<string, string>(CODES.map(([code, letter]) => [letter, String.fromCharCode(code)]));

/** The legacy characters of TCVN3 text (for detection statistics). */
export const TCVN3_CHARS: ReadonlySet<string> = new Set(DECODE.keys());

/**
 * TCVN3 → Unicode (NFC). `upper`: the text was shown in an all-caps "…H" font
 * (".VnTimeH"), which draws every letter, toned or not, as a capital.
 */
export function decodeTcvn3(s: string, upper = false): string {
  let out = '';
  // Legacy codes are precomposed Latin-1: NFC restores them if the text was decomposed.
  for (const ch of s.normalize('NFC')) out += DECODE.get(ch) ?? ch;
  out = out.normalize('NFC');
  return upper ? out.toUpperCase() : out;
}

/**
 * Unicode → TCVN3, for tests and fixtures. An upper-case toned letter has no
 * code: it becomes its lower-case code, as typists did for the "…H" fonts, so
 * only `decodeTcvn3(…, true)` brings the capital back. Characters without a
 * code are kept.
 */
export function encodeTcvn3(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    out += ENCODE.get(ch) ?? ENCODE.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}
