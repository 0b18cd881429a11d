/**
 * Legacy-font and decomposed text in the cells no row rule reads: title lines
 * ("Phụ lục", "(Kèm theo Kế hoạch số …)"), headers, notes, signature lines,
 * other sheets. `phuluc fix` converts them all (node/fix/collect-edits.ts), so
 * `validate` names each one too: a title typed in .VnTimeH prints as garbage
 * in the signed document just as a task cell would.
 */
import type { Finding } from '../model/finding';
import { cellAddress, type SheetModel } from '../model/sheet';
import { legacyFromFont } from '../text/legacy/detect';
import { isNfc } from '../text/normalize';
import { readCell, type SheetReader } from '../table/sheet-reader';
import { legacyWording } from './legacy-encoding';

/**
 * `readers`: the engine's reader of each sheet (its legacy guess made once, settled Vietnamese text passed
 * over without decoding); `told`: whether some finding already covers a cell of a sheet.
 */
export function textOutsideRules(
  readers: ReadonlyMap<SheetModel, SheetReader>,
  told: (sheet: string, cell: string) => boolean,
): Finding[] {
  const out: Finding[] = [];
  for (const [sheet, reader] of readers) {
    sheet.cells.forEach((line, row) =>
      line?.forEach((cell, col) => {
        if (!cell || typeof cell.value !== 'string' || cell.error || reader.readClean(row, col)) return;
        const value = cell.value;
        const reading = readCell(cell, reader.legacy);
        if (!reading.encoding && isNfc(value)) return;
        const address = cellAddress(row, col);
        if (told(sheet.name, address)) return;
        const where = { sheet: sheet.name, cell: address, row: row + 1, field: null };
        if (reading.encoding) {
          const decoded = reading.decoded ?? value;
          const after = decoded.normalize('NFC');
          const { variant, data } = legacyWording(
            reading.encoding,
            legacyFromFont(reading.font) ? reading.font : undefined,
          );
          out.push({
            code: 'W_LEGACY_ENCODING',
            severity: 'warning',
            ...where,
            messageId: variant ? `finding.W_LEGACY_ENCODING.${variant}` : 'finding.W_LEGACY_ENCODING',
            data,
            suggestion: after,
            fix: {
              kind: 'legacy',
              sheet: sheet.name,
              cell: address,
              before: value,
              after,
              encoding: reading.encoding,
              decoded,
            },
          });
        } else {
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
