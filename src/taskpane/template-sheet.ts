/**
 * The empty appendix table of core/appendix-layout.ts as a list of range
 * writes, so the adapter only replays them. Pure: tested without Excel.
 */
import {
  APPENDIX_FONT,
  APPENDIX_FONT_SIZE,
  APPENDIX_SHEET_NAME,
  appendixColumns,
  appendixRows,
  columnNumbers,
  TITLE_LINES,
  type AppendixKind,
} from '../core/appendix-layout';
import { columnLetter } from '../core/model/sheet';

export interface RangeWrite {
  address: string;
  values?: string[][];
  merge?: boolean;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'Center' | 'Left';
  vertical?: 'Top' | 'Center';
  wrap?: boolean;
  borders?: boolean;
}

export interface TemplatePlan {
  name: string;
  /** The whole table, title included: one font for all of it. */
  area: string;
  font: string;
  bodySize: number;
  writes: RangeWrite[];
  widths: { column: string; points: number }[];
  /** Rows frozen at the top: the title, header and column numbers. */
  freezeRows: number;
  /** Header and column-number rows, repeated on every printed page. */
  printTitleRows: string;
}

/**
 * Excel widths are given in characters of the default font; Office.js sets
 * them in points. A character is about 7 pixels plus 5 of padding, and a
 * pixel is 0.75 point.
 */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function templateSheet(kind: AppendixKind): TemplatePlan {
  const columns = appendixColumns(kind);
  const rows = appendixRows();
  const last = columnLetter(columns.length - 1);
  const span = (r: number) => `A${r}:${last}${r}`;
  const writes: RangeWrite[] = TITLE_LINES.map((line, i) => ({
    address: span(rows.titleRows[i]),
    merge: true,
    // Merged: the value goes in the first cell, the rest of the row stays empty.
    values: [[line.text, ...columns.slice(1).map(() => '')]],
    bold: line.style !== 'note',
    italic: line.style === 'note',
    size: APPENDIX_FONT_SIZE[line.style],
    align: 'Center' as const,
  }));
  writes.push(
    {
      address: span(rows.headerRow),
      values: [columns.map((c) => c.header)],
      bold: true,
      size: APPENDIX_FONT_SIZE.header,
      align: 'Center',
      vertical: 'Center',
      wrap: true,
    },
    {
      address: span(rows.columnNumberRow),
      values: [columnNumbers(columns.length)],
      italic: true,
      align: 'Center',
    },
    { address: `A${rows.firstDataRow}:${last}${rows.lastDataRow}`, vertical: 'Top', wrap: true },
    { address: `A${rows.headerRow}:${last}${rows.lastDataRow}`, borders: true },
  );
  columns.forEach((c, i) => {
    const letter = columnLetter(i);
    if (c.center)
      writes.push({ address: `${letter}${rows.firstDataRow}:${letter}${rows.lastDataRow}`, align: 'Center' });
  });
  return {
    name: APPENDIX_SHEET_NAME,
    area: `A1:${last}${rows.lastDataRow}`,
    font: APPENDIX_FONT,
    bodySize: APPENDIX_FONT_SIZE.body,
    writes,
    widths: columns.map((c, i) => ({ column: columnLetter(i), points: widthInPoints(c.width) })),
    freezeRows: rows.columnNumberRow,
    printTitleRows: `$${rows.headerRow}:$${rows.columnNumberRow}`,
  };
}

/** `base`, or "base (2)", "base (3)" … — Excel compares sheet names without case. */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase('vi')));
  if (!used.has(base.toLocaleLowerCase('vi'))) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!used.has(name.toLocaleLowerCase('vi'))) return name;
  }
}
