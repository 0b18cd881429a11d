import type { Field } from '../model/task';
import { agencyItems, itemLabel } from './agency-items';
import { defineRule, type Rule } from './define-rule';
import { cellFix } from './text-fields';

const AGENCY_FIELDS = ['lead', 'partners'] as const;

function agencyRule(
  code: string,
  severity: 'warning' | 'info',
  kind: 'unknown' | 'spelling' | 'alias',
): Rule {
  return defineRule({
    meta: { code, severity, fixable: kind !== 'unknown' },
    checkRow(row, rc) {
      for (const field of AGENCY_FIELDS) {
        for (const item of agencyItems(row, field, rc.ctx)) {
          const m = item.match;
          if (m.kind !== kind) continue;
          if (kind === 'unknown') {
            if (m.collective) continue;
            rc.report({
              row,
              field: field as Field,
              variant: m.suggestion ? 'suggest' : undefined,
              data: m.suggestion
                ? { name: itemLabel(item), suggestion: m.suggestion }
                : { name: itemLabel(item) },
              suggestion: m.suggestion ?? undefined,
            });
            continue;
          }
          // A collective written another way ("Các sở ban ngành") names the same group: nothing to gain by rewriting it.
          if (m.collective && kind === 'alias') continue;
          const canonical = m.canonical as string;
          rc.report({
            row,
            field: field as Field,
            data: { name: itemLabel(item), canonical },
            suggestion: canonical,
            // Replaces this item only, keeping the rest of the cell as written.
            fix: cellFix(row, field, 'agency', (row.raw[field] ?? '').replace(item.text, canonical), {
              from: item.text,
              to: canonical,
            }),
          });
        }
      }
    },
  });
}

export const agencyUnknown = agencyRule('W_AGENCY_UNKNOWN', 'warning', 'unknown');
export const agencySpelling = agencyRule('W_AGENCY_SPELLING', 'warning', 'spelling');
export const agencyAlias = agencyRule('I_AGENCY_ALIAS', 'info', 'alias');
