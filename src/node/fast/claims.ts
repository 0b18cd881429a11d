/**
 * Jobs 0 … n − 1 handed out once each to two threads: one takes them from
 * the front, the other from the back, until they meet. Both ends live in one
 * 64-bit cell of shared memory, moved by compare-and-swap: no lock that a
 * thread stopped half-way could leave held. The thread taking from the front
 * hands its results over to the other, and waits while too many of them are
 * not yet taken up: results waiting to be checked are whole workbooks, and a
 * reader faster than the checks would otherwise pile up a round of them.
 */
const HALF = 32n;
const LOW = (1n << HALF) - 1n;
/** After the ends (one BigInt64 cell), Int32 cells: results handed over, and taken up by the other thread. */
const HANDED = 0;
const TAKEN = 1;
/** Set while the front thread waits for room: waking it is a system call, made only then. */
const WAITING = 2;
const COUNTERS = 3;
/** How long a wait for room lasts before the counters are looked at again. */
const WAIT_MS = 1000;

const ends = (front: number, back: number): bigint => (BigInt(front) << HALF) | BigInt(back);

export class Claims {
  private readonly ends: BigInt64Array;
  private readonly counters: Int32Array;

  /** Over `memory` made by `Claims.memory(n)`, in either thread. */
  constructor(memory: SharedArrayBuffer) {
    this.ends = new BigInt64Array(memory, 0, 1);
    this.counters = new Int32Array(memory, BigInt64Array.BYTES_PER_ELEMENT, COUNTERS);
  }

  static memory(count: number): SharedArrayBuffer {
    const memory = new SharedArrayBuffer(
      BigInt64Array.BYTES_PER_ELEMENT + COUNTERS * Int32Array.BYTES_PER_ELEMENT,
    );
    new BigInt64Array(memory, 0, 1)[0] = ends(0, count);
    return memory;
  }

  /** The next job from the front, or −1 when every job is taken. */
  front(): number {
    return this.take(true);
  }

  /** The next job from the back, or −1 when every job is taken. */
  back(): number {
    return this.take(false);
  }

  /** A result handed over to the other thread. */
  handed(): void {
    Atomics.add(this.counters, HANDED, 1);
  }

  /** A result taken up: a thread waiting for room goes on. */
  taken(): void {
    Atomics.add(this.counters, TAKEN, 1);
    if (Atomics.load(this.counters, WAITING)) Atomics.notify(this.counters, TAKEN);
  }

  /** Waits (a worker thread only: the main thread may not block) while `most` results are not taken up. */
  waitForRoom(most: number): void {
    for (;;) {
      const taken = Atomics.load(this.counters, TAKEN);
      if (Atomics.load(this.counters, HANDED) - taken < most) return;
      // Set before the wait: a result taken up after it wakes this thread; one taken before, the wait sees.
      Atomics.store(this.counters, WAITING, 1);
      Atomics.wait(this.counters, TAKEN, taken, WAIT_MS);
      Atomics.store(this.counters, WAITING, 0);
    }
  }

  private take(fromFront: boolean): number {
    for (;;) {
      const old = Atomics.load(this.ends, 0);
      const front = Number(old >> HALF);
      const back = Number(old & LOW);
      if (front >= back) return -1;
      const next = fromFront ? ends(front + 1, back) : ends(front, back - 1);
      if (Atomics.compareExchange(this.ends, 0, old, next) === old) return fromFront ? front : back - 1;
    }
  }
}
