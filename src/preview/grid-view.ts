/**
 * The simulated host's sheet as an HTML grid: column letters, row numbers,
 * merged cells, hidden rows and columns left out, fills, fonts, drop-down
 * markers, the selection and a name box. Clicking a cell selects it, so
 * "Chuyển mã" can work on a selection here as in Excel.
 */
import { cellAddress, columnLetter } from '../core/model/sheet';
import { clear, h } from '../taskpane/dom';
import { selectionAddress, type FakeHost } from './fake-excel';
import { cellKey, displayText, usedArea, type FakeSheet } from './fake-model';

/** The grid shows at most this many rows: enough for any appendix, light for the browser. */
const MAX_SHOWN_ROWS = 400;

function columnPixels(sheet: FakeSheet, col: number, rows: number): number {
  const set = sheet.widths.get(col);
  if (set) return Math.round(set / 0.75);
  let longest = 0;
  for (let r = 0; r < rows; r++) {
    const text = displayText(sheet.cells.get(cellKey(r, col)));
    for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.max(48, Math.min(300, longest * 7 + 12));
}

export function renderGrid(root: HTMLElement, host: FakeHost): void {
  clear(root);
  const { book } = host;
  const sheet = host.sheet(book.active) ?? book.sheets[0];
  const used = usedArea(sheet, false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const rows = Math.min(used.bottom + 3, MAX_SHOWN_ROWS);
  const cols = used.right + 2;
  const visibleCols = Array.from({ length: cols }, (_, c) => c).filter((c) => !sheet.hiddenCols.has(c));
  const covered = new Set<string>();
  const spans = new Map<string, { rowspan: number; colspan: number }>();
  for (const m of sheet.merges) {
    let rowspan = 0;
    let colspan = 0;
    for (let r = m.top; r <= m.bottom; r++) if (!sheet.hiddenRows.has(r)) rowspan++;
    for (let c = m.left; c <= m.right; c++) if (!sheet.hiddenCols.has(c)) colspan++;
    spans.set(cellKey(m.top, m.left), { rowspan, colspan });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
  }
  const sel = book.selection.sheet === sheet.name ? book.selection : null;
  const inList = (r: number, c: number) =>
    sheet.validations.some((v) => r >= v.top && r <= v.bottom && c >= v.left && c <= v.right);

  const select = (r: number, c: number) => {
    book.selection = { sheet: sheet.name, top: r, left: c, bottom: r, right: c };
    host.changed();
  };

  const head = h(
    'tr',
    {},
    h('th', { class: 'pv-corner' }),
    ...visibleCols.map((c) => h('th', { scope: 'col' }, columnLetter(c))),
  );
  const body: HTMLElement[] = [];
  for (let r = 0; r < rows; r++) {
    if (sheet.hiddenRows.has(r)) continue;
    const tds: HTMLElement[] = [];
    for (const c of visibleCols) {
      const key = cellKey(r, c);
      if (covered.has(key)) continue;
      const cell = sheet.cells.get(key);
      const span = spans.get(key);
      const selected = !!sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
      const style = [
        cell?.fill && cell.fill.pattern !== 'None' ? `background:${cell.fill.color}` : '',
        cell?.font ? `font-family:"${cell.font}", "Times New Roman", serif` : '',
        cell?.bold ? 'font-weight:700' : '',
        cell?.italic ? 'font-style:italic' : '',
        cell?.align === 'Center' ? 'text-align:center' : '',
      ]
        .filter(Boolean)
        .join(';');
      tds.push(
        h(
          'td',
          {
            'data-addr': cellAddress(r, c),
            class:
              [selected ? 'pv-selected' : '', inList(r, c) ? 'pv-list' : '', cell?.border ? 'pv-border' : '']
                .filter(Boolean)
                .join(' ') || null,
            'aria-selected': selected ? 'true' : 'false',
            rowspan: span && span.rowspan > 1 ? span.rowspan : null,
            colspan: span && span.colspan > 1 ? span.colspan : null,
            style: style || null,
            onclick: () => select(r, c),
          },
          displayText(cell),
        ),
      );
    }
    body.push(h('tr', {}, h('th', { scope: 'row' }, String(r + 1)), ...tds));
  }

  const table = h(
    'table',
    { class: 'pv-grid', role: 'grid', 'aria-label': sheet.name },
    h(
      'colgroup',
      {},
      h('col', { style: 'width:40px' }),
      ...visibleCols.map((c) => h('col', { style: `width:${columnPixels(sheet, c, rows)}px` })),
    ),
    h('thead', {}, head),
    h('tbody', {}, ...body),
  );
  const tabs = book.sheets
    .filter((s) => s.visibility === 'Visible')
    .map((s) =>
      h(
        'button',
        {
          type: 'button',
          class: 'pv-tab',
          'aria-current': s.name === sheet.name ? 'true' : null,
          onclick: () => {
            book.active = s.name;
            book.selection = { sheet: s.name, top: 0, left: 0, bottom: 0, right: 0 };
            host.changed();
          },
        },
        s.name,
      ),
    );
  root.append(
    h(
      'div',
      { class: 'pv-namebox', id: 'pv-namebox', 'aria-live': 'polite' },
      sel ? selectionAddress(book) : '',
    ),
    h('div', { class: 'pv-scroll' }, table),
    h('nav', { class: 'pv-tabs' }, ...tabs),
  );
  root.querySelector('.pv-selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
