/**
 * The "Sửa" preview: one checkbox per finding that carries a fix, showing the
 * cell's text before and after that fix alone. The chosen fixes are chained
 * per cell (core/fix/compose.ts) and written in one batch by the caller.
 */
import { findingMessage, t, type Lang } from '../core/messages';
import type { Finding, Fix } from '../core/model/finding';
import { clear, h } from './dom';

export interface FixEvents {
  apply(fixes: Fix[]): void;
  close(): void;
}

/**
 * A cell's text with what the fix changes made visible: line breaks as ⏎,
 * and as · every space HTML would swallow or hide (at an edge, doubled, or
 * beside a line break); an emptied cell says so.
 */
function shown(text: string, lang: Lang): string {
  if (text === '') return t('pane.fix.emptied', {}, lang);
  const dotted = text.replace(/ (?= |\n|$)|(?<=^| |\n) /g, '·');
  return dotted.replace(/\n/g, ' ⏎ ');
}

export function renderFixes(
  root: HTMLElement,
  findings: readonly Finding[],
  lang: Lang,
  events: FixEvents,
  tableOf: (f: Finding) => number | null = () => null,
): void {
  clear(root);
  const fixable = findings.filter((f): f is Finding & { fix: Fix } => !!f.fix);
  root.append(h('h2', { id: 'pl-fix-title' }, t('pane.fix.heading', {}, lang)));
  if (!fixable.length) {
    root.append(h('p', { class: 'pl-empty' }, t('pane.fix.empty', {}, lang)), closeButton(lang, events));
    return;
  }
  root.append(h('p', { class: 'pl-hint' }, t('pane.fix.intro', {}, lang)));
  const boxes: HTMLInputElement[] = [];
  const apply = h('button', { type: 'button', class: 'pl-button pl-primary' });
  const update = () => {
    const n = boxes.filter((b) => b.checked).length;
    apply.textContent = t('pane.fix.apply', { count: n }, lang);
    apply.disabled = n === 0;
    all.checked = n === boxes.length;
    all.indeterminate = n > 0 && n < boxes.length;
  };
  const all = h('input', {
    type: 'checkbox',
    id: 'pl-fix-all',
    checked: true,
    onchange: () => {
      boxes.forEach((b) => (b.checked = all.checked));
      update();
    },
  });
  const items = fixable.map((f, i) => {
    const box = h('input', { type: 'checkbox', id: `pl-fix-${i}`, checked: true, onchange: update });
    boxes.push(box);
    return h(
      'li',
      {
        class: 'pl-fix-item',
        'data-code': f.code,
        'data-cell': f.cell ?? '',
        'data-table': tableOf(f) ?? undefined,
      },
      box,
      h(
        'label',
        { for: `pl-fix-${i}` },
        h('span', { class: 'pl-cell' }, cellLabel(f, lang, tableOf(f))),
        h('span', { class: 'pl-message' }, findingMessage(f, lang)),
        h(
          'span',
          { class: 'pl-diff' },
          h('del', { title: t('pane.fix.before', {}, lang) }, shown(f.fix.before, lang)),
          h('span', { 'aria-hidden': 'true' }, ' → '),
          h('ins', { title: t('pane.fix.after', {}, lang) }, shown(f.fix.after, lang)),
        ),
      ),
    );
  });
  apply.addEventListener('click', () =>
    events.apply(fixable.filter((_, i) => boxes[i].checked).map((f) => f.fix)),
  );
  root.append(
    h('div', { class: 'pl-fix-all' }, all, h('label', { for: 'pl-fix-all' }, t('pane.fix.all', {}, lang))),
    h('ul', { class: 'pl-fix-list' }, ...items),
    h('div', { class: 'pl-row' }, apply, closeButton(lang, events)),
  );
  update();
}

function closeButton(lang: Lang, events: FixEvents): HTMLButtonElement {
  return h(
    'button',
    { type: 'button', class: 'pl-button', onclick: () => events.close() },
    t('pane.fix.close', {}, lang),
  );
}

/** "Ô M9", or "Bảng 2 · Ô M9" on a sheet with several tables. */
function cellLabel(f: Finding & { fix: Fix }, lang: Lang, table: number | null): string {
  const where = t('pane.finding.cell', { cell: f.fix.cell }, lang);
  return table === null ? where : t('pane.finding.inTable', { table, where }, lang);
}
