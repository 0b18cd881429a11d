import { agencyItems, itemName } from './agency-items';
import { defineRule } from './define-rule';

export default defineRule({
  meta: { code: 'I_LEAD_COLLECTIVE', severity: 'info', field: 'lead' },
  checkRow(row, rc) {
    const collective = agencyItems(row, 'lead', rc.ctx).find((i) => i.match.collective);
    if (collective) rc.report({ row, data: { name: itemName(collective) } });
  },
});
