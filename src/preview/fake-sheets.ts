/** The simulated host's workbook, worksheets and workbook settings. */
import { emptySheet, fakeError, parseArea, usedArea, type FakeSheet } from './fake-model';
import { FakeProxy, sizeOf, write, type BatchContext } from './fake-proxy';
import { FakeRange } from './fake-range';

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly settings: FakeSettings;

  constructor(private readonly ctx: BatchContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
  }

  getSelectedRange(): FakeRange {
    const book = this.ctx.host.book;
    return new FakeRange(this.ctx, () => {
      const sheet = this.ctx.host.sheet(book.selection.sheet);
      if (!sheet) throw fakeError('InvalidSelection', 'No selection');
      return { sheet, area: book.selection };
    });
  }
}

class FakeWorksheets extends FakeProxy {
  private itemList: FakeWorksheet[] | null = null;

  protected read(name: string): unknown {
    if (name !== 'items/name' && name !== 'name') throw fakeError('InvalidArgument', `Cannot load ${name}`);
    const sheets = this.ctx.host.book.sheets.map((s) => s);
    this.itemList = sheets.map((s) => new FakeWorksheet(this.ctx, () => s, false, s.name));
    return sheets.map((s) => s.name);
  }

  get items(): FakeWorksheet[] {
    this.get('items/name');
    return this.itemList ?? [];
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.host.sheet(this.ctx.host.book.active) ?? null);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.host.sheet(name) ?? null);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.host.sheet(name) ?? null, true);
  }

  add(name: string): FakeWorksheet {
    const host = this.ctx.host;
    this.ctx.enqueue(
      write(() => {
        if (host.sheet(name)) throw fakeError('ItemAlreadyExists', `A sheet named ${name} exists`);
        host.book.sheets.push(emptySheet(name));
      }),
    );
    return this.getItem(name);
  }
}

export class FakeWorksheet extends FakeProxy {
  readonly freezePanes = {
    freezeRows: (n: number) => this.ctx.enqueue(write(() => (this.sheet().frozenRows = n))),
  };
  readonly pageLayout: { orientation?: string; paperSize?: string; setPrintTitleRows(rows: string): void };

  constructor(
    ctx: BatchContext,
    private readonly resolve: () => FakeSheet | null,
    nullable = false,
    knownName?: string,
  ) {
    super(ctx);
    if (nullable) this.trackNull();
    if (knownName !== undefined) this.knownName = knownName;
    const page = (key: 'orientation' | 'paperSize' | 'titleRows', v: string) =>
      this.ctx.enqueue(write(() => (this.sheet().page[key] = v)));
    this.pageLayout = {
      set orientation(v: string) {
        page('orientation', v);
      },
      set paperSize(v: string) {
        page('paperSize', v);
      },
      setPrintTitleRows: (rows: string) => page('titleRows', rows),
    };
  }

  private knownName?: string;

  protected override exists(): boolean {
    return this.resolve() !== null;
  }

  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw fakeError('ItemNotFound', 'The requested resource does not exist.');
    return s;
  }

  protected read(name: string): unknown {
    const s = this.sheet();
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    throw fakeError('InvalidArgument', `Cannot load ${name}`);
  }

  get name(): string {
    return this.knownName ?? this.get<string>('name');
  }

  get visibility(): string {
    return this.get('visibility');
  }

  set visibility(v: string) {
    this.ctx.enqueue(
      write(() => {
        const s = this.sheet();
        if (v !== 'Visible' && this.ctx.host.book.active === s.name)
          throw fakeError('InvalidOperation', 'The active sheet cannot be hidden');
        s.visibility = v as FakeSheet['visibility'];
      }),
    );
  }

  activate(): void {
    this.ctx.enqueue(write(() => (this.ctx.host.book.active = this.sheet().name)));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheet();
      return { sheet, area: usedArea(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getRange(address?: string): FakeRange {
    this.ctx.charge(address?.length ?? 0);
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), area: parseArea(address ?? 'A:XFD') }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.sheet(),
      area: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 },
    }));
  }
}

class FakeSettings {
  constructor(private readonly ctx: BatchContext) {}

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }

  add(key: string, value: unknown): void {
    this.ctx.enqueue(
      write(() => this.ctx.host.book.settings.set(key, value)),
      sizeOf(value),
    );
  }
}

class FakeSetting extends FakeProxy {
  constructor(
    ctx: BatchContext,
    private readonly key: string,
  ) {
    super(ctx);
    this.trackNull();
  }

  protected override exists(): boolean {
    return this.ctx.host.book.settings.has(this.key);
  }

  protected read(name: string): unknown {
    if (name !== 'value') throw fakeError('InvalidArgument', `Cannot load ${name}`);
    return this.ctx.host.book.settings.get(this.key);
  }

  get value(): unknown {
    return this.get('value');
  }

  delete(): void {
    this.ctx.enqueue(write(() => this.ctx.host.book.settings.delete(this.key)));
  }
}

/** The address Excel's name box shows for the current selection. */
