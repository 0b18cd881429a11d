/** The settings form: province, dates, horizon, extra agencies and language. */
import { formatDateVi, parseDateVi } from '../core/deadline/dates';
import { PROVINCES } from '../core/agency/provinces';
import { t } from '../core/messages';
import { clear, h } from './dom';
import type { PaneSettings } from './settings';

export interface SettingsEvents {
  save(s: PaneSettings): void;
  close(): void;
}

export interface SettingsViewState {
  settings: PaneSettings;
  /** Problems in the agency text, shown under it. */
  agencyErrors: { line: number; message: string }[];
}

function field(id: string, label: string, hint: string | null, control: HTMLElement): HTMLElement {
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'pl-field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'pl-hint', id: `${id}-hint` }, hint) : null,
  );
}

export function renderSettings(root: HTMLElement, state: SettingsViewState, events: SettingsEvents): void {
  clear(root);
  const { settings: s } = state;
  const lang = s.lang;
  const m = (id: string) => t(id, {}, lang);
  const province = h('input', {
    id: 'pl-province',
    type: 'text',
    list: 'pl-provinces',
    value: s.province,
    autocomplete: 'off',
  });
  // Text, not type="date": the browser's picker shows month/day on an English system; Vietnamese dates are day first.
  const dateInput = (id: string, iso: string) =>
    h('input', {
      id,
      type: 'text',
      inputmode: 'numeric',
      placeholder: m('pane.settings.date.placeholder'),
      value: iso ? formatDateVi(iso) : '',
      autocomplete: 'off',
    });
  const planDate = dateInput('pl-plan-date', s.planDate);
  const asOf = dateInput('pl-as-of', s.asOf);
  const dateError = h(
    'p',
    { class: 'pl-alert', id: 'pl-date-error', role: 'alert', hidden: true },
    m('pane.settings.date.bad'),
  );
  const horizon = h('input', {
    id: 'pl-horizon',
    type: 'text',
    inputmode: 'numeric',
    pattern: '\\d{4}',
    maxlength: 4,
    value: s.horizon,
  });
  const agencies = h('textarea', { id: 'pl-agencies', rows: 5, spellcheck: false });
  agencies.value = s.agencyText;
  const language = h(
    'select',
    { id: 'pl-lang' },
    ...(['vi', 'en'] as const).map((l) =>
      h('option', { value: l, selected: l === lang }, m(`pane.lang.${l}`)),
    ),
  );
  const horizonError = h(
    'p',
    { class: 'pl-alert', id: 'pl-horizon-error', role: 'alert', hidden: true },
    m('pane.settings.horizon.bad'),
  );
  const form = h(
    'form',
    {
      class: 'pl-form',
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const dates = [planDate, asOf].map((input) => {
          const text = input.value.trim();
          const iso = text ? parseDateVi(text) : '';
          input.toggleAttribute('aria-invalid', iso === null);
          return iso;
        });
        const wrong = dates.indexOf(null);
        dateError.hidden = wrong < 0;
        // Each error shows only while its own field is wrong.
        const year = horizon.value.trim();
        const yearWrong = year !== '' && !/^\d{4}$/.test(year);
        horizonError.hidden = !yearWrong;
        horizon.toggleAttribute('aria-invalid', yearWrong);
        if (wrong >= 0) {
          [planDate, asOf][wrong].focus();
          return;
        }
        if (yearWrong) {
          horizon.focus();
          return;
        }
        events.save({
          province: province.value.trim(),
          planDate: dates[0] ?? '',
          asOf: dates[1] ?? '',
          horizon: year,
          agencyText: agencies.value,
          lang: language.value === 'en' ? 'en' : 'vi',
        });
      },
    },
    h('h2', { id: 'pl-settings-title' }, m('pane.settings.heading')),
    field('pl-province', m('pane.settings.province'), m('pane.settings.province.hint'), province),
    h('datalist', { id: 'pl-provinces' }, ...PROVINCES.map((p) => h('option', { value: p }))),
    field('pl-plan-date', m('pane.settings.planDate'), m('pane.settings.planDate.hint'), planDate),
    field('pl-as-of', m('pane.settings.asOf'), m('pane.settings.asOf.hint'), asOf),
    dateError,
    field('pl-horizon', m('pane.settings.horizon'), m('pane.settings.horizon.hint'), horizon),
    horizonError,
    field('pl-agencies', m('pane.settings.agencies'), m('pane.settings.agencies.hint'), agencies),
    state.agencyErrors.length
      ? h(
          'ul',
          { class: 'pl-alert', role: 'alert' },
          ...state.agencyErrors.map((e) =>
            h(
              'li',
              {},
              t('pane.settings.agencies.error', { line: e.line, message: t(e.message, {}, lang) }, lang),
            ),
          ),
        )
      : null,
    field('pl-lang', m('pane.settings.lang'), null, language),
    h(
      'div',
      { class: 'pl-row' },
      h('button', { type: 'submit', class: 'pl-button pl-primary' }, m('pane.settings.save')),
      h(
        'button',
        { type: 'button', class: 'pl-button', onclick: () => events.close() },
        m('pane.settings.close'),
      ),
    ),
  );
  root.append(form);
}
