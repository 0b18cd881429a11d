/**
 * A function of a text remembered for the texts it has been asked about:
 * agency names, deadlines and statuses come back row after row and file after
 * file. Past `limit` texts the memory starts over, so a huge sheet of
 * distinct texts cannot grow it forever. The value is shared by every caller
 * that asks for the same text: callers must not change it.
 */
export function memoize<V>(compute: (text: string) => V, limit = 20_000): (text: string) => V {
  const memo = new Map<string, V>();
  return (text) => {
    // One look-up for a text seen before; `has` only tells an undefined value from none.
    const seen = memo.get(text);
    if (seen !== undefined || memo.has(text)) return seen as V;
    const value = compute(text);
    if (memo.size >= limit) memo.clear();
    memo.set(text, value);
    return value;
  };
}
