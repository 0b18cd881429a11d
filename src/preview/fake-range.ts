/** The simulated host's ranges: values, formats, properties, merges, validation and selection. */
import {
  cellKey,
  displayText,
  areaAddress,
  fakeError,
  quoteSheet,
  typedInput,
  type Area,
  type FakeCell,
  type FakeSheet,
} from './fake-model';
import { FakeProxy, FakeResult, sizeOf, write, type BatchContext, type Where } from './fake-proxy';
import { rangeFormat, rangeValidation } from './fake-format';
import { FakeWorksheet } from './fake-sheets';

function cellsOf(area: Area): [number, number][] {
  const n = (area.bottom - area.top + 1) * (area.right - area.left + 1);
  if (n > 2_000_000)
    throw fakeError('InvalidOperation', `The fake host does not format ${n} cells one by one`);
  const out: [number, number][] = [];
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) out.push([r, c]);
  return out;
}

function matrix<T>(area: Area, fn: (r: number, c: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(fn(r, c));
    rows.push(row);
  }
  return rows;
}

/** The cell at r, c, created (empty) when a format is written to it. */
function cellAt(sheet: FakeSheet, r: number, c: number): FakeCell {
  const key = cellKey(r, c);
  let cell = sheet.cells.get(key);
  if (!cell) sheet.cells.set(key, (cell = { value: null }));
  return cell;
}

function fillOf(cell: FakeCell | undefined) {
  return cell?.fill ? { ...cell.fill } : { pattern: 'None', color: '#FFFFFF' };
}

type CellProps = { format?: { font?: { name?: boolean }; fill?: Record<string, boolean> } };

export class FakeRange extends FakeProxy {
  constructor(
    ctx: BatchContext,
    private readonly where: () => Where,
  ) {
    super(ctx);
  }

  protected read(name: string): unknown {
    const { sheet, area } = this.where();
    const cell = (r: number, c: number) => sheet.cells.get(cellKey(r, c));
    switch (name) {
      case 'values':
        return matrix(area, (r, c) => cell(r, c)?.error ?? cell(r, c)?.value ?? '');
      case 'text':
        return matrix(area, (r, c) => displayText(cell(r, c)));
      case 'numberFormat':
        return matrix(area, (r, c) => cell(r, c)?.format ?? 'General');
      case 'formulas':
        return matrix(area, (r, c) =>
          cell(r, c)?.formula ? `=${cell(r, c)?.formula}` : (cell(r, c)?.error ?? cell(r, c)?.value ?? ''),
        );
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      case 'address':
        return `${quoteSheet(sheet.name)}!${areaAddress(area)}`;
      default:
        throw fakeError('InvalidArgument', `Cannot load ${name}`);
    }
  }

  get values(): unknown[][] {
    return this.get('values');
  }
  set values(rows: unknown[][]) {
    this.ctx.enqueue(
      write(() => {
        const { sheet, area } = this.where();
        const h = area.bottom - area.top + 1;
        const w = area.right - area.left + 1;
        if (rows.length !== h || rows.some((r) => r.length !== w)) {
          throw fakeError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size of the range ${areaAddress(area)}.`,
          );
        }
        // Whether Excel takes a multi-cell write over part of a merged area is unconfirmed: the fake refuses it.
        const several = area.bottom > area.top || area.right > area.left;
        const inside = (m: Area) =>
          m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right;
        const touches = (m: Area) =>
          m.top <= area.bottom && area.top <= m.bottom && m.left <= area.right && area.left <= m.right;
        if (several && sheet.merges.some((m) => touches(m) && !inside(m)))
          throw fakeError('InvalidOperation', `Cannot change part of a merged cell: ${areaAddress(area)}`);
        rows.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null || v === undefined) return;
            const cell = cellAt(sheet, area.top + i, area.left + j);
            delete cell.error;
            delete cell.formula;
            Object.assign(cell, typedInput(v as string | number | boolean));
          }),
        );
      }),
      sizeOf(rows),
    );
  }
  get text(): string[][] {
    return this.get('text');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.where().sheet);
  }

  /** Per-cell edits over the range, queued. */
  private each(fn: (cell: FakeCell, r: number, c: number) => void): void {
    this.ctx.enqueue(
      write(() => {
        const { sheet, area } = this.where();
        for (const [r, c] of cellsOf(area)) fn(cellAt(sheet, r, c), r, c);
      }),
    );
  }

  get format() {
    return rangeFormat(this.ctx, this.where, this.each.bind(this));
  }

  get dataValidation() {
    return rangeValidation(this.ctx, this.where);
  }

  getCellProperties(opts: CellProps): FakeResult<unknown[][]> {
    return new FakeResult(
      this.ctx,
      () => {
        const { sheet, area } = this.where();
        return matrix(area, (r, c) => {
          const cell = sheet.cells.get(cellKey(r, c));
          const format: Record<string, unknown> = {};
          if (opts.format?.font) format.font = { name: cell?.font ?? 'Calibri' };
          if (opts.format?.fill) {
            const fill = fillOf(cell) as Record<string, unknown>;
            format.fill = Object.fromEntries(
              Object.keys(opts.format.fill).map((k) => [
                k,
                fill[k] ?? (k === 'patternColor' ? '#000000' : null),
              ]),
            );
          }
          return { format };
        });
      },
      sizeOf(opts),
    );
  }

  setCellProperties(rows: { format?: { font?: { name?: string } } }[][]): void {
    this.ctx.enqueue(
      write(() => {
        const { sheet, area } = this.where();
        rows.forEach((row, i) =>
          row.forEach((p, j) => {
            if (p.format?.font?.name) cellAt(sheet, area.top + i, area.left + j).font = p.format.font.name;
          }),
        );
      }),
      sizeOf(rows),
    );
  }

  getRowProperties(_opts: { rowHidden: true }): FakeResult<{ rowIndex: number; rowHidden: boolean }[]> {
    return new FakeResult(this.ctx, () => {
      const { sheet, area } = this.where();
      const out = [];
      for (let r = area.top; r <= area.bottom; r++)
        out.push({ rowIndex: r, rowHidden: sheet.hiddenRows.has(r) });
      return out;
    });
  }

  getColumnProperties(_opts: {
    columnHidden: true;
  }): FakeResult<{ columnIndex: number; columnHidden: boolean }[]> {
    return new FakeResult(this.ctx, () => {
      const { sheet, area } = this.where();
      const out = [];
      for (let c = area.left; c <= area.right; c++)
        out.push({ columnIndex: c, columnHidden: sheet.hiddenCols.has(c) });
      return out;
    });
  }

  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.where();
      const b = other.where();
      return {
        sheet: a.sheet,
        area: {
          top: Math.min(a.area.top, b.area.top),
          left: Math.min(a.area.left, b.area.left),
          bottom: Math.max(a.area.bottom, b.area.bottom),
          right: Math.max(a.area.right, b.area.right),
        },
      };
    });
  }

  /** Areas whose top-left cell is in the range, as Excel lists them; more than 512 fail. */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    if (!this.ctx.host.supports('1.13'))
      throw fakeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13');
    return new FakeMergedAreas(this.ctx, () => {
      const { sheet, area } = this.where();
      const found = sheet.merges.filter(
        (m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right,
      );
      if (found.length > 512) throw fakeError('GeneralException', 'Too many merged areas');
      return { sheet, found };
    });
  }

  merge(_across = false): void {
    this.ctx.enqueue(
      write(() => {
        const { sheet, area } = this.where();
        sheet.merges.push({ ...area });
        for (const [r, c] of cellsOf(area))
          if (r !== area.top || c !== area.left) sheet.cells.delete(cellKey(r, c));
      }),
    );
  }

  clear(): void {
    this.ctx.enqueue(
      write(() => {
        const { sheet, area } = this.where();
        for (const key of [...sheet.cells.keys()]) {
          const [r, c] = key.split(',').map(Number);
          if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) sheet.cells.delete(key);
        }
      }),
    );
  }

  select(): void {
    this.ctx.enqueue(
      write(() => {
        const { sheet, area } = this.where();
        // Selecting on an inactive sheet is unreliable in Excel (#5118); the fake refuses it so the pane activates first.
        if (this.ctx.host.book.active !== sheet.name)
          throw fakeError('InvalidOperation', 'Activate the sheet before selecting on it');
        this.ctx.host.book.selection = { sheet: sheet.name, ...area };
      }),
    );
  }
}

class FakeMergedAreas extends FakeProxy {
  constructor(
    ctx: BatchContext,
    private readonly resolve: () => { sheet: FakeSheet; found: Area[] },
  ) {
    super(ctx);
    this.trackNull();
  }

  protected override exists(): boolean {
    return this.resolve().found.length > 0;
  }

  protected read(name: string): unknown {
    const { sheet, found } = this.resolve();
    if (name === 'address') return found.map((a) => `${quoteSheet(sheet.name)}!${areaAddress(a)}`).join(',');
    if (name === 'areaCount') return found.length;
    throw fakeError('InvalidArgument', `Cannot load ${name}`);
  }

  get address(): string {
    return this.get('address');
  }
}
