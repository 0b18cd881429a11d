/**
 * Jobs 0 … n − 1 handed out once each to two threads: one takes them from
 * the front, the other from the back, until they meet. The counters live in
 * shared memory, guarded by a lock held for a few instructions. The thread
 * taking from the front hands its results over to the other, and waits
 * while too many of them are not yet taken up: results waiting to be checked
 * are whole workbooks, and a reader faster than the checks would otherwise
 * pile up a round of them.
 */
const LOCK = 0;
const FRONT = 1;
const BACK = 2;
/** Results handed over, and taken up by the other thread. */
const HANDED = 3;
const TAKEN = 4;
/** Set while the front thread waits for room: waking it is a system call, made only then. */
const WAITING = 5;
const CELLS = 6;
/** Long enough to notice a taker that is gone, short enough never to matter otherwise. */
const WAIT_MS = 1000;

export class Claims {
  private readonly cells: Int32Array;

  /** Over `memory` made by `Claims.memory(n)`, in either thread. */
  constructor(memory: SharedArrayBuffer) {
    this.cells = new Int32Array(memory);
  }

  static memory(count: number): SharedArrayBuffer {
    const memory = new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT);
    new Int32Array(memory)[BACK] = count;
    return memory;
  }

  /** The next job from the front, or −1 when every job is taken. */
  front(): number {
    return this.take((front, back) => (front < back ? front : -1), FRONT, 1);
  }

  /** The next job from the back, or −1 when every job is taken. */
  back(): number {
    return this.take((front, back) => (front < back ? back - 1 : -1), BACK, -1);
  }

  /** A result handed over to the other thread. */
  handed(): void {
    Atomics.add(this.cells, HANDED, 1);
  }

  /** A result taken up: a thread waiting for room goes on. */
  taken(): void {
    Atomics.add(this.cells, TAKEN, 1);
    if (Atomics.load(this.cells, WAITING)) Atomics.notify(this.cells, TAKEN);
  }

  /** Waits (a worker thread only: the main thread may not block) while `most` results are not taken up. */
  waitForRoom(most: number): void {
    for (;;) {
      const taken = Atomics.load(this.cells, TAKEN);
      if (Atomics.load(this.cells, HANDED) - taken < most) return;
      // Set before the wait: a result taken up after it wakes this thread; one taken before, the wait sees.
      Atomics.store(this.cells, WAITING, 1);
      Atomics.wait(this.cells, TAKEN, taken, WAIT_MS);
      Atomics.store(this.cells, WAITING, 0);
    }
  }

  private take(pick: (front: number, back: number) => number, end: number, step: number): number {
    while (Atomics.compareExchange(this.cells, LOCK, 0, 1) !== 0);
    try {
      const job = pick(Atomics.load(this.cells, FRONT), Atomics.load(this.cells, BACK));
      if (job >= 0) Atomics.add(this.cells, end, step);
      return job;
    } finally {
      Atomics.store(this.cells, LOCK, 0);
    }
  }
}
