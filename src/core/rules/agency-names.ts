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

/** Whether a rule of `kind` tells of this item: the registry's match is of that kind and worth a word. */
function tells(kind: 'unknown' | 'spelling' | 'alias', item: AgencyItem, registry: AgencyRegistry): boolean {
  const m = item.match;
  // A former department is not in today's list either: reported with its successor.
  if (kind === 'unknown')
    // A formula's error value is told as such by the empty-lead rule, not as an unknown agency.
    return (m.kind === 'unknown' || m.kind === 'former') && !m.collective && !isFormulaError(item.text);
  if (m.kind !== kind) return false;
  // A collective written another way ("Các sở ban ngành") names the same group: nothing to gain by rewriting it.
  if (m.collective && kind === 'alias') return false;
  return !dropsProvince(item, registry);
}

/** An item a rule tells of, with what its finding says: the same for every row whose cell has the same text. */
interface Told {
  item: AgencyItem;
  /** The item as one line (itemLabel). */
  label: string;
  /** The cell with this item written by its canonical name; null for an unknown agency (no fix). */
  after: string | null;
}

function agencyRule(
  code: string,
  severity: 'warning' | 'info',
  kind: 'unknown' | 'spelling' | 'alias',
): Rule {
  // The items a cell's text gives are one array per text, field and registry, and rows repeat their texts:
  // what this rule tells of them is worked out once per array (most often nothing), and its findings share
  // the texts instead of each holding a copy of the cell.
  const picked = new WeakMap<readonly AgencyItem[], readonly Told[]>();
  const toTell = (
    items: readonly AgencyItem[],
    cellText: string,
    registry: AgencyRegistry,
  ): readonly Told[] => {
    let told = picked.get(items);
    if (!told) {
      told = items
        .filter((item) => tells(kind, item, registry))
        .map((item) => ({
          item,
          label: itemLabel(item),
          // Replaces this item only, keeping the rest of the cell as written.
          after: kind === 'unknown' ? null : cellText.replace(item.text, item.match.canonical as string),
        }));
      picked.set(items, told);
    }
    return told;
  };
  return defineRule({
    meta: { code, severity, fields: AGENCY_FIELDS, fixable: kind !== 'unknown' },
    checkRow(row, rc) {
      for (const field of AGENCY_FIELDS) {
        const cellText = row.raw[field] ?? '';
        for (const { item, label, after } of toTell(
          cellAgencyItems(row, field, rc.ctx),
          cellText,
          rc.ctx.registry,
        )) {
          const m = item.match;
          if (after === null) {
            rc.report({
              row,
              field: field as Field,
              variant: m.successor ? 'former' : m.suggestion ? 'suggest' : undefined,
              data: m.suggestion ? { name: label, suggestion: m.suggestion } : { name: label },
              suggestion: m.suggestion ?? undefined,
            });
            continue;
          }
          const canonical = m.canonical as string;
          rc.report({
            row,
            field: field as Field,
            data: { name: label, canonical },
            suggestion: canonical,
            fix: cellFix(row, field, 'agency', after, { from: item.text, to: canonical }),
          });
        }
      }
    },
  });
}

export const agencyUnknown = agencyRule('W_AGENCY_UNKNOWN', 'warning', 'unknown');
export const agencySpelling = agencyRule('W_AGENCY_SPELLING', 'warning', 'spelling');
export const agencyAlias = agencyRule('I_AGENCY_ALIAS', 'info', 'alias');
