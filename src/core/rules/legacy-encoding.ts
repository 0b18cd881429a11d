import { convertLegacy } from '../text/legacy/detect';
import { defineRule } from './define-rule';
import { sourceFields } from './text-fields';

export const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

/** Text typed with a TCVN3 or VNI font: the fix converts it to Unicode (and the font to Times New Roman). */
export default defineRule({
  meta: { code: 'W_LEGACY_ENCODING', severity: 'warning', fixable: true },
  checkRow(row, rc) {
    for (const field of sourceFields(row)) {
      const src = row.source[field]!;
      if (!src.encoding) continue;
      const after = src.decoded ?? convertLegacy(src.text, src.encoding, src.font);
      rc.report({
        row,
        field,
        // Without a font name (a CSV, a cell in a default font) the encoding was told from the letters alone.
        ...(src.font ? {} : { variant: 'noFont' }),
        data: src.font
          ? { encoding: ENCODING_NAMES[src.encoding], font: src.font }
          : { encoding: ENCODING_NAMES[src.encoding] },
        suggestion: after,
        fix: { kind: 'legacy', before: src.text, after, encoding: src.encoding },
      });
    }
  },
});
