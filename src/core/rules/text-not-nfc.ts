import { defineRule } from './define-rule';
import { sourceFields } from './text-fields';
import { isNfc } from '../text/normalize';

export default defineRule({
  meta: { code: 'I_TEXT_NOT_NFC', severity: 'info', fixable: true },
  checkRow(row, rc) {
    for (const field of sourceFields(row)) {
      const src = row.source[field]!;
      if (src.encoding || isNfc(src.text)) continue;
      rc.report({ row, field, fix: { kind: 'nfc', before: src.text, after: src.text.normalize('NFC') } });
    }
  },
});
