/**
 * What the tests of the lean reader's own content scanners (sheet data,
 * shared strings) share: a part read the reader's way and the general
 * scanner's way gives the same outcome, on generated parts and on damaged
 * copies of them.
 */
import fc from 'fast-check';

/** Each part read both ways (`read(xml, true)` the reader's way) gives the same model or the same refusal. */
export function sameBothWays<T>(
  parts: fc.Arbitrary<string>,
  read: (xml: string, fast: boolean) => T,
  runs: number,
) {
  fc.assert(
    fc.property(parts, (xml) => {
      expect(read(xml, true)).toEqual(read(xml, false));
    }),
    { numRuns: runs },
  );
}

/** Copies of the parts with one character from the first `from` on replaced by one of `puts` ('' removes it). */
export function damaged(parts: fc.Arbitrary<string>, from: string, puts: string[]): fc.Arbitrary<string> {
  return fc.tuple(parts, fc.nat(), fc.constantFrom(...puts)).map(([xml, at, put]) => {
    const start = xml.indexOf(from);
    const i = start + (at % Math.max(1, xml.length - start));
    return xml.slice(0, i) + put + xml.slice(i + 1);
  });
}

/** Of the calls a spy saw, the share that returned (the scanner read the part itself rather than giving it up). */
export function shareRead(spy: jest.SpyInstance): number {
  return spy.mock.results.filter((r) => r.type === 'return').length / Math.max(1, spy.mock.calls.length);
}
