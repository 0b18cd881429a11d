/** Edit distances for near-miss agency names (short strings: plain dynamic programming). */

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and
 * swaps of two neighbouring letters ("Khao" for "Khoa") each cost one.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

/**
 * Edit distance between two names as syllable sequences: a missing, extra or
 * different syllable costs one, a one-letter slip in a long syllable half.
 * "Sở Văn hóa, Thể thao" is then near "Sở Văn hóa, Thể thao và Du lịch" (two
 * syllables short) and far from "Hội Văn học nghệ thuật", which shares letters, not words.
 */
export function syllableDistance(a: readonly string[], b: readonly string[]): number {
  const change = (x: string, y: string) => {
    if (x === y) return 0;
    return Math.min(x.length, y.length) >= 4 && editDistance(x, y) === 1 ? 0.5 : 1;
  };
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + change(a[i - 1], b[j - 1])));
    }
    prev = row;
  }
  return prev[b.length];
}
