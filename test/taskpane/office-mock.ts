/**
 * An Excel seeded with office-addin-mock for the adapter's unit tests. The
 * library gates every seeded property behind load + sync but has no sync
 * counter and does not write assignments anywhere (OFFICEJS.md §4), so this
 * harness wraps `context.sync`: it counts syncs, records every property the
 * adapter assigned since the last sync as a write (applied to the sheet
 * state in order, at the sync, as Excel would), and then syncs every mock.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { cellAddress, parseAddress } from '../../src/core/model/sheet';

// office-addin-mock takes only the OfficeApp enum from office-addin-manifest. The rest of that package
// does not load in this install (`npm ls ajv`: ajv 6 hoisted where its schema tools need ajv 8), so the
// mock gets the enum's own module.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

export interface Fill {
  pattern: string;
  color: string;
  patternColor?: string;
}

export interface MockSheetSpec {
  name: string;
  /** The sheet from A1, row by row; '' is an empty cell. */
  values: (string | number | boolean)[][];
  text?: string[][];
  formats?: string[][];
  fonts?: string[][];
  /** The RangeAreas address getMergedAreasOrNullObject gives, or null for none. */
  merges?: string | null;
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** Fills by address; a missing cell has no fill. */
  fills?: Record<string, Fill>;
  /** The highest ExcelApi set the host supports. */
  apiVersion?: string;
  /** Formulas by position ("=A2+1"); a cell without one holds its value. */
  formulas?: string[][];
  /** The sheet is protected (Review › Protect Sheet): `protection.protected` reads true. */
  protected?: boolean;
}

export interface CellWrite {
  address: string;
  property: string;
  value: unknown;
}

const NO_FILL: Fill = { pattern: 'None', color: '#FFFFFF' };
const isMockError = (v: unknown) => typeof v === 'string' && v.startsWith('Error, ');

/** Mocks take any property (the library types them with an index signature). */
type Mock = OfficeMockObject;

export class MockExcel {
  syncs = 0;
  /** Ranges the adapter untracked. */
  untracked = 0;
  /** Every load argument the adapter passed, to prove it never loads everything. */
  readonly loads: unknown[] = [];
  readonly writes: CellWrite[][] = [];
  readonly fills = new Map<string, Fill>();
  readonly settings = new Map<string, unknown>();
  private readonly mocks: Mock[] = [];
  /** Cell ranges whose assignments are watched: address → mock and last seen values. */
  private readonly watched: { address: string; cells: string[]; mock: Mock; last: Map<string, unknown> }[] =
    [];
  /** Ranges the adapter asked for by address ("B9", "B2:B4"), in order. */
  readonly ranges: string[] = [];
  private pending: (() => void)[] = [];
  /** Mocks that loaded something since the last sync. */
  private readonly loadedRanges = new Set<Mock>();
  readonly context: Mock;

  constructor(readonly spec: MockSheetSpec) {
    for (const [addr, fill] of Object.entries(spec.fills ?? {})) this.fills.set(addr, { ...fill });
    // Not tracked: its sync is the harness's own.
    this.context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getActiveWorksheet: () => this.sheet(),
          getItem: () => this.sheet(),
          getItemOrNullObject: (name: string) => this.sheet(name === this.spec.name),
        },
        settings: {
          getItemOrNullObject: (key: string) => this.setting(key),
          add: (key: string, value: unknown) => this.pending.push(() => this.settings.set(key, value)),
        },
      },
      application: { suspendScreenUpdatingUntilNextSync: () => undefined },
    }) as Mock;
    this.context.sync = async () => {
      this.syncs++;
      this.applyWrites();
      for (const m of this.mocks) await m.sync();
      // What a range loaded is what it holds now, not something the adapter wrote.
      for (const w of this.watched)
        if (this.loadedRanges.delete(w.mock))
          for (const [property, value] of this.watchedProps(w.mock)) w.last.set(property, value);
      await new Promise((r) => setImmediate(r));
    };
  }

  /** Sets the `Excel` and `Office` globals the adapter uses. */
  install(): void {
    const g = globalThis as Record<string, unknown>;
    g.Excel = { run: (batch: (c: unknown) => Promise<unknown>) => batch(this.context) };
    const version = (v: string) => v.split('.').map(Number);
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, v: string) => {
            const [a, b] = version(v);
            const [x, y] = version(this.spec.apiVersion ?? '1.13');
            return name === 'ExcelApi' && (a < x || (a === x && b <= y));
          },
        },
      },
    };
  }

  fillOf(address: string): Fill {
    return this.fills.get(address) ?? NO_FILL;
  }

  private track<T extends OfficeMockObject>(m: T): T & Mock {
    const mock = m as T & Mock;
    const load = mock.load.bind(mock);
    mock.load = (arg?: unknown) => {
      this.loads.push(arg);
      this.loadedRanges.add(mock);
      return load(arg as string);
    };
    this.mocks.push(mock);
    return mock;
  }

  private sheet(exists = true): Mock {
    const s = this.spec;
    const rows = s.values.length;
    const cols = Math.max(1, ...s.values.map((r) => r.length));
    const sheet = this.track(
      new OfficeMockObject({
        name: s.name,
        visibility: 'Visible',
        getUsedRange: () => this.block(0, 0, rows, cols),
        getRange: (address: string) => this.cell(address),
        getRangeByIndexes: (r: number, c: number, n: number, m: number) => this.block(r, c, n, m),
        activate: () => undefined,
        protection: { protected: !!s.protected },
      }),
    );
    sheet.isNullObject = !exists;
    return sheet;
  }

  /** A block of the sheet as read: values, text, formats, fonts, hidden rows and columns. */
  private block(top: number, left: number, rowCount: number, colCount: number): Mock {
    const s = this.spec;
    const grid = <T>(src: T[][] | undefined, empty: T) =>
      Array.from({ length: rowCount }, (_, i) =>
        Array.from({ length: colCount }, (_, j) => src?.[top + i]?.[left + j] ?? empty),
      );
    const values = grid(s.values, '' as string | number | boolean);
    const text = s.text ? grid(s.text, '') : values.map((r) => r.map(String));
    const merged = this.track(new OfficeMockObject({ address: s.merges ?? '' }));
    merged.isNullObject = !s.merges;
    return this.track(
      new OfficeMockObject({
        rowIndex: top,
        columnIndex: left,
        rowCount,
        columnCount: colCount,
        values,
        text,
        numberFormat: grid(s.formats, 'General'),
        getCellProperties: () => ({
          value: grid(s.fonts, 'Calibri').map((r) => r.map((name) => ({ format: { font: { name } } }))),
        }),
        getRowProperties: () => ({
          value: Array.from({ length: rowCount }, (_, i) => ({
            rowIndex: top + i,
            rowHidden: !!s.hiddenRows?.includes(top + i),
          })),
        }),
        getColumnProperties: () => ({
          value: Array.from({ length: colCount }, (_, j) => ({
            columnIndex: left + j,
            columnHidden: !!s.hiddenCols?.includes(left + j),
          })),
        }),
        getBoundingRect: () => this.block(0, 0, rowCount + top, colCount + left),
        getMergedAreasOrNullObject: () => merged,
      }),
    );
  }

  /** One cell or a stretch of cells ("B2:B4"), for marking, restoring and writing fixes. */
  private cell(address: string): Mock {
    const [a, b = a] = address.split(':');
    const from = parseAddress(a);
    const to = parseAddress(b);
    const grid: string[][] = [];
    for (let r = from.row; r <= to.row; r++) {
      const row: string[] = [];
      for (let c = from.col; c <= to.col; c++) row.push(cellAddress(r, c));
      grid.push(row);
    }
    const cells = grid.flat();
    this.ranges.push(address);
    const fill = this.fillOf(cells[0]);
    const mock = this.track(
      new OfficeMockObject({
        address,
        values: grid.map((row) =>
          row.map((addr) => {
            const { row: r, col: c } = parseAddress(addr);
            return this.spec.values[r]?.[c] ?? '';
          }),
        ),
        // A cell's formula, or its value as Excel gives it for a constant.
        formulas: grid.map((row) =>
          row.map((addr) => {
            const { row: r, col: c } = parseAddress(addr);
            return this.spec.formulas?.[r]?.[c] ?? this.spec.values[r]?.[c] ?? '';
          }),
        ),
        format: {
          fill: {
            color: fill.color,
            pattern: fill.pattern,
            clear: () => this.pending.push(() => cells.forEach((addr) => this.fills.delete(addr))),
          },
          font: { name: this.spec.fonts?.[from.row]?.[from.col] ?? 'Calibri' },
        },
        getCellProperties: () => ({
          value: grid.map((row) => row.map((addr) => ({ format: { fill: { ...this.fillOf(addr) } } }))),
        }),
        // sheet.getRange('A1').getBoundingRect(used): the whole sheet from A1, for merged areas.
        getBoundingRect: () =>
          this.block(0, 0, this.spec.values.length, Math.max(1, ...this.spec.values.map((r) => r.length))),
        untrack: () => void this.untracked++,
      }),
    );
    this.watched.push({ address, cells, mock, last: new Map(this.watchedProps(mock)) });
    return mock;
  }

  private watchedProps(m: Mock): [string, unknown][] {
    return [
      ['values', m.values],
      ['fill.color', m.format.fill.color],
      ['fill.pattern', m.format.fill.pattern],
      ['fill.patternColor', m.format.fill.patternColor],
      ['font.name', m.format.font.name],
    ];
  }

  /** What the adapter assigned since the last sync, applied in the order Excel would: fills, then queued calls. */
  private applyWrites(): void {
    const batch: CellWrite[] = [];
    for (const w of this.watched) {
      for (const [property, value] of this.watchedProps(w.mock)) {
        if (value === w.last.get(property) || isMockError(value) || value === undefined) continue;
        w.last.set(property, value);
        batch.push({ address: w.address, property, value });
        for (const address of w.cells) {
          const fill = { ...this.fillOf(address) };
          if (property === 'fill.color') this.fills.set(address, { pattern: 'Solid', color: String(value) });
          if (property === 'fill.pattern') this.fills.set(address, { ...fill, pattern: String(value) });
          if (property === 'fill.patternColor')
            this.fills.set(address, { ...fill, patternColor: String(value) });
        }
      }
    }
    this.pending.forEach((fn) => fn());
    this.pending = [];
    this.writes.push(batch);
  }

  private setting(key: string): Mock {
    const m = this.track(
      new OfficeMockObject({
        value: this.settings.get(key),
        delete: () => this.pending.push(() => this.settings.delete(key)),
      }),
    );
    m.isNullObject = !this.settings.has(key);
    return m;
  }
}
