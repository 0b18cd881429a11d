import { cleanText } from '../text';
import { convertLegacy } from '../text/legacy/detect';
import { defineRule } from './define-rule';
import { cellFix, sourceFields } from './text-fields';

// Cheap test first: most cells have none of these, and cleaning every cell of a large table costs.
const SUSPECT = / {2}|^\s|\s$|[^\S \n]|[\u200B-\u200D\u2060\uFEFF]/;

/** Stray, doubled or non-breaking spaces and invisible characters; line breaks inside a cell are kept. */
export default defineRule({
  meta: { code: 'I_TEXT_SPACING', severity: 'info', fixable: true },
  checkRow(row, rc) {
    for (const field of sourceFields(row)) {
      const src = row.source[field]!;
      if (!src.encoding && !SUSPECT.test(src.text)) continue;
      const text = (
        src.encoding ? (src.decoded ?? convertLegacy(src.text, src.encoding, src.font)) : src.text
      ).normalize('NFC');
      const after = cleanText(text, { keepLineBreaks: true });
      // Spaces next to a line break are invisible and harmless: wrapped text pasted from a PDF has them everywhere.
      if (after !== text.replace(/[ \t]*\n[ \t]*/g, '\n'))
        rc.report({ row, field, suggestion: after, fix: cellFix(row, field, 'spacing', after) });
    }
  },
});
