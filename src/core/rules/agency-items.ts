import type { AgencyMatch } from '../agency';
import { splitAgencyList } from '../agency';
import type { Context } from '../model/context';
import type { TaskRow } from '../model/task';

export interface AgencyItem {
  /** The item as written in the cell, cleaned. */
  text: string;
  match: AgencyMatch;
}

// Several rules look at the same lists; split and resolve each cell once per registry.
const cache = new WeakMap<object, WeakMap<TaskRow, Partial<Record<'lead' | 'partners', AgencyItem[]>>>>();

/** The items of a lead or partners cell, each with what the registry makes of it. */
export function agencyItems(row: TaskRow, field: 'lead' | 'partners', ctx: Context): AgencyItem[] {
  let byRow = cache.get(ctx.registry);
  if (!byRow) cache.set(ctx.registry, (byRow = new WeakMap()));
  let entry = byRow.get(row);
  if (!entry) byRow.set(row, (entry = {}));
  const hit = entry[field];
  if (hit) return hit;
  const raw = row.raw[field];
  const items = raw
    ? splitAgencyList(raw, ctx.registry).map((text) => ({ text, match: ctx.registry.resolve(text) }))
    : [];
  entry[field] = items;
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
