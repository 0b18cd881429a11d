/**
 * Writes composed edits into an exceljs workbook, cell by cell, touching the
 * value (and the font name of converted legacy text) and nothing else. A cell
 * that no longer holds the text the fix was computed from, or that holds a
 * formula, is left alone and reported.
 */
import type ExcelJS from 'exceljs';
import type { CellEdit } from '../../core/fix/compose';
import { numberText } from '../../core/table/sheet-reader';

export type SkipReason = 'formula' | 'changed' | 'missing';

export interface SkippedEdit {
  edit: CellEdit;
  reason: SkipReason;
}

export interface AppliedEdits {
  applied: CellEdit[];
  skipped: SkippedEdit[];
}

type RichTextValue = { richText: ExcelJS.RichText[] };

export function applyEdits(wb: ExcelJS.Workbook, edits: readonly CellEdit[]): AppliedEdits {
  const applied: CellEdit[] = [];
  const skipped: SkippedEdit[] = [];
  for (const edit of edits) {
    const ws = wb.getWorksheet(edit.sheet);
    const cell = ws?.getCell(edit.cell);
    if (!cell || cell.master !== cell) {
      skipped.push({ edit, reason: 'missing' });
      continue;
    }
    const v = cell.value;
    if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
      skipped.push({ edit, reason: 'formula' });
      continue;
    }
    if (storedText(v) !== edit.before) {
      skipped.push({ edit, reason: 'changed' });
      continue;
    }
    cell.value = newValue(v, edit.after);
    if (edit.setFont) setFontName(cell, edit.setFont, v);
    applied.push(edit);
  }
  return { applied, skipped };
}

/** The text the engine saw for this value (rich text joined, numbers as Excel shows them in General). */
function storedText(v: ExcelJS.CellValue): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (v === null || typeof v !== 'object' || v instanceof Date) return null;
  if ('richText' in v) return joinRuns(v);
  if ('hyperlink' in v) {
    const text = v.text as string | RichTextValue;
    return typeof text === 'object' && text && 'richText' in text ? joinRuns(text) : String(text ?? '');
  }
  return null;
}

const joinRuns = (v: RichTextValue) => v.richText.map((r) => r.text).join('');

/** A number stays a number (a renumbered STT); a link keeps its target; everything else becomes plain text. */
function newValue(old: ExcelJS.CellValue, after: string): ExcelJS.CellValue {
  if (typeof old === 'number' && /^\d+$/.test(after)) return Number(after);
  if (old !== null && typeof old === 'object' && 'hyperlink' in old) return { ...old, text: after };
  return after;
}

/**
 * The converted text needs a Unicode font; size, bold and italic stay. The
 * cell gets its own style object: exceljs shares one between all cells of a
 * style, so assigning `cell.font` would re-font every cell that shares it.
 */
function setFontName(cell: ExcelJS.Cell, name: string, old: ExcelJS.CellValue): void {
  const firstRun =
    old !== null && typeof old === 'object' && 'richText' in old ? old.richText[0]?.font : undefined;
  // The first run's look is what the reader saw; the cell's font fills what the run leaves out.
  const base: Partial<ExcelJS.Font> = { ...(cell.style.font ?? {}), ...(firstRun ?? {}) };
  // A theme scheme would make Excel draw the theme's font whatever the name says; the old charset belongs to the old font.
  delete base.scheme;
  delete base.charset;
  cell.style = { ...cell.style, font: { ...base, name } };
}
