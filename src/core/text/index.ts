/**
 * Vietnamese text. Order for a cell read from a workbook: `decodeCell` (legacy
 * fonts → Unicode), then `cleanText`, then `stripSoftHyphen` (only now, since
 * TCVN3 spells "ư" with the soft-hyphen byte); `compareKey` for matching.
 */
export { cleanText, stripSoftHyphen, textProblems } from './normalize';
export type { CleanOptions, TextProblems } from './normalize';
export { compareKey } from './compare-key';
export { fixPunctuation, hasPunctuationProblem } from './punctuation';
export { isVietnameseSyllable } from './syllable';
export { decodeTcvn3, encodeTcvn3 } from './legacy/tcvn3';
export { decodeVni, encodeVni } from './legacy/vni';
export { convertLegacy, decodeCell, detectLegacy, legacyFromFont } from './legacy/detect';
export type { LegacyEncoding } from './legacy/detect';
