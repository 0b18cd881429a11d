import type { AgencyMatch } from '../agency';
import { leadCellAgencies, partnerCellAgencies } from '../agency/roles';
import type { Context } from '../model/context';
import type { TaskRow } from '../model/task';

export interface AgencyItem {
  /** The item as written in the cell, cleaned. */
  text: string;
  match: AgencyMatch;
  /** A name the lead cell gives as a partner ("Sở Y tế chủ trì, phối hợp với Sở Tài chính"). */
  partnerInLead?: true;
}

// Several rules, row after row, look at the same lists ("Các sở, ban, ngành"): split and resolve each text once per
// registry. Keyed by the cell's own string, one map a field: a string keeps its hash once computed, where a key
// joined anew for each look-up is hashed every time (a quarter of validation's time).
type ItemsByText = Record<'lead' | 'partners', Map<string, readonly AgencyItem[]>>;
const cache = new WeakMap<object, ItemsByText>();
const CACHE_LIMIT = 20_000;
const NONE: readonly AgencyItem[] = [];

/**
 * Every agency a lead or partners cell names, each with what the registry makes
 * of it; a lead cell's partners ("…, phối hợp với Sở Tài chính") are marked.
 */
export function cellAgencyItems(
  row: TaskRow,
  field: 'lead' | 'partners',
  ctx: Context,
): readonly AgencyItem[] {
  // The rules run row by row, and several ask for the same row's cells one after another.
  const last = lastAsked[field];
  if (last.row === row && last.registry === ctx.registry) return last.items;
  const raw = row.raw[field];
  const items = raw ? itemsOf(raw, field, ctx) : NONE;
  last.row = row;
  last.registry = ctx.registry;
  last.items = items;
  return items;
}

/** The row whose cell of each field was asked for last, with its items (kept until the next row is asked for). */
const lastAsked: Record<
  'lead' | 'partners',
  { row: TaskRow | null; registry: object | null; items: readonly AgencyItem[] }
> = {
  lead: { row: null, registry: null, items: NONE },
  partners: { row: null, registry: null, items: NONE },
};

function itemsOf(raw: string, field: 'lead' | 'partners', ctx: Context): readonly AgencyItem[] {
  let maps = cache.get(ctx.registry);
  if (!maps) cache.set(ctx.registry, (maps = { lead: new Map(), partners: new Map() }));
  const byText = maps[field];
  let items = byText.get(raw);
  if (!items) {
    const item = (text: string): AgencyItem => ({ text, match: ctx.registry.resolve(text) });
    if (field === 'partners') items = partnerCellAgencies(raw, ctx.registry).map(item);
    else {
      const parts = leadCellAgencies(raw, ctx.registry);
      items = [
        ...parts.lead.map(item),
        ...parts.partners.map((text): AgencyItem => ({ ...item(text), partnerInLead: true })),
      ];
    }
    if (byText.size >= CACHE_LIMIT) byText.clear();
    byText.set(raw, items);
  }
  return items;
}

/** The agencies a cell names in its column's role: a lead cell's leads, a partners cell's partners. */
export function agencyItems(row: TaskRow, field: 'lead' | 'partners', ctx: Context): readonly AgencyItem[] {
  const items = cellAgencyItems(row, field, ctx);
  return items.some((i) => i.partnerInLead) ? items.filter((i) => !i.partnerInLead) : items;
}

/** An item as one line, for messages: a name wrapped over lines in its cell reads as one name. */
export function itemLabel(item: AgencyItem): string {
  return item.text.replace(/\s*\n\s*/g, ' ');
}

/** The name an item stands for: its canonical name when the registry knows it. */
export function itemName(item: AgencyItem): string {
  return item.match.canonical ?? item.text;
}
