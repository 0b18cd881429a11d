import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { detached } from '../../../src/node/fast/detach';
import { parseSharedStrings } from '../../../src/node/fast/xlsx-parts';

// The collector, to measure what stays alive (the flag is set before the function is made).
v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap bytes still in use after `make` ran and everything but what it returned was let go. */
function kept(make: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  expect(held).toBeDefined();
  return after - before;
}

const MB = 1024 * 1024;

/** A decoded part of about 8 MB (two-byte text), as the reader's XML scanner sees it. */
function bigText(): string {
  return new TextDecoder().decode(Buffer.from('Sở Khoa học và Công nghệ; '.repeat(160_000), 'utf8'));
}

describe('texts cut from a large part', () => {
  it('keep only themselves alive once detached', () => {
    const size = kept(() => {
      const doc = bigText();
      return Array.from({ length: 1000 }, (_, i) => detached(doc.slice(i * 100, i * 100 + 60)));
    });
    expect(size).toBeLessThan(1 * MB);
  });

  it('stay equal to the text they were cut from', () => {
    const doc = bigText();
    for (const [a, b] of [
      [0, 0],
      [0, 12],
      [5, 18],
      [100, 4000],
    ])
      expect(detached(doc.slice(a, b))).toBe(doc.slice(a, b));
  });

  it('from a large shared-strings part: one string kept does not keep the part alive', () => {
    const items = Array.from(
      { length: 40_000 },
      (_, i) => `<si><t>Đã triển khai nhiệm vụ số ${i} theo Kế hoạch của UBND tỉnh Bắc Ninh</t></si>`,
    );
    const xml = Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join('')}</sst>`,
    );
    const size = kept(() => parseSharedStrings(xml)[7]);
    // The part decodes to about 5 MB of text; the one string kept is 140 bytes.
    expect(size).toBeLessThan(1 * MB);
  });
});
