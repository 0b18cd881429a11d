/**
 * The task pane: builds its page, turns clicks into engine calls and adapter
 * intents (read, select, mark, fix, convert, lists, template), and reports
 * every outcome in a live status line. The same engine and messages as the
 * command line; all Excel work goes through excel-adapter.ts.
 */
import { checkWorkbook } from '../core/engine';
import { composeFixes, UNICODE_FONT } from '../core/fix/compose';
import { t, type Lang, type MessageData } from '../core/messages';
import type { Finding, Fix, Severity } from '../core/model/finding';
import { columnLetter, parseAddress } from '../core/model/sheet';
import type { TaskTable } from '../core/model/task';
import { STATUS_CODES, STATUS_LABELS } from '../core/status';
import { convertLegacy, detectLegacy } from '../core/text/legacy/detect';
import { clear, h } from './dom';
import { dropdownTargets } from './dropdown-rows';
import * as excel from './excel-adapter';
import { countBySeverity, renderFindings, SEVERITIES } from './findings-view';
import { tableNumbers } from './finding-table';
import { describeError, fixResultLines } from './status-lines';
import { renderFixes } from './fix-view';
import { markTargets } from './marks';
import { buildContext, loadSettings, saveSettings, todayInVietnam, type PaneSettings } from './settings';
import { renderSettings } from './settings-view';

/**
 * Dispatched on the pane's root (bubbling) with the language as `detail`
 * whenever the pane is built: the page around it (title, the preview's bar)
 * follows the pane's language setting.
 */
export const LANG_EVENT = 'pl-lang';

type Panel = 'results' | 'fix' | 'settings';

interface CheckState {
  sheet: string;
  tables: TaskTable[];
  findings: Finding[];
  /** 0-based rows and columns hidden on the checked sheet: a finding there is selected but not seen. */
  hiddenRows: ReadonlySet<number>;
  hiddenCols: ReadonlySet<number>;
  /** The table a finding is in, numbered left to right, when the sheet holds several. */
  tableOf: (f: Finding) => number | null;
}

type Action = 'check' | 'mark' | 'unmark' | 'fix' | 'convert' | 'dropdowns' | 'template' | 'settings';

export class Pane {
  private settings: PaneSettings;
  private agencyErrors: { line: number; message: string }[] = [];
  private checked: CheckState | null = null;
  private shown = new Set<Severity>(SEVERITIES);
  private panel: Panel = 'results';
  private busy = false;
  private focusAfter: HTMLElement | null = null;
  private readonly buttons = new Map<Action, HTMLButtonElement>();
  private status!: HTMLElement;
  private progress!: HTMLProgressElement;
  private body!: HTMLElement;

  constructor(private readonly root: HTMLElement) {
    this.settings = loadSettings();
    this.agencyErrors = buildContext(this.settings, todayInVietnam()).agencyErrors;
    this.build();
  }

  private get lang(): Lang {
    return this.settings.lang;
  }

  private m(id: string, data: MessageData = {}): string {
    return t(id, data, this.lang);
  }

  /** The page skeleton; rebuilt when the language changes. */
  private build(): void {
    clear(this.root);
    document.documentElement.lang = this.lang;
    this.buttons.clear();
    const button = (action: Action, primary = false) => {
      const b = h(
        'button',
        {
          type: 'button',
          class: `pl-button${primary ? ' pl-primary' : ''}`,
          'data-action': action,
          title: this.m(`pane.action.${action}.hint`),
          onclick: () => this.onAction(action),
        },
        this.m(`pane.action.${action}`),
      );
      this.buttons.set(action, b);
      return b;
    };
    this.status = h('p', { class: 'pl-status', role: 'status', 'aria-live': 'polite' });
    this.progress = h('progress', {
      class: 'pl-progress',
      max: 1,
      value: 0,
      hidden: true,
      'aria-label': this.m('pane.progress'),
    });
    this.body = h('div', { class: 'pl-body' });
    this.root.append(
      h(
        'header',
        { class: 'pl-header' },
        h('h1', {}, this.m('pane.title')),
        h('p', { class: 'pl-subtitle' }, this.m('pane.subtitle')),
      ),
      h('div', { class: 'pl-actions' }, button('check', true)),
      h(
        'div',
        { class: 'pl-tools', role: 'group', 'aria-label': this.m('pane.title') },
        ...(['mark', 'unmark', 'fix', 'convert', 'dropdowns', 'template', 'settings'] as const).map((a) =>
          button(a),
        ),
      ),
      this.progress,
      this.status,
      this.body,
    );
    this.renderBody();
    this.root.dispatchEvent(new CustomEvent<Lang>(LANG_EVENT, { detail: this.lang, bubbles: true }));
  }

  private renderBody(focus = false): void {
    clear(this.body);
    const section = h('section', { class: `pl-panel pl-panel-${this.panel}` });
    this.body.append(section);
    if (this.panel === 'fix' && this.checked) {
      renderFixes(
        section,
        this.checked.findings,
        this.lang,
        {
          apply: (fixes) => void this.run(() => this.applyFixes(fixes)),
          close: () => this.show('results', 'fix'),
        },
        this.checked.tableOf,
      );
    } else if (this.panel === 'settings') {
      renderSettings(
        section,
        { settings: this.settings, agencyErrors: this.agencyErrors },
        {
          save: (s) => void this.run(() => this.saveSettings(s)),
          close: () => this.show('results', 'settings'),
        },
      );
    } else {
      section.append(h('h2', { id: 'pl-results-title' }, this.m('pane.results')));
      const list = h('div', { class: 'pl-results' });
      section.append(list);
      renderFindings(
        list,
        {
          findings: this.checked?.findings ?? null,
          shown: this.shown,
          lang: this.lang,
          tableOf: this.checked?.tableOf,
        },
        {
          select: (f) => void this.run(() => this.select(f)),
          toggle: (s) => {
            if (this.shown.has(s)) this.shown.delete(s);
            else this.shown.add(s);
            this.renderBody();
            (this.body.querySelector(`[data-severity="${s}"]`) as HTMLElement | null)?.focus();
          },
        },
      );
    }
    if (focus) {
      const heading = section.querySelector('h2');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
  }

  /** Switches panels; on closing one, focus goes back to the button that opened it. */
  private show(panel: Panel, returnTo?: Action): void {
    this.panel = panel;
    this.renderBody(!returnTo);
    if (returnTo) this.focusButton(returnTo);
  }

  /** A disabled button cannot take focus: while an action runs, focus moves when it ends. */
  private focusButton(action: Action): void {
    const button = this.buttons.get(action);
    if (this.busy) this.focusAfter = button ?? null;
    else button?.focus();
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  private onAction(action: Action): void {
    // A new action's outcome replaces the last one, so the live region announces only fresh news.
    this.say('');
    if (action === 'settings') return this.show('settings');
    const work: Record<Exclude<Action, 'settings'>, () => Promise<void>> = {
      check: () => this.check(),
      mark: () => this.mark(),
      unmark: () => this.unmark(),
      fix: () => this.fix(),
      convert: () => this.convert(),
      dropdowns: () => this.dropdowns(),
      template: () => this.template(),
    };
    void this.run(work[action]);
  }

  /** One action at a time; the buttons say so while it runs, and any failure becomes a readable line. */
  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.root.setAttribute('aria-busy', 'true');
    this.buttons.forEach((b) => (b.disabled = true));
    try {
      await work();
    } catch (e) {
      this.say(this.describeError(e));
    } finally {
      this.busy = false;
      this.root.removeAttribute('aria-busy');
      this.buttons.forEach((b) => (b.disabled = false));
      this.progress.hidden = true;
      this.focusAfter?.focus();
      this.focusAfter = null;
    }
  }

  private describeError(e: unknown): string {
    return describeError(e, this.checked?.sheet ?? null, this.lang);
  }

  /** Checks the active sheet, or `sheetName` (the sheet just fixed, though the user may have moved on). */
  private async check(sheetName?: string): Promise<void> {
    this.progress.hidden = false;
    const read = await excel.readActiveSheet((done, total) => {
      this.progress.max = Math.max(1, total);
      this.progress.value = done;
      this.say(this.m('pane.status.reading', { done, total }));
    }, sheetName);
    const sheet = read.workbook.sheets[0];
    const rows = sheet?.cells.length ?? 0;
    // The engine runs on the pane's own thread: say so and let the page paint before a long table blocks it.
    this.say(this.m('pane.status.checking', { sheet: read.sheet, rows }));
    await nextPaint();
    const built = buildContext(this.settings, todayInVietnam());
    this.agencyErrors = built.agencyErrors;
    const result = checkWorkbook(read.workbook, built.ctx);
    this.checked = {
      sheet: read.sheet,
      tables: result.tables,
      findings: result.findings,
      hiddenRows: new Set(sheet?.hiddenRows ?? []),
      hiddenCols: new Set(sheet?.hiddenCols ?? []),
      tableOf: tableNumbers(result.tables),
    };
    if (this.panel !== 'fix') this.panel = 'results';
    this.renderBody();
    const counts = countBySeverity(result.findings);
    const tasks = result.tables.reduce((n, tb) => n + tb.tasks.length, 0);
    const empty = !sheet?.cells.some((r) => r.some((c) => c !== undefined));
    const lines = [
      empty
        ? this.m('pane.status.emptySheet', { sheet: read.sheet })
        : this.m(result.findings.length ? 'pane.status.checked' : 'pane.status.clean', {
            sheet: read.sheet,
            tasks,
            errors: counts.error,
            warnings: counts.warning,
            infos: counts.info,
          }),
    ];
    if (result.tables.length > 1) lines.push(this.m('pane.status.tables', { count: result.tables.length }));
    if (read.merges === 'unsupported') lines.push(this.m('pane.status.mergesUnsupported'));
    if (read.merges === 'failed') lines.push(this.m('pane.status.mergesFailed'));
    if (built.agencyErrors.length)
      lines.push(this.m('pane.status.agencyErrors', { count: built.agencyErrors.length }));
    this.say(lines.join(' '));
  }

  private async select(f: Finding): Promise<void> {
    if (!f.sheet || !f.cell) return;
    await excel.selectCell(f.sheet, f.cell);
    // Excel selects a cell in a hidden row or column without showing it: say where it is.
    const { row, col } = parseAddress(f.cell);
    const checked = this.checked;
    if (checked?.sheet === f.sheet && checked.hiddenRows.has(row))
      this.say(this.m('pane.status.hiddenRow', { cell: f.cell, row: row + 1 }));
    else if (checked?.sheet === f.sheet && checked.hiddenCols.has(col))
      this.say(this.m('pane.status.hiddenColumn', { cell: f.cell, column: columnLetter(col) }));
  }

  private async mark(): Promise<void> {
    const targets = markTargets(this.checked?.findings ?? []);
    // After a check that found nothing with a cell (no table at all), "check first" would be wrong advice.
    if (!targets.length)
      return this.say(this.m(this.checked ? 'pane.status.noCellToMark' : 'pane.status.nothingToMark'));
    const count = await excel.markCells(targets);
    this.say(this.m('pane.status.marked', { count }));
  }

  private async unmark(): Promise<void> {
    const count = await excel.clearMarks();
    this.say(this.m('pane.status.unmarked', { count }));
  }

  /** Fixes are proposed from a fresh check: the sheet may have changed since the last one. */
  private async fix(): Promise<void> {
    await this.check();
    if (!this.checked?.findings.some((f) => f.fix)) return this.say(this.m('pane.status.noFixes'));
    this.show('fix');
  }

  private async applyFixes(fixes: Fix[]): Promise<void> {
    const edits = composeFixes(fixes);
    const { written, skipped } = await excel.applyEdits(edits);
    this.panel = 'results';
    // The sheet the fixes were for, checked again even if the user has switched to another meanwhile.
    await this.check(this.checked?.sheet);
    const done = fixResultLines(written, skipped, this.lang);
    this.say(`${done.join(' ')} ${this.status.textContent ?? ''}`);
    this.focusButton('fix');
  }

  private async convert(): Promise<void> {
    const { converted } = await excel.convertSelection((text, font) => {
      const encoding = detectLegacy(text, font);
      return encoding ? convertLegacy(text, encoding, font) : null;
    }, UNICODE_FONT);
    this.say(
      this.m(converted ? 'pane.status.converted' : 'pane.status.nothingToConvert', { count: converted }),
    );
  }

  /** Lists on every table of the sheet: two report tables side by side each get their status list. */
  private async dropdowns(): Promise<void> {
    await this.check();
    const targets = this.checked ? dropdownTargets(this.checked.tables, this.checked.sheet) : [];
    if (!targets.length) return this.say(this.m('pane.status.noTable'));
    const registry = buildContext(this.settings, todayInVietnam()).ctx.registry;
    await excel.addDropdowns({
      targets,
      agencies: registry.provincial(),
      statuses: STATUS_CODES.map((c) => STATUS_LABELS[c].vi),
      alert: { title: this.m('pane.dropdown.alertTitle'), message: this.m('pane.dropdown.alertMessage') },
    });
    const parts = targets.map((t) => ({
      columns: [t.lead, t.partners, t.status].filter(Boolean).join(', '),
      first: t.firstRow,
      last: t.lastRow,
    }));
    this.say(
      parts.length === 1
        ? this.m('pane.status.dropdowns', parts[0])
        : this.m('pane.status.dropdownsTables', {
            count: parts.length,
            parts: parts.map((p) => this.m('pane.status.dropdownsPart', p)).join('; '),
          }),
    );
  }

  private async template(): Promise<void> {
    const sheet = await excel.insertAppendixSheet('plan');
    this.say(this.m('pane.status.inserted', { sheet }));
  }

  private async saveSettings(s: PaneSettings): Promise<void> {
    const langChanged = s.lang !== this.settings.lang;
    this.settings = s;
    this.agencyErrors = buildContext(s, todayInVietnam()).agencyErrors;
    await saveSettings(s);
    if (langChanged) this.build();
    else this.renderBody();
    this.say(this.m('pane.status.saved'));
    if (!this.agencyErrors.length) this.show('results', 'settings');
  }
}

/**
 * Resolves once the browser has painted what was just put on the page (a
 * timeout after the next frame), or after 100 ms where frames are paused (a
 * pane out of sight).
 */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
}

export function mountPane(root: HTMLElement): Pane {
  return new Pane(root);
}
