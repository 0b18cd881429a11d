/**
 * What the pane's status line says of outcomes that need more than one
 * message: fixes left unwritten, with their cells, and failed actions.
 */
import { t, type Lang, type MessageData } from '../core/messages';
import type { EditSkipped } from './excel-adapter';

/** "B9, C12" — at most MAX_CELLS_LISTED cells named, then "…". */
const MAX_CELLS_LISTED = 10;
function cellList(cells: readonly { sheet: string; cell: string }[], lang: Lang): string {
  const sheets = new Set(cells.map((c) => c.sheet));
  const names = cells.map((c) => (sheets.size > 1 ? `${c.sheet}!${c.cell}` : c.cell));
  return names.length > MAX_CELLS_LISTED
    ? t(
        'pane.cells.more',
        { cells: names.slice(0, MAX_CELLS_LISTED).join(', '), more: names.length - MAX_CELLS_LISTED },
        lang,
      )
    : names.join(', ');
}

/** What the status line says of fixes left unwritten: a line per reason, naming the cells. */
export function skippedLines(skipped: readonly EditSkipped[], lang: Lang): string[] {
  return (['changed', 'formula'] as const).flatMap((reason) => {
    const cells = skipped.filter((s) => s.reason === reason);
    return cells.length
      ? [t(`pane.status.skipped.${reason}`, { count: cells.length, cells: cellList(cells, lang) }, lang)]
      : [];
  });
}

/** What the status line says after fixes: how many were written, then why any were not (no "fixed 0" before them). */
export function fixResultLines(written: number, skipped: readonly EditSkipped[], lang: Lang): string[] {
  const fixed = written > 0 || skipped.length === 0 ? [t('pane.status.fixed', { count: written }, lang)] : [];
  return [...fixed, ...skippedLines(skipped, lang)];
}

/**
 * What the status line says when an action fails: the cases a user can act on
 * in their own words (a protected sheet, a sheet gone, several areas
 * selected), anything else with Excel's own message.
 */
export function describeError(e: unknown, checkedSheet: string | null, lang: Lang): string {
  const err = e as { code?: string; message?: string; sheet?: string } | null;
  const m = (id: string, data: MessageData = {}) => t(id, data, lang);
  if (err?.code === 'SheetProtected' && err.sheet) return m('pane.error.protected', { sheet: err.sheet });
  // Excel's own refusal, had the check before the writes missed it (a host without protection reading).
  if (err?.code === 'AccessDenied') return m('pane.error.accessDenied', { detail: err.message ?? '' });
  if (err?.code === 'InvalidSelection') return m('pane.error.multipleAreas');
  if (err?.code === 'ItemNotFound' && checkedSheet) return m('pane.error.sheetGone', { sheet: checkedSheet });
  return m('pane.error.failed', { detail: err?.message ?? String(e) });
}
