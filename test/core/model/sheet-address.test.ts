/**
 * Cell addresses as readers find them in files ("C7", "ab12", " D3 ") and
 * as users see them: the two directions agree, and anything else is refused.
 */
import fc from 'fast-check';
import { cellAddress, parseAddress } from '../../../src/core/model/sheet';

describe('cell addresses', () => {
  it('reads the addresses Excel writes, in either case and with surrounding space', () => {
    expect(parseAddress('A1')).toEqual({ row: 0, col: 0 });
    expect(parseAddress('C7')).toEqual({ row: 6, col: 2 });
    expect(parseAddress('ab12')).toEqual({ row: 11, col: 27 });
    expect(parseAddress(' XFD1048576 ')).toEqual({ row: 1_048_575, col: 16_383 });
  });

  it('refuses what is not an address', () => {
    for (const bad of ['', 'A', '12', '1A', 'A1B', 'A-1', 'Ă1', 'A１', 'A 1'])
      expect(() => parseAddress(bad)).toThrow(/not a cell address/);
  });

  it('gives back the row and column an address was made from', () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), (row, col) => {
        expect(parseAddress(cellAddress(row, col))).toEqual({ row, col });
      }),
    );
  });
});
