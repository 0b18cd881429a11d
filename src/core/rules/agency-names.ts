import { provinceAtEnd } from '../agency/agency-key';
import type { AgencyMatch, AgencyRegistry } from '../agency';
import type { Field } from '../model/task';
import { compareKey } from '../text/compare-key';
import { cellAgencyItems, itemLabel, type AgencyItem } from './agency-items';
import { defineRule, type Rule } from './define-rule';
import { isFormulaError } from '../model/formula-error';
import { cellFix } from './text-fields';

const AGENCY_FIELDS = ['lead', 'partners'] as const;

/**
 * Whether writing `canonical` for `text` would drop or replace the province the text ends with
 * ("Công an tỉnh Thái Bình" in a Bắc Ninh plan, or in one whose province is not known): such a name
 * is left as written. The plan's own province may go ("Công an tỉnh Bắc Ninh" → "Công an tỉnh").
 */
const dropping = new WeakMap<AgencyMatch, boolean>();

/**
 * The same names come back row after row: judged once each, by the registry's match for the text
 * (one object per text and registry, so it stands for the text, its canonical name and the province).
 */
function dropsProvince(item: AgencyItem, registry: AgencyRegistry): boolean {
  let drops = dropping.get(item.match);
  if (drops === undefined) {
    drops = judgeDrop(item.text, item.match.canonical as string, registry);
    dropping.set(item.match, drops);
  }
  return drops;
}

function judgeDrop(text: string, canonical: string, registry: AgencyRegistry): boolean {
  const named = provinceAtEnd(text);
  if (!named) return false;
  const key = compareKey(named.name);
  if (compareKey(canonical).endsWith(key)) return false;
  return registry.province === null || compareKey(registry.province) !== key;
}

function agencyRule(
  code: string,
  severity: 'warning' | 'info',
  kind: 'unknown' | 'spelling' | 'alias',
): Rule {
  return defineRule({
    meta: { code, severity, fields: AGENCY_FIELDS, fixable: kind !== 'unknown' },
    checkRow(row, rc) {
      for (const field of AGENCY_FIELDS) {
        for (const item of cellAgencyItems(row, field, rc.ctx)) {
          const m = item.match;
          // A former department is not in today's list either: reported with its successor.
          if (m.kind !== kind && !(kind === 'unknown' && m.kind === 'former')) continue;
          if (kind === 'unknown') {
            // A formula's error value is told as such by the empty-lead rule, not as an unknown agency.
            if (m.collective || isFormulaError(item.text)) continue;
            rc.report({
              row,
              field: field as Field,
              variant: m.successor ? 'former' : m.suggestion ? 'suggest' : undefined,
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
          if (dropsProvince(item, rc.ctx.registry)) continue;
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
