/**
 * One worksheet of a workbook phuluc writes, as SpreadsheetML handed to its
 * part in the package as it is made: rows are turned into XML as they are
 * given (top to bottom) and written out in pieces, so a sheet of any length
 * holds a few rows at a time. Its columns come first in the XML: their widths
 * are set before the first row. Only what phuluc's reports use is here:
 * text, numbers and dates; widths, heights, merges, a frozen header, a
 * filter, data bars and the print setup.
 */
import { columnLetter } from '../../core/model/sheet';
import type { CellStyle, StyleTable } from './style-table';
import { escapeText } from './xlsx-text';

export type CellValue = string | number | Date | null;

export interface Cell {
  value: CellValue;
  style: CellStyle;
}

/** Where a sheet's text goes: the workbook's shared strings. */
export interface StringTable {
  id(text: string): number;
}

export interface PrintSetup {
  /** ECMA-376 paper size code (9: A4). */
  paperSize: number;
  orientation: 'portrait' | 'landscape';
  /** Pages wide and tall the sheet is fitted to; 0: as many as it takes. */
  fitToWidth: number;
  fitToHeight: number;
  horizontalCentered: boolean;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

/** Excel's day 0 (30 December 1899) before the Unix epoch, in days. */
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/** "B7" from 1-based row and column. */
export const cellRef = (row: number, col: number): string => `${columnLetter(col - 1)}${row}`;

/** Where a sheet's XML goes, piece by piece; `last` with its final piece. */
export type PartSink = (xml: string, last: boolean) => void;

/** A part's XML is handed on once this many characters of it wait. */
export const PIECE_CHARS = 256 * 1024;

export class SheetWriter {
  private readonly widths: (number | undefined)[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private started = false;
  private lastRow = 0;
  private readonly merges: string[] = [];
  private readonly bars: string[] = [];
  private filter: string | null = null;
  private footer: string | null = null;
  /** 1-based rows repeated at the top of every printed page. */
  titleRows: { from: number; to: number } | null = null;

  constructor(
    readonly name: string,
    /** The sheet shown when the workbook opens. */
    private readonly selected: boolean,
    private readonly frozenRows: number | null,
    private readonly print: PrintSetup,
    private readonly strings: StringTable,
    private readonly styles: StyleTable,
    private readonly sink: PartSink,
  ) {}

  setWidth(col: number, width: number): void {
    if (this.started) throw new Error(`${this.name}: column widths are set before the first row`);
    this.widths[col - 1] = width;
  }

  width(col: number): number | undefined {
    return this.widths[col - 1];
  }

  /**
   * Row `row` (1-based), below every row written so far; `cells[0]` is column
   * A, and a missing cell is not written. `height` in points, or left to the
   * application.
   */
  row(row: number, cells: readonly (Cell | undefined)[], height?: number): void {
    if (row <= this.lastRow) throw new Error(`${this.name}: row ${row} written after row ${this.lastRow}`);
    if (!this.started) this.start();
    this.lastRow = row;
    const parts = [
      height === undefined ? `<row r="${row}">` : `<row r="${row}" ht="${height}" customHeight="1">`,
    ];
    cells.forEach((cell, c) => {
      if (cell) parts.push(this.cellXml(cellRef(row, c + 1), cell));
    });
    parts.push('</row>');
    const xml = parts.join('');
    this.pending.push(xml);
    this.pendingChars += xml.length;
    if (this.pendingChars >= PIECE_CHARS) this.hand(false);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push(`<mergeCell ref="${cellRef(top, left)}:${cellRef(bottom, right)}"/>`);
  }

  /** Data bars from 0 to 1 (a share) over `ref` ("D7:D15"). */
  dataBar(ref: string, argb: string): void {
    this.bars.push(
      `<conditionalFormatting sqref="${ref}"><cfRule type="dataBar" priority="${this.bars.length + 1}">` +
        `<dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="${argb}"/></dataBar>` +
        '</cfRule></conditionalFormatting>',
    );
  }

  autoFilter(top: number, left: number, bottom: number, right: number): void {
    this.filter = `${cellRef(top, left)}:${cellRef(bottom, right)}`;
  }

  /** The filtered range ("A4:K20"), for the workbook's hidden name of it. */
  get filterRange(): string | null {
    return this.filter;
  }

  /** The page footer, in Excel's header and footer codes ("&C" centred, "&P" page number). */
  setFooter(codes: string): void {
    this.footer = codes;
  }

  /** The rest of the part after the rows: the sheet is complete. */
  end(): void {
    if (!this.started) this.start();
    const p = this.print;
    const m = p.margins;
    this.pending.push(
      '</sheetData>' +
        (this.filter ? `<autoFilter ref="${this.filter}"/>` : '') +
        (this.merges.length
          ? `<mergeCells count="${this.merges.length}">${this.merges.join('')}</mergeCells>`
          : '') +
        this.bars.join('') +
        (p.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : '') +
        `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
        `<pageSetup paperSize="${p.paperSize}" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/>` +
        (this.footer
          ? `<headerFooter><oddFooter>${escapeText(this.footer)}</oddFooter></headerFooter>`
          : '') +
        '</worksheet>',
    );
    this.hand(true);
  }

  /** What comes before the rows: the view and the columns. */
  private start(): void {
    this.started = true;
    const top = this.frozenRows ? `A${this.frozenRows + 1}` : '';
    const frozen = this.frozenRows
      ? `<pane ySplit="${this.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`
      : '';
    const cols = this.widths.flatMap((w, c) =>
      w === undefined ? [] : [`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`],
    );
    const p = this.print;
    this.pending.push(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        (p.fitToWidth || p.fitToHeight ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
        `<sheetViews><sheetView${this.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${frozen}</sheetView></sheetViews>` +
        '<sheetFormatPr defaultRowHeight="15.75"/>' +
        (cols.length ? `<cols>${cols.join('')}</cols>` : '') +
        '<sheetData>',
    );
  }

  private hand(last: boolean): void {
    const xml = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    this.sink(xml, last);
  }

  private cellXml(ref: string, cell: Cell): string {
    const s = this.styles.id(cell.style);
    const style = s ? ` s="${s}"` : '';
    const v = cell.value;
    if (v === null) return `<c r="${ref}"${style}/>`;
    // Text is always a shared string, never a formula, whatever it starts with ("=", "+", "-", "@").
    if (typeof v === 'string') return `<c r="${ref}"${style} t="s"><v>${this.strings.id(v)}</v></c>`;
    const n = v instanceof Date ? v.getTime() / DAY_MS + UNIX_EPOCH_SERIAL : v;
    return Number.isFinite(n) ? `<c r="${ref}"${style}><v>${n}</v></c>` : `<c r="${ref}"${style}/>`;
  }
}
