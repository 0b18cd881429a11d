/**
 * What `phuluc fix` changes in a workbook: every safe fix the engine offers,
 * chained per cell (core/fix/compose.ts), plus legacy-font and decomposed
 * text outside the task tables (title lines, headers, other sheets), so that a
 * TCVN3 or VNI workbook comes out in Unicode from top to bottom.
 */
import { checkWorkbook } from '../../core/engine';
import { composeFixes, UNICODE_FONT, type CellEdit } from '../../core/fix/compose';
import type { Context } from '../../core/model/context';
import type { Finding } from '../../core/model/finding';
import { cellAddress, parseAddress, type SheetCell, type WorkbookModel } from '../../core/model/sheet';
import { convertLegacy, decodeCell, detectLegacy, type LegacyEncoding } from '../../core/text/legacy/detect';

export interface CollectedEdits {
  /** In workbook order: sheet, then row, then column. */
  edits: CellEdit[];
  findings: Finding[];
}

export function collectEdits(wb: WorkbookModel, ctx: Context): CollectedEdits {
  const { findings } = checkWorkbook(wb, ctx);
  const edits = composeFixes(findings.flatMap((f) => (f.fix ? [f.fix] : [])));
  const taken = new Set(edits.map((e) => `${e.sheet}!${e.cell}`));
  for (const edit of outsideTables(wb, taken)) edits.push(edit);
  const sheetOrder = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const position = (e: CellEdit) => parseAddress(e.cell);
  edits.sort((a, b) => {
    const pa = position(a);
    const pb = position(b);
    return (
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || pa.row - pb.row || pa.col - pb.col
    );
  });
  return { edits, findings };
}

/**
 * Cells no rule looked at (titles, headers, other sheets): legacy-font text is
 * converted and decomposed text composed, both lossless; nothing else is touched.
 */
function outsideTables(wb: WorkbookModel, taken: ReadonlySet<string>): CellEdit[] {
  const edits: CellEdit[] = [];
  const workbookEncoding = fontlessEncoding(wb);
  for (const sheet of wb.sheets) {
    sheet.cells.forEach((line, row) =>
      line.forEach((cell, col) => {
        if (!cell || typeof cell.value !== 'string') return;
        const address = cellAddress(row, col);
        if (taken.has(`${sheet.name}!${address}`)) return;
        let { text, encoding } = decodeCell(cell);
        if (!encoding && workbookEncoding && !hasFont(cell)) {
          encoding = detectLegacy(cell.value, LEGACY_FONT[workbookEncoding]);
          if (encoding) text = convertLegacy(cell.value, encoding);
        }
        const after = text.normalize('NFC');
        if (after === cell.value) return;
        const edit: CellEdit = {
          sheet: sheet.name,
          cell: address,
          before: cell.value,
          after,
          kinds: [encoding ? 'legacy' : 'nfc'],
        };
        if (encoding) edit.setFont = UNICODE_FONT;
        edits.push(edit);
      }),
    );
  }
  return edits;
}

const hasFont = (cell: SheetCell) => Boolean(cell.font?.trim() || cell.runs?.some((r) => r.font?.trim()));

/** A font name standing for each encoding, to convert a cell the workbook's evidence puts in it. */
const LEGACY_FONT: Record<LegacyEncoding, string> = { tcvn3: '.VnTime', vni: 'VNI-Times' };

/**
 * Without fonts (.xls through SheetJS, CSV) statistics need a few words to be
 * sure, so short cells ("Phuï luïc", a header) go unseen. When the longer
 * cells of the workbook show one encoding, and never the other, the short
 * ones are read in it too.
 */
function fontlessEncoding(wb: WorkbookModel): LegacyEncoding | null {
  const seen: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  for (const sheet of wb.sheets) {
    for (const line of sheet.cells) {
      for (const cell of line) {
        if (!cell || typeof cell.value !== 'string' || hasFont(cell)) continue;
        const { encoding } = decodeCell(cell);
        if (encoding) seen[encoding]++;
      }
    }
  }
  if (seen.tcvn3 >= MIN_EVIDENCE && seen.vni === 0) return 'tcvn3';
  if (seen.vni >= MIN_EVIDENCE && seen.tcvn3 === 0) return 'vni';
  return null;
}

/** Cells recognised on their own before the short ones are trusted to follow. */
const MIN_EVIDENCE = 3;
