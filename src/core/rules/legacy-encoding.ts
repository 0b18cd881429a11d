import type { MessageData } from '../messages';
import { convertLegacy, type LegacyEncoding } from '../text/legacy/detect';
import { defineRule } from './define-rule';
import { sourceFields } from './text-fields';

const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

/**
 * How a W_LEGACY_ENCODING finding words itself: with its font, or — without a font name (a CSV, a cell in a
 * default font) — saying the encoding was told from the letters alone. Shared with the cells outside the rows.
 */
export function legacyWording(
  encoding: LegacyEncoding,
  font: string | undefined,
): { variant?: 'noFont'; data: MessageData } {
  return font
    ? { data: { encoding: ENCODING_NAMES[encoding], font } }
    : { variant: 'noFont' as const, data: { encoding: ENCODING_NAMES[encoding] } };
}

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
        ...legacyWording(src.encoding, src.font),
        suggestion: after,
        fix: { kind: 'legacy', before: src.text, after, encoding: src.encoding },
      });
    }
  },
});
