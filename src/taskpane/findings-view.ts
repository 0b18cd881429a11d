/**
 * The findings list: severity filters with counts, then the findings grouped
 * by severity, each with its cell, message and suggestion. A finding with a
 * cell is a button that asks for the cell to be selected; every item carries
 * `data-code` and `data-cell` for scripts and tests.
 */
import { findingMessage, t, type Lang } from '../core/messages';
import type { Finding, Severity } from '../core/model/finding';
import { clear, h } from './dom';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingsState {
  findings: readonly Finding[] | null;
  /** Severities currently shown. */
  shown: ReadonlySet<Severity>;
  lang: Lang;
  /** The number of the table a finding is in, when the sheet holds several; null otherwise. */
  tableOf?: (f: Finding) => number | null;
}

export interface FindingsEvents {
  select(f: Finding): void;
  toggle(s: Severity): void;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function findingItem(f: Finding, lang: Lang, events: FindingsEvents, table: number | null): HTMLElement {
  const message = findingMessage(f, lang);
  const where = f.cell ? t('pane.finding.cell', { cell: f.cell }, lang) : t('pane.finding.sheet', {}, lang);
  const body = [
    h(
      'span',
      { class: 'pl-cell' },
      table === null ? where : t('pane.finding.inTable', { table, where }, lang),
    ),
    h('span', { class: 'pl-message' }, message),
    f.suggestion
      ? h(
          'span',
          { class: 'pl-suggestion' },
          t('pane.finding.suggestion', { suggestion: f.suggestion }, lang),
        )
      : null,
    h('span', { class: 'pl-code' }, f.code),
  ];
  const attrs = {
    class: `pl-finding pl-${f.severity}`,
    'data-code': f.code,
    'data-cell': f.cell ?? '',
    'data-sheet': f.sheet ?? '',
    'data-table': table ?? undefined,
  };
  if (!f.cell || !f.sheet) return h('li', {}, h('div', attrs, ...body));
  return h(
    'li',
    {},
    h(
      'button',
      {
        ...attrs,
        type: 'button',
        'aria-label': t('pane.finding.select', { cell: f.cell, message }, lang),
        onclick: () => events.select(f),
      },
      ...body,
    ),
  );
}

export function renderFindings(root: HTMLElement, state: FindingsState, events: FindingsEvents): void {
  clear(root);
  const { findings, lang } = state;
  if (!findings) {
    root.append(h('p', { class: 'pl-empty' }, t('pane.results.empty', {}, lang)));
    return;
  }
  const counts = countBySeverity(findings);
  const filters = h(
    'div',
    { class: 'pl-filters', role: 'group', 'aria-label': t('pane.filter', {}, lang) },
    ...SEVERITIES.map((s) =>
      h(
        'button',
        {
          type: 'button',
          class: `pl-filter pl-${s}`,
          'data-severity': s,
          'aria-pressed': state.shown.has(s) ? 'true' : 'false',
          onclick: () => events.toggle(s),
        },
        t('pane.filter.toggle', { label: t(`severity.${s}`, {}, lang), count: counts[s] }, lang),
      ),
    ),
  );
  root.append(filters);
  const visible = SEVERITIES.filter((s) => state.shown.has(s) && counts[s] > 0);
  if (findings.length && !visible.length)
    root.append(h('p', { class: 'pl-empty' }, t('pane.results.hidden', {}, lang)));
  for (const s of visible) {
    const id = `pl-group-${s}`;
    root.append(
      h(
        'section',
        { class: 'pl-group', 'aria-labelledby': id },
        h(
          'h3',
          { id, class: `pl-group-title pl-${s}` },
          t('pane.group', { label: t(`severity.${s}`, {}, lang), count: counts[s] }, lang),
        ),
        h(
          'ul',
          { class: 'pl-list' },
          ...findings
            .filter((f) => f.severity === s)
            .map((f) => findingItem(f, lang, events, state.tableOf?.(f) ?? null)),
        ),
      ),
    );
  }
}
