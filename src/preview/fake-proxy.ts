/**
 * The batch machinery of the simulated Excel host: proxies queue their loads,
 * `context.sync()` runs the queue and hands the loaded values over. Reading a
 * property whose load has not synced throws PropertyNotLoaded, as Excel does.
 */
import type { FakeHost } from './fake-excel';
import { fakeError, type Area, type FakeSheet } from './fake-model';

/** What a queued call needs from its request context. */
export interface BatchContext {
  readonly host: FakeHost;
  /** Queues a call; `requestBytes` is the size of its arguments in the request. */
  enqueue(op: Op, requestBytes?: number): void;
  /** Adds to the request without a call: an object path, as each new proxy is in Office.js. */
  charge(requestBytes: number): void;
}

/**
 * Estimated request bytes, after what Office.js sends: each call (action) and
 * each new proxy (object path) is a JSON object of about this size, besides
 * its arguments.
 */
export const CALL_BYTES = 100;
export const PATH_BYTES = 100;

export type Where = { sheet: FakeSheet; area: Area };
/** A queued call: runs at sync, returns the size of what it loads and how to hand it over. */
export type Op = () => { bytes: number; commit?: () => void };

export const write =
  (fn: () => void): Op =>
  () => {
    fn();
    return { bytes: 0 };
  };

export const sizeOf = (v: unknown) => JSON.stringify(v ?? null).length;

/** Parses load arguments: "a, b", ["a", "b"], "items/name". */
function loadNames(arg?: string | string[]): string[] {
  const list = Array.isArray(arg) ? arg : (arg ?? '').split(',');
  return list.map((s) => s.trim()).filter(Boolean);
}

export abstract class FakeProxy {
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: BatchContext) {
    ctx.charge(PATH_BYTES);
  }

  protected abstract read(name: string): unknown;
  /** For *OrNullObject proxies: whether the target exists, checked at sync. */
  protected exists(): boolean {
    return true;
  }

  load(arg?: string | string[]): this {
    const names = loadNames(arg);
    this.ctx.enqueue(() => {
      if (!this.exists()) return { bytes: 0 };
      const got = names.map((n) => [n, this.read(n)] as const);
      return {
        bytes: got.reduce((s, [, v]) => s + sizeOf(v), 0),
        commit: () => got.forEach(([n, v]) => this.loaded.set(n, v)),
      };
    }, sizeOf(names));
    return this;
  }

  /** Drops the proxy from the objects Excel keeps up to date; the fake tracks nothing, so it only counts. */
  untrack(): this {
    this.ctx.host.untracked++;
    return this;
  }

  protected trackNull(): void {
    this.ctx.enqueue(() => ({ bytes: 0, commit: () => (this.nullState = !this.exists()) }));
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw fakeError('PropertyNotLoaded', 'isNullObject is known after context.sync()');
    return this.nullState;
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw fakeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Call load('${name}') and context.sync() first.`,
      );
    }
    return this.loaded.get(name) as T;
  }
}

export class FakeResult<T> {
  private ready = false;
  private v: T | undefined;

  constructor(ctx: BatchContext, compute: () => T, requestBytes = 0) {
    ctx.enqueue(() => {
      const v = compute();
      return {
        bytes: sizeOf(v),
        commit: () => {
          this.v = v;
          this.ready = true;
        },
      };
    }, requestBytes);
  }

  get value(): T {
    if (!this.ready) throw fakeError('PropertyNotLoaded', 'A result is available after context.sync()');
    return this.v as T;
  }
}
