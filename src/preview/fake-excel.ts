/**
 * A simulated Excel host implementing only what src/taskpane/excel-adapter.ts
 * uses, with Office.js's batch semantics: calls queue up, `context.sync()`
 * runs them in order, and a property read before its load has synced throws
 * PropertyNotLoaded, as in Excel. It counts syncs and, like Excel on the
 * web, refuses a request or a response over 5 MB (a request refused whole,
 * before any of it runs), so the preview and the tests see the adapter's
 * real request pattern.
 */
import { cellAddress } from '../core/model/sheet';
import { areaAddress, fakeError, type FakeBook, type FakeSheet } from './fake-model';
import { CALL_BYTES, type BatchContext, type Op } from './fake-proxy';
import { FakeWorkbook } from './fake-sheets';

export class FakeHost {
  syncCount = 0;
  /** Excel on the web's response limit (bytes of JSON); lower it to test the adapter's retry. */
  responseLimit = 5 * 1024 * 1024;
  /** Excel on the web's request limit, against an estimate of the queued calls (fake-proxy.ts); lower it for tests. */
  requestLimit = 5 * 1024 * 1024;
  /** The largest request estimate sent so far, and how many proxies the adapter untracked. */
  largestRequest = 0;
  untracked = 0;
  /** Highest ExcelApi set the host reports; "1.9" shows the pane's fallback without merged areas. */
  apiVersion = '1.13';
  /** Office.context.document.settings. */
  readonly documentSettings = new Map<string, unknown>();
  private listeners: (() => void)[] = [];

  constructor(public book: FakeBook) {}

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  changed(): void {
    this.listeners.forEach((fn) => fn());
  }

  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  supports(version: string): boolean {
    const [a, b = 0] = version.split('.').map(Number);
    const [x, y = 0] = this.apiVersion.split('.').map(Number);
    return a < x || (a === x && b <= y);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    const context = new FakeContext(this);
    const result = await batch(context);
    // Excel.run sends what is still queued when the batch ends.
    if (context.pending()) await context.sync();
    return result;
  }
}

export class FakeContext implements BatchContext {
  private queue: Op[] = [];
  private requestBytes = 0;
  readonly workbook: FakeWorkbook;
  readonly application = { suspendScreenUpdatingUntilNextSync: () => undefined };

  constructor(readonly host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(op: Op, requestBytes = 0): void {
    this.queue.push(op);
    this.requestBytes += CALL_BYTES + requestBytes;
  }

  charge(requestBytes: number): void {
    this.requestBytes += requestBytes;
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.host.syncCount++;
    if (request > this.host.requestLimit)
      throw fakeError('RequestPayloadSizeLimitExceeded', `Request of about ${request} bytes`);
    this.host.largestRequest = Math.max(this.host.largestRequest, request);
    let bytes = 0;
    const commits: (() => void)[] = [];
    try {
      for (const op of ops) {
        const r = op();
        bytes += r.bytes;
        if (r.commit) commits.push(r.commit);
      }
    } finally {
      // Proxies made while the queue ran (a collection's items) belong to no request.
      this.requestBytes = 0;
      this.host.changed();
    }
    if (bytes > this.host.responseLimit)
      throw fakeError('ResponsePayloadSizeLimitExceeded', `Response of ${bytes} bytes`);
    commits.forEach((c) => c());
  }
}

/** The address Excel's name box shows for the current selection. */
export function selectionAddress(book: FakeBook): string {
  const s = book.selection;
  return s.top === s.bottom && s.left === s.right ? cellAddress(s.top, s.left) : areaAddress(s);
}

/**
 * Installs `Excel` and `Office` globals backed by `host`, as office.js would:
 * the pane code runs unchanged on top of them.
 */
export function installFakeOffice(
  host: FakeHost,
  target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): void {
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const supports = (name: string, v = '1.1') => name === 'ExcelApi' && host.supports(v);
  target.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: (cb?: (i: typeof info) => void) => {
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: supports },
      document: {
        settings: {
          get: (k: string) => (host.documentSettings.has(k) ? host.documentSettings.get(k) : null),
          set: (k: string, v: unknown) => void host.documentSettings.set(k, v),
          remove: (k: string) => void host.documentSettings.delete(k),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
        },
      },
    },
  };
  target.Excel = { run: <T>(batch: (c: FakeContext) => Promise<T>) => host.run(batch) };
}
