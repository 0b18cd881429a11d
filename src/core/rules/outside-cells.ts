/**
 * Legacy-font and decomposed text in the cells no row rule reads: title lines
 * ("Phụ lục", "(Kèm theo Kế hoạch số …)"), headers, notes, signature lines,
 * other sheets. `phuluc fix` converts them all (node/fix/collect-edits.ts), so
 * `validate` names each one too: a title typed in .VnTimeH prints as garbage
 * in the signed document just as a task cell would.
 */
import type { Finding } from '../model/finding';
import { cellAddress, type WorkbookModel } from '../model/sheet';
import { decodeCell, legacyFromFont, sheetLegacyEncoding } from '../text/legacy/detect';
import { isNfc } from '../text/normalize';
import { ENCODING_NAMES } from './legacy-encoding';

/** `told`: "sheet!cell" of the cells some finding already covers. */
export function textOutsideRules(wb: WorkbookModel, told: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  for (const sheet of wb.sheets) {
    let sheetEncoding: ReturnType<typeof sheetLegacyEncoding> | undefined;
    sheet.cells.forEach((line, row) =>
      line?.forEach((cell, col) => {
        if (!cell || typeof cell.value !== 'string') return;
        const value = cell.value;
        // Plain ASCII is neither legacy nor decomposed: most cells stop here.
        if (/^[\x20-\x7E]*$/.test(value)) return;
        const address = cellAddress(row, col);
        if (told.has(`${sheet.name}!${address}`)) return;
        sheetEncoding ??= sheetLegacyEncoding(sheet.cells);
        const { text, encoding } = decodeCell(cell, sheetEncoding);
        const where = { sheet: sheet.name, cell: address, row: row + 1, field: null };
        if (encoding) {
          const after = text.normalize('NFC');
          const font = [cell.font, ...(cell.runs ?? []).map((r) => r.font)].find((f) => legacyFromFont(f));
          out.push({
            code: 'W_LEGACY_ENCODING',
            severity: 'warning',
            ...where,
            messageId: font ? 'finding.W_LEGACY_ENCODING' : 'finding.W_LEGACY_ENCODING.noFont',
            data: font
              ? { encoding: ENCODING_NAMES[encoding], font }
              : { encoding: ENCODING_NAMES[encoding] },
            suggestion: after,
            fix: {
              kind: 'legacy',
              sheet: sheet.name,
              cell: address,
              before: value,
              after,
              encoding,
              decoded: text,
            },
          });
        } else if (!isNfc(value)) {
          const after = value.normalize('NFC');
          out.push({
            code: 'I_TEXT_NOT_NFC',
            severity: 'info',
            ...where,
            messageId: 'finding.I_TEXT_NOT_NFC',
            data: {},
            suggestion: after,
            fix: { kind: 'nfc', sheet: sheet.name, cell: address, before: value, after },
          });
        }
      }),
    );
  }
  return out;
}
