import { compareKey } from '../text';
import type { Context } from '../model/context';
import type { TaskRow } from '../model/task';
import { agencyItems, cellAgencyItems, itemName, type AgencyItem } from './agency-items';
import { defineRule } from './define-rule';
import { cellFix } from './text-fields';

// Rows repeat their lead and partners cells: the partners that are also leads are found once per pair of
// cells, keyed by the lists of items each cell's text gives (one array per text and registry).
const found = new WeakMap<readonly AgencyItem[], WeakMap<readonly AgencyItem[], readonly AgencyItem[]>>();

/** The partners the lead's cell names as leads too (compared by canonical name, without case or marks). */
function leadsAmongPartners(row: TaskRow, ctx: Context): readonly AgencyItem[] {
  const leadCell = cellAgencyItems(row, 'lead', ctx);
  const partnersCell = cellAgencyItems(row, 'partners', ctx);
  let byPartners = found.get(leadCell);
  if (!byPartners) found.set(leadCell, (byPartners = new WeakMap()));
  let dup = byPartners.get(partnersCell);
  if (!dup) {
    const leadKeys = new Set(agencyItems(row, 'lead', ctx).map((i) => compareKey(itemName(i))));
    dup = agencyItems(row, 'partners', ctx).filter((p) => leadKeys.has(compareKey(itemName(p))));
    byPartners.set(partnersCell, dup);
  }
  return dup;
}

// The task's resolved leads and partners are shared lists too (one per cell text) wherever one cell alone
// gives them: the leads among the partners are found once per pair of lists.
const named = new WeakMap<readonly string[], WeakMap<readonly string[], readonly string[]>>();

function leadsNamedAsPartners(row: TaskRow): readonly string[] {
  if (row.lead.length === 0 || row.partners.length === 0) return [];
  let byPartners = named.get(row.lead);
  if (!byPartners) named.set(row.lead, (byPartners = new WeakMap()));
  let again = byPartners.get(row.partners);
  if (!again) byPartners.set(row.partners, (again = row.lead.filter((name) => row.partners.includes(name))));
  return again;
}

/** The lead listed again among the partners: the fix removes it from the partners. */
export default defineRule({
  meta: {
    code: 'W_LEAD_IS_PARTNER',
    severity: 'warning',
    field: 'partners',
    // A lead and partners written in one cell are told at the lead's cell.
    fields: ['partners', 'lead'],
    fixable: true,
  },
  checkRow(row, rc) {
    const dup = leadsAmongPartners(row, rc.ctx);
    if (dup.length === 0) {
      // One cell for both roles ("Sở Nội vụ chủ trì, phối hợp với … Sở Nội vụ"): told at that cell, left to the
      // user to mend, since the partners cannot be cut out of the lead's sentence safely.
      const again = leadsNamedAsPartners(row);
      if (again.length)
        rc.report({ row, field: 'lead', data: { names: again.map((n) => `“${n}”`).join(', ') } });
      return;
    }
    const names = dup.map(itemName);
    const partners = agencyItems(row, 'partners', rc.ctx);
    const kept = partners.filter((p) => !dup.includes(p)).map((p) => p.text);
    const sep = (row.raw.partners ?? '').includes('\n') ? '\n' : ', ';
    rc.report({
      row,
      data: { names: names.map((n) => `“${n}”`).join(', ') },
      suggestion: kept.join(sep),
      // As written and by canonical name: an agency fix on the same cell ("Sở KHCN" → its full name) comes first.
      fix: cellFix(row, 'partners', 'removePartner', kept.join(sep), {
        from: [...new Set(dup.flatMap((d) => [d.text, itemName(d)]))].join('\n'),
      }),
    });
  },
});
