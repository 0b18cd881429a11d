/**
 * The pane's settings, kept with the workbook (Office.context.document.settings,
 * per document and add-in), and the engine Context built from them. The
 * clock is read here, at the edge, and nowhere in the engine.
 */
import { parseAgencyFile } from '../core/agency/agency-file';
import { createRegistry } from '../core/agency/registry';
import type { Lang } from '../core/messages';
import type { Context } from '../core/model/context';
import { dateInVietnam, isIsoDate } from '../core/deadline/dates';

export interface PaneSettings {
  province: string;
  /** ISO date of the plan, or '' for no check. */
  planDate: string;
  /** ISO date the report is judged at, or '' for today. */
  asOf: string;
  /** Last year of the plan's horizon ("2030"), or '' for no check. */
  horizon: string;
  /** Extra agencies in the plain agency-file format: one a line, `Name = alias; alias` (agency-file.ts). */
  agencyText: string;
  lang: Lang;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  province: '',
  planDate: '',
  asOf: '',
  horizon: '',
  agencyText: '',
  lang: 'vi',
};

const KEY = 'phuluc.settings';

/** Today in Vietnam, whatever the computer's time zone. */
export const todayInVietnam = (): string => dateInVietnam(new Date());

/** Keeps what is well-formed from a stored value; the rest falls back to the defaults. */
export function cleanSettings(raw: unknown): PaneSettings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (k: keyof PaneSettings) => (typeof o[k] === 'string' ? (o[k] as string) : DEFAULT_SETTINGS[k]);
  const date = (k: 'planDate' | 'asOf') => (isIsoDate(str(k)) ? str(k) : '');
  return {
    province: str('province').trim(),
    planDate: date('planDate'),
    asOf: date('asOf'),
    horizon: /^\d{4}$/.test(str('horizon')) ? str('horizon') : '',
    agencyText: str('agencyText'),
    lang: o.lang === 'en' ? 'en' : 'vi',
  };
}

export function loadSettings(): PaneSettings {
  return cleanSettings(Office.context.document.settings.get(KEY));
}

/** Stores the settings in the document; they are saved with it. */
export function saveSettings(s: PaneSettings): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(KEY, s);
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error),
    ),
  );
}

export interface BuiltContext {
  ctx: Context;
  /** Lines of the agency text that could not be read (1-based line, reason). */
  agencyErrors: { line: number; message: string }[];
}

export function buildContext(s: PaneSettings, today: string): BuiltContext {
  const extra = s.agencyText.trim() ? parseAgencyFile(s.agencyText) : { entries: [], errors: [] };
  const registry = createRegistry({ province: s.province || undefined, extra: extra.entries });
  return {
    ctx: {
      asOf: s.asOf || today,
      planDate: s.planDate || null,
      horizon: s.horizon ? Number(s.horizon) : null,
      registry,
    },
    agencyErrors: extra.errors,
  };
}
