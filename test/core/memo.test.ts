import { memoize } from '../../src/core/memo';

describe('memoize', () => {
  it('computes each text once, null answers included, and starts over past its limit', () => {
    const asked: string[] = [];
    const f = memoize((t) => {
      asked.push(t);
      return t === 'x' ? null : t.length;
    }, 2);
    expect([f('x'), f('x'), f('ab'), f('ab')]).toEqual([null, null, 2, 2]);
    expect(asked).toEqual(['x', 'ab']);
    f('abc'); // a third text: the memory starts over with it
    f('x');
    expect(asked).toEqual(['x', 'ab', 'abc', 'x']);
  });
});
