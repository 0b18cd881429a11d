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
import { cellAddress, parseAddress, type WorkbookModel } from '../../core/model/sheet';
import { decodeCell, sheetLegacyEncoding } from '../../core/text/legacy/detect';

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
 * converted and decomposed text composed, both lossless; nothing else is
 * touched. A sheet whose text shows one legacy encoding without naming a
 * legacy font (.xls through SheetJS gives every cell Arial; CSV has no font)
 * is decoded in it, as the table reader does, so titles and headers follow
 * the table and the copy's table is still found.
 */
function outsideTables(wb: WorkbookModel, taken: ReadonlySet<string>): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const sheet of wb.sheets) {
    const sheetEncoding = sheetLegacyEncoding(sheet.cells);
    sheet.cells.forEach((line, row) =>
      line.forEach((cell, col) => {
        if (!cell || typeof cell.value !== 'string') return;
        const address = cellAddress(row, col);
        if (taken.has(`${sheet.name}!${address}`)) return;
        const { text, encoding } = decodeCell(cell, sheetEncoding);
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
