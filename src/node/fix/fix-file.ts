/**
 * `phuluc fix` on one file: read it as `validate` does, collect the safe
 * fixes, apply them to an editable copy and write that copy atomically. The
 * input is only ever read. The written copy is read back and checked, so what
 * is reported as left to do is what the new file really holds.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../core/engine';
import type { CellEdit } from '../../core/fix/compose';
import type { Context } from '../../core/model/context';
import type { Finding } from '../../core/model/finding';
import type { WorkbookFormat } from '../../core/model/sheet';
import { readWorkbookBuffer, readWorkbookFile, type ReadOutcome } from '../read';
import { failure } from '../read/outcome';
import { EXCELJS_MAX_MERGED_CELLS, mostMergedCells } from '../read/xlsx-exceljs';
import { applyEdits, type SkippedEdit } from './apply-edits';
import { collectEdits } from './collect-edits';
import { openEditableCopy, type EditableCopy } from './open-copy';
import { patchXlsx, type PatchedXlsx } from './patch-xlsx';
import { writeAtomic } from './output-file';

export interface FixResult {
  ok: true;
  format: WorkbookFormat;
  /**
   * How the copy was made: the original bytes copied (nothing to fix), the .xlsx's own parts edited in place
   * (everything else kept byte for byte), or an edited workbook model.
   */
  via: EditableCopy['via'] | 'copy' | 'patched';
  /** The input's format when it is not .xlsx: the copy is .xlsx regardless. */
  convertedFrom: WorkbookFormat | null;
  applied: CellEdit[];
  skipped: SkippedEdit[];
  /** Findings the written copy still has (none of them has a fix that could be applied). */
  remaining: Finding[];
}

export type FixOutcome = FixResult | Exclude<ReadOutcome, { ok: true }>;

export async function fixWorkbookFile(input: string, out: string, ctx: Context): Promise<FixOutcome> {
  const bytes = await fs.readFile(input);
  const read = await readWorkbookBuffer(bytes, path.basename(input));
  if (!read.ok) return read;
  const { edits } = collectEdits(read.workbook, ctx);
  let via: FixResult['via'] = 'copy';
  const convertedFrom = read.workbook.format === 'xlsx' ? null : read.workbook.format;
  let applied: CellEdit[] = [];
  let skipped: SkippedEdit[] = [];
  let patched: PatchedXlsx | null = null;
  if (edits.length === 0 && convertedFrom === null) {
    // Nothing to change: the copy is the file as it was checked, byte for byte.
    await writeAtomic(out, (tmp) => fs.writeFile(tmp, bytes));
  } else if (convertedFrom === null && (patched = patchedCopy(bytes, edits))) {
    via = 'patched';
    const written = patched.bytes;
    ({ applied, skipped } = patched);
    await writeAtomic(out, (tmp) => fs.writeFile(tmp, written));
  } else {
    // The copy is edited with exceljs, which makes an object for every merged cell: a whole merged column or sheet is refused.
    const merged = mostMergedCells(read.workbook);
    if (merged && merged.cells > EXCELJS_MAX_MERGED_CELLS)
      return failure(
        'merged-area-too-large',
        `sheet "${merged.sheet}" merges ${merged.cells} cells`,
      ) as FixOutcome;
    const copy = await openEditableCopy(bytes, path.basename(input), read.workbook);
    via = copy.via;
    ({ applied, skipped } = applyEdits(copy.workbook, edits));
    await writeAtomic(out, (tmp) => copy.workbook.xlsx.writeFile(tmp));
  }
  const written = await readWorkbookFile(out);
  const remaining = written.ok ? checkWorkbook(written.workbook, ctx).findings : [];
  return { ok: true, format: read.workbook.format, via, convertedFrom, applied, skipped, remaining };
}

/**
 * The .xlsx edited in place, or null when its package is not one the patcher
 * edits (the exceljs copy is made instead): a package it cannot take apart
 * is no reason to refuse a fix the full model can make.
 */
function patchedCopy(bytes: Uint8Array, edits: readonly CellEdit[]): PatchedXlsx | null {
  try {
    return patchXlsx(bytes, edits);
  } catch {
    return null;
  }
}
