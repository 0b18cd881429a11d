import { cleanText } from '../text';
import { convertLegacy } from '../text/legacy/detect';
import { defineRule } from './define-rule';
import { cellFix, sourceFields } from './text-fields';

/** Stray, doubled or non-breaking spaces and invisible characters; line breaks inside a cell are kept. */
export default defineRule({
  meta: { code: 'I_TEXT_SPACING', severity: 'info', fixable: true },
  checkRow(row, rc) {
    for (const field of sourceFields(row)) {
      const src = row.source[field]!;
      const text = (src.encoding ? convertLegacy(src.text, src.encoding, src.font) : src.text).normalize('NFC');
      const after = cleanText(text, { keepLineBreaks: true });
      // Spaces next to a line break are invisible and harmless: wrapped text pasted from a PDF has them everywhere.
      if (after !== text.replace(/[ \t]*\n[ \t]*/g, '\n')) rc.report({ row, field, fix: cellFix(row, field, 'spacing', after) });
    }
  },
});
