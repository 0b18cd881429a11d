import { agencyItems } from './agency-items';
import { defineRule } from './define-rule';

/** One task, one accountable lead. Several collectives together are "everyone": the collective rule speaks then. */
export default defineRule({
  meta: { code: 'W_LEAD_MULTIPLE', severity: 'warning', field: 'lead' },
  checkRow(row, rc) {
    const items = agencyItems(row, 'lead', rc.ctx);
    if (items.length > 1 && items.some((i) => !i.match.collective))
      rc.report({ row, data: { count: items.length } });
  },
});
