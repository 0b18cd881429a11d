/**
 * Where the tables of a sheet stand, for finding the others: the columns a
 * table already read holds over its rows are searched no further, so a table
 * beside it (its header higher, lower or level with this one's) is found in
 * the columns left free, and read as a table of its own.
 */
import type { HeaderLayout } from './find-header';
import { MAX_TITLE_ROWS, type TitleArea } from './plan-info';

/** A table read: its header and the row (0-based) below its last row read. */
export interface TableArea {
  header: HeaderLayout;
  end: number;
}

const WHOLE_ROW: readonly [number, number][] = Object.freeze([[0, Infinity]]);

/**
 * The columns of `row` no table in `areas` holds there, as [from, to]
 * windows; the last is open-ended. `areas` are the tables still open at
 * `row` (see OpenAreas), so a sheet of many tables is not searched in time
 * that grows with their square.
 */
export function freeColumns(row: number, areas: readonly TableArea[]): readonly [number, number][] {
  let windows = WHOLE_ROW;
  for (const { header, end } of areas) {
    if (row < header.top || row >= end) continue;
    windows = windows.flatMap(([from, to]): [number, number][] => {
      if (to < header.left || from > header.right) return [[from, to]];
      const out: [number, number][] = [];
      if (from < header.left) out.push([from, header.left - 1]);
      if (to > header.right) out.push([header.right + 1, to]);
      return out;
    });
  }
  return windows;
}

/** The tables found so far that still reach a row, rows taken in order. */
export class OpenAreas {
  private open: TableArea[] = [];
  /** The free columns while the open tables stay the same (a table's rows, one after another). */
  private windows: readonly [number, number][] | null = null;

  add(area: TableArea): void {
    this.open.push(area);
    this.windows = null;
  }

  at(row: number): readonly TableArea[] {
    if (this.open.some((a) => a.end <= row)) {
      this.open = this.open.filter((a) => a.end > row);
      this.windows = null;
    }
    return this.open;
  }

  /** `freeColumns` of the tables open at `row` (each added at its header's row, so all have begun). */
  freeAt(row: number): readonly [number, number][] {
    const open = this.at(row);
    return (this.windows ??= freeColumns(row, open));
  }
}

/**
 * The cells above each table that hold its title lines ("Phụ lục", "(Kèm
 * theo Kế hoạch … của UBND tỉnh …)"): the rows up to its header, below any
 * table above it, and the columns between the tables beside it (the whole
 * width when none stands beside it). `areas` in the order they were found
 * (by their header's row); only the tables near each one are compared.
 */
export function titleAreas(areas: readonly TableArea[]): TitleArea[] {
  const near = new OpenAreas();
  return areas.map((area, i) => {
    const h = area.header;
    let left = 0;
    let right = Infinity;
    let top = Math.max(0, h.top - MAX_TITLE_ROWS);
    // Tables above that end within the title rows or stand beside, and tables beside whose header is lower.
    const before = near.at(top);
    const after: TableArea[] = [];
    for (let k = i + 1; k < areas.length && areas[k].header.top < area.end; k++) after.push(areas[k]);
    for (const other of [...before, ...after]) {
      const o = other.header;
      const besideRows = o.top < area.end && other.end > h.top;
      if (besideRows && o.right < h.left) left = Math.max(left, o.right + 1);
      else if (besideRows && o.left > h.right) right = Math.min(right, o.left - 1);
      else if (other.end <= h.top && o.left <= h.right && o.right >= h.left) top = Math.max(top, other.end);
    }
    near.add(area);
    return { top, bottom: h.top - 1, left, right };
  });
}
