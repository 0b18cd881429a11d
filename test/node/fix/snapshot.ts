/**
 * Everything of an .xlsx a user could notice besides the edited text, read
 * back with exceljs: sheets and their state, merges, column widths, hidden
 * rows and columns, and each cell's value, number format, font, alignment and
 * border. Two snapshots are compared with the fixed cells set aside.
 */
import ExcelJS from 'exceljs';

export interface CellShot {
  value: unknown;
  numFmt?: string;
  font?: Partial<ExcelJS.Font>;
  alignment?: Partial<ExcelJS.Alignment>;
  border?: Partial<ExcelJS.Borders>;
}

export interface SheetShot {
  name: string;
  state: string;
  merges: string[];
  widths: (number | undefined)[];
  hiddenCols: number[];
  hiddenRows: number[];
  cells: Record<string, CellShot>;
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A cell's value as plain data: rich text joined, so a conversion from runs to plain text shows only as a text change. */
export function plainValue(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v instanceof Date ? v.toISOString() : v;
}

export async function snapshot(bytes: Uint8Array): Promise<SheetShot[]> {
  const wb = await loadXlsx(bytes);
  return wb.worksheets.map((ws) => {
    const cells: Record<string, CellShot> = {};
    const hiddenRows: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) hiddenRows.push(r);
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.master !== cell) return;
        const shot: CellShot = { value: plainValue(cell.value) };
        if (cell.numFmt) shot.numFmt = cell.numFmt;
        if (cell.font) shot.font = { ...cell.font };
        if (cell.alignment) shot.alignment = { ...cell.alignment };
        if (cell.border) shot.border = { ...cell.border };
        cells[cell.address] = shot;
      });
    });
    const widths: (number | undefined)[] = [];
    const hiddenCols: number[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      widths.push(ws.getColumn(c).width);
      if (ws.getColumn(c).hidden) hiddenCols.push(c);
    }
    return {
      name: ws.name,
      state: ws.state,
      merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
      widths,
      hiddenCols,
      hiddenRows,
      cells,
    };
  });
}

/** The snapshot with only the size, bold and italic of the given cells' fonts and without their values ("Sheet!C7"): what a fix must leave alone. */
export function withoutEdited(shots: SheetShot[], edited: ReadonlySet<string>): SheetShot[] {
  return shots.map((s) => ({
    ...s,
    cells: Object.fromEntries(
      Object.entries(s.cells).map(([address, cell]) => {
        if (!edited.has(`${s.name}!${address}`)) return [address, cell];
        // A converted cell gets a Unicode font name; its size and weight stay.
        const font = cell.font && { size: cell.font.size, bold: cell.font.bold, italic: cell.font.italic };
        return [address, { ...cell, value: '(edited)', font }];
      }),
    ),
  }));
}
