/**
 * The workbook `phuluc fix` edits: the original .xlsx loaded by exceljs, so
 * everything the fixes do not touch (other sheets, styles, merges, widths,
 * formulas, data validation, comments) is written back as exceljs keeps it.
 * Other formats cannot be written back as they came: .xls, .xlsb and .ods go
 * through SheetJS to .xlsx (values, merges, widths, number formats); CSV and
 * text exports are rebuilt from the values read.
 */
import type ExcelJS from 'exceljs';
import { Workbook } from '../exceljs-workbook';
import * as XLSX from 'xlsx';
import type { WorkbookModel } from '../../core/model/sheet';
import { sniffFormat } from '../read/sniff';
import { quietly } from '../read/sheetjs';

export interface EditableCopy {
  workbook: ExcelJS.Workbook;
  /** How the copy was made: the file itself, converted by SheetJS, or rebuilt from the values read. */
  via: 'exceljs' | 'sheetjs' | 'values';
}

export async function openEditableCopy(
  bytes: Uint8Array,
  name: string,
  model: WorkbookModel,
): Promise<EditableCopy> {
  const sniffed = sniffFormat(bytes, name);
  if (sniffed.kind === 'zip' && (sniffed.format === 'xlsx' || sniffed.format === 'xlsm')) {
    const workbook = await loadExcelJS(bytes);
    if (workbook) return { workbook, via: 'exceljs' };
  }
  if (sniffed.kind === 'zip' || sniffed.kind === 'xls') {
    const workbook = await throughSheetJS(bytes);
    if (workbook) return { workbook, via: 'sheetjs' };
  }
  return { workbook: fromValues(model), via: 'values' };
}

async function loadExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  const wb = new Workbook();
  try {
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    return null;
  }
  return wb.worksheets.length ? wb : null;
}

/** SheetJS reads the old formats with widths, merges and number formats, and writes them as .xlsx for exceljs. */
async function throughSheetJS(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  try {
    // Muted as the reader mutes it: SheetJS' notes on odd files are not the user's to read.
    const xlsx = quietly(() => {
      const wb = XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        type: 'buffer',
        cellStyles: true,
        cellNF: true,
        cellFormula: true,
        cellDates: false,
      });
      return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer;
    });
    return await loadExcelJS(new Uint8Array(xlsx));
  } catch {
    return null;
  }
}

/** A plain workbook holding what was read: values, number formats, fonts, merges, hidden rows, columns and sheets. */
function fromValues(model: WorkbookModel): ExcelJS.Workbook {
  const wb = new Workbook();
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.hidden ? { state: 'hidden' } : {});
    sheet.cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (!cell || (cell.value === null && !cell.error)) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.error ? { error: cell.error as ExcelJS.CellErrorValue['error'] } : cell.value;
        if (cell.format) target.numFmt = cell.format;
        if (cell.font) target.font = { name: cell.font };
      }),
    );
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
    for (const c of sheet.hiddenCols) ws.getColumn(c + 1).hidden = true;
  }
  return wb;
}
