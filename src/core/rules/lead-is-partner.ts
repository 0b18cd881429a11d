import { compareKey } from '../text';
import { agencyItems, itemName } from './agency-items';
import { defineRule } from './define-rule';
import { cellFix } from './text-fields';

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
    const leadKeys = new Set(agencyItems(row, 'lead', rc.ctx).map((i) => compareKey(itemName(i))));
    const partners = agencyItems(row, 'partners', rc.ctx);
    const dup = partners.filter((p) => leadKeys.has(compareKey(itemName(p))));
    if (dup.length === 0) {
      // One cell for both roles ("Sở Nội vụ chủ trì, phối hợp với … Sở Nội vụ"): told at that cell, left to the
      // user to mend, since the partners cannot be cut out of the lead's sentence safely.
      const again = row.lead.filter((name) => row.partners.includes(name));
      if (again.length)
        rc.report({ row, field: 'lead', data: { names: again.map((n) => `“${n}”`).join(', ') } });
      return;
    }
    const names = dup.map(itemName);
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
