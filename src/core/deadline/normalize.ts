import { memoize } from '../memo';
import { cleanText } from '../text/normalize';
import { compareKey } from '../text/compare-key';

/**
 * The deadline text folded for matching: clean (NFC, odd spaces, line
 * breaks joined: "Thường \nxuyên"), marks removed and đ→d (so "hàng"/"hằng"
 * and sloppy unaccented typing agree), lower case, dashes unified, "Quí"→"Quý",
 * markdown stars and quotes dropped, trailing full stops and wrapping brackets
 * removed. Digits and the separators / . - stay, because dates need them.
 */
export function foldDeadline(text: string): string {
  return folds(text);
}

// A plan has a few dozen deadline texts, asked about for every row of every report: folded once each.
const folds = memoize(fold);

function fold(text: string): string {
  let s = cleanText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[*"'`\u2018\u2019\u201c\u201d]/g, '')
    .replace(/\bqui\b/g, 'quy')
    .replace(/\s+/g, ' ')
    .trim();
  for (;;) {
    const next = s
      .replace(/^\((.*)\)$/, '$1')
      .replace(/\s*[.,;:!]+$/, '')
      .trim();
    if (next === s) return s;
    s = next;
  }
}

/** Key for whole-phrase vocabularies ("Thường xuyên", "Theo yêu cầu"): punctuation and spelling variants ignored. */
export function phraseKey(text: string): string {
  return compareKey(foldDeadline(text));
}

/** "Trước ngày X": the wording for which X itself may count as late (a setting). */
export function saysBeforeDay(text: string): boolean {
  return /\btruoc ngay\b/.test(foldDeadline(text));
}
