import type { AgencyMatch } from '../agency';
import { splitAgencyList } from '../agency';
import type { Context } from '../model/context';
import type { TaskRow } from '../model/task';

export interface AgencyItem {
  /** The item as written in the cell, cleaned. */
  text: string;
  match: AgencyMatch;
}

// Several rules, row after row, look at the same lists ("Các sở, ban, ngành"): split and resolve each text once per registry.
const cache = new WeakMap<object, Map<string, readonly AgencyItem[]>>();
const CACHE_LIMIT = 20_000;
const NONE: readonly AgencyItem[] = [];

/** The items of a lead or partners cell, each with what the registry makes of it. */
export function agencyItems(row: TaskRow, field: 'lead' | 'partners', ctx: Context): readonly AgencyItem[] {
  const raw = row.raw[field];
  if (!raw) return NONE;
  let byText = cache.get(ctx.registry);
  if (!byText) cache.set(ctx.registry, (byText = new Map()));
  let items = byText.get(raw);
  if (!items) {
    items = splitAgencyList(raw, ctx.registry).map((text) => ({ text, match: ctx.registry.resolve(text) }));
    if (byText.size >= CACHE_LIMIT) byText.clear();
    byText.set(raw, items);
  }
  return items;
}

/** An item as one line, for messages: a name wrapped over lines in its cell reads as one name. */
export function itemLabel(item: AgencyItem): string {
  return item.text.replace(/\s*\n\s*/g, ' ');
}

/** The name an item stands for: its canonical name when the registry knows it. */
export function itemName(item: AgencyItem): string {
  return item.match.canonical ?? item.text;
}
