/**
 * Texts ranked in the collator's order, texts it holds equal ranked equal: a sort of many items by few
 * distinct texts then compares numbers, asking the collator once per text rather than for every pair of
 * items compared.
 */
export function collationRanks(texts: Iterable<string>, collator: Intl.Collator): Map<string, number> {
  const distinct = [...new Set(texts)].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, i) => {
    if (i > 0 && collator.compare(distinct[i - 1], text) !== 0) rank++;
    ranks.set(text, rank);
  });
  return ranks;
}
