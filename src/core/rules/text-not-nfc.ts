import { defineRule } from './define-rule';
import { sourceFields } from './text-fields';
import { isNfc } from '../text/normalize';

export default defineRule({
  meta: { code: 'I_TEXT_NOT_NFC', severity: 'info', fixable: true },
  checkRow(row, rc) {
    for (const field of sourceFields(row)) {
      const src = row.source[field]!;
      if (src.encoding || isNfc(src.text)) continue;
      // DOMAIN §7: a safe fix carries its replacement (here the same letters, composed).
      const after = src.text.normalize('NFC');
      rc.report({ row, field, suggestion: after, fix: { kind: 'nfc', before: src.text, after } });
    }
  },
});
