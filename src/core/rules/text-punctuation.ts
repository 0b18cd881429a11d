import { fixPunctuation, hasPunctuationProblem } from '../text';
import { defineRule } from './define-rule';
import { cellFix, LIST_FIELDS } from './text-fields';

// Agency lists repeat from row to row: judge each text once (bounded).
const memo = new Map<string, string>();

/** The text with its separators cleaned; the same text when nothing is wrong. */
function punctuationFixed(text: string): string {
  let after = memo.get(text);
  if (after === undefined) {
    after = hasPunctuationProblem(text) ? fixPunctuation(text) : text;
    if (memo.size >= 20_000) memo.clear();
    memo.set(text, after);
  }
  return after;
}

/** Stray separators in agency lists ("Các, sở, ngành"): they split one name into several. */
export default defineRule({
  meta: { code: 'W_TEXT_PUNCTUATION', severity: 'warning', fixable: true },
  checkRow(row, rc) {
    for (const field of LIST_FIELDS) {
      const text = row.raw[field];
      if (!text) continue;
      const after = punctuationFixed(text);
      if (after === text) continue;
      rc.report({
        row,
        field,
        data: { text },
        suggestion: after,
        fix: cellFix(row, field, 'punctuation', after),
      });
    }
  },
});
