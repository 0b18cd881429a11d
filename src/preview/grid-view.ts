/**
 * The simulated host's sheet as an HTML grid: column letters, row numbers,
 * merged cells, hidden rows and columns left out, fills, fonts, drop-down
 * markers, the selection and a name box. Clicking a cell selects it;
 * shift+click or a drag selects the rectangle from the last clicked cell,
 * so "Chuyển mã" can work on a range here as in Excel. From the keyboard,
 * Tab reaches the active cell, the arrows move it and shift+arrows extend
 * the selection.
 */
import { cellAddress, columnLetter } from '../core/model/sheet';
import { clear, h } from '../taskpane/dom';
import { selectionAddress, type FakeHost } from './fake-excel';
import { cellKey, displayText, usedArea, type FakeSheet } from './fake-model';

/** The grid shows at most this many rows: enough for any appendix, light for the browser. */
const MAX_SHOWN_ROWS = 400;

type Point = { r: number; c: number };

/** Where a selection started (the last plain click) and the active cell; a drag in progress. */
const cursor = { anchor: { r: 0, c: 0 } as Point, active: { r: 0, c: 0 } as Point, dragging: false };
let listening = false;

/** The selection from the anchor to `to`, as a rectangle. */
function selectTo(host: FakeHost, sheet: string, anchor: Point, to: Point): void {
  cursor.anchor = anchor;
  cursor.active = to;
  host.book.selection = {
    sheet,
    top: Math.min(anchor.r, to.r),
    left: Math.min(anchor.c, to.c),
    bottom: Math.max(anchor.r, to.r),
    right: Math.max(anchor.c, to.c),
  };
  host.changed();
}

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

  if (!listening) {
    listening = true;
    document.addEventListener('mouseup', () => (cursor.dragging = false));
  }
  // The selection may have been set from outside (a finding clicked in the pane): start from it.
  const inSel = (p: Point) =>
    !!sel && p.r >= sel.top && p.r <= sel.bottom && p.c >= sel.left && p.c <= sel.right;
  if (sel && !(inSel(cursor.anchor) && inSel(cursor.active))) {
    cursor.anchor = { r: sel.top, c: sel.left };
    cursor.active = { r: sel.top, c: sel.left };
  }
  const active = cursor.active;
  const press = (e: Event, r: number, c: number) => {
    const mouse = e as MouseEvent;
    if (mouse.button !== 0) return;
    mouse.preventDefault();
    cursor.dragging = !mouse.shiftKey;
    selectTo(host, sheet.name, mouse.shiftKey ? cursor.anchor : { r, c }, { r, c });
  };
  const enter = (r: number, c: number) => {
    if (cursor.dragging && (r !== cursor.active.r || c !== cursor.active.c))
      selectTo(host, sheet.name, cursor.anchor, { r, c });
  };
  const lastRow = rows - 1;
  const lastCol = cols - 1;
  const step = (from: number, by: number, last: number, hidden: Set<number>) => {
    let n = from + by;
    while (n >= 0 && n <= last && hidden.has(n)) n += by;
    return n < 0 || n > last ? from : n;
  };
  const onKey = (e: Event) => {
    const k = e as KeyboardEvent;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[k.key];
    if (!move) return;
    k.preventDefault();
    const to = {
      r: move[0] ? step(cursor.active.r, move[0], lastRow, sheet.hiddenRows) : cursor.active.r,
      c: move[1] ? step(cursor.active.c, move[1], lastCol, sheet.hiddenCols) : cursor.active.c,
    };
    refocus = true;
    selectTo(host, sheet.name, k.shiftKey ? cursor.anchor : to, to);
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
            tabindex: r === active.r && c === active.c ? 0 : -1,
            onmousedown: (e: Event) => press(e, r, c),
            onmouseenter: () => enter(r, c),
            onkeydown: onKey,
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
  // The active cell keeps the keyboard focus across the redraw; a covered cell's is its merged area's.
  const merge = sheet.merges.find(
    (m) => active.r >= m.top && active.r <= m.bottom && active.c >= m.left && active.c <= m.right,
  );
  const focusCell = root.querySelector<HTMLElement>(
    `td[data-addr="${merge ? cellAddress(merge.top, merge.left) : cellAddress(active.r, active.c)}"]`,
  );
  focusCell?.setAttribute('tabindex', '0');
  if (refocus) focusCell?.focus();
  refocus = false;
  root.querySelector('.pv-selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Set by an arrow key: the redraw it causes gives the focus back to the active cell. */
let refocus = false;
