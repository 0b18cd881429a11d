/**
 * The seed appendix tables (test/fixtures: typed from /work/shared/seeds) laid
 * out as SheetModels the way staff type them: title lines merged across,
 * a blank row, the header, an optional column-number row, the tasks.
 */
import { encodeTcvn3 } from '../../../src/core/text/legacy/tcvn3';
import { COL, seedTable, type SeedId } from '../../fixtures';
import { sheetFrom, type CellInput } from './sheet-from';

export interface SeedSheetOptions {
  titleRows?: boolean;
  columnNumbers?: 'parens' | 'plain';
  /** STT typed as numbers (1) rather than text ("1"). */
  sttAsNumber?: boolean;
  /** Every text in TCVN3, font .VnTime. */
  tcvn3?: boolean;
  hiddenRows?: number[];
}

export function seedSheet(id: SeedId, opts: SeedSheetOptions = {}) {
  const t = seedTable(id);
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  if (opts.titleRows) {
    for (const line of t.titleLines) {
      merges.push(`A${rows.length + 1}:F${rows.length + 1}`);
      rows.push([line]);
    }
    rows.push([]);
  }
  rows.push(t.headers);
  const headerRow = rows.length;
  if (opts.columnNumbers === 'parens') rows.push(t.headers.map((_, i) => `(${i + 1})`));
  if (opts.columnNumbers === 'plain') rows.push(t.headers.map((_, i) => i + 1));
  const firstDataRow = rows.length + 1;
  for (const cells of t.rows) {
    rows.push(cells.map((c, i) => (i === COL.stt && opts.sttAsNumber ? Number(c) : c)));
  }
  const encoded = opts.tcvn3
    ? rows.map((r) => r.map((c) => (typeof c === 'string' ? encodeTcvn3(c) : c)))
    : rows;
  const sheet = sheetFrom(encoded, {
    merges,
    font: opts.tcvn3 ? '.VnTime' : undefined,
    hiddenRows: opts.hiddenRows,
  });
  return { sheet, headerRow, firstDataRow, lastDataRow: rows.length, table: t };
}
