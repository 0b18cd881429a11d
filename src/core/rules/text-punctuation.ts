import { fixPunctuation, hasPunctuationProblem } from '../text';
import { defineRule } from './define-rule';
import { cellFix, LIST_FIELDS } from './text-fields';

/** Stray separators in agency lists ("Các, sở, ngành"): they split one name into several. */
export default defineRule({
  meta: { code: 'W_TEXT_PUNCTUATION', severity: 'warning', fixable: true },
  checkRow(row, rc) {
    for (const field of LIST_FIELDS) {
      const text = row.raw[field];
      if (!text || !hasPunctuationProblem(text)) continue;
      const after = fixPunctuation(text);
      if (after === text) continue;
      rc.report({ row, field, data: { text }, suggestion: after, fix: cellFix(row, field, 'punctuation', after) });
    }
  },
});
