/** The report's words, from the message catalogue: the report is an official Vietnamese document. */
import { isoToSerial } from '../../core/deadline/dates';
import type { MergedStatus, SourceRef, TaskReport } from '../../core/merge';
import { t, type MessageData } from '../../core/messages';
import { cellLines } from '../write/excel-text';

export const m = (id: string, data: MessageData = {}): string => t(id, data, 'vi');

export function statusLabel(status: MergedStatus | null): string {
  return status === null ? '' : m(`merge.status.${status}`);
}

export function sourceText(s: SourceRef): string {
  return s.cell === undefined
    ? m('report.source', { path: s.path, sheet: s.sheet, row: s.row })
    : m('report.sourceCell', { path: s.path, sheet: s.sheet, row: s.row, cell: s.cell });
}

/** An ISO date as a date cell (UTC midnight, so the serial is the same in every time zone). */
export function dateValue(iso: string | null): Date | null {
  if (!iso) return null;
  const [y, mo, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d));
}

export function daysBetween(from: string, to: string): number {
  return isoToSerial(to) - isoToSerial(from);
}

/**
 * `f` of each item, made as the cell takes them (`cellLines` stops at what a cell holds): a task
 * every commune reports on has thousands of lines, of which a cell shows a few hundred.
 */
export function* each<T>(items: Iterable<T>, f: (item: T) => string): Iterable<string> {
  for (const item of items) yield f(item);
}

/** Each text once, in the order first met. */
export function* once(texts: Iterable<string>): Iterable<string> {
  const seen = new Set<string>();
  for (const text of texts) {
    if (seen.has(text)) continue;
    seen.add(text);
    yield text;
  }
}

/** One report per line, prefixed with its agency when there are several. */
export function perAgency(reports: readonly TaskReport[], text: (r: TaskReport) => string): string {
  if (reports.length === 1) return text(reports[0]);
  return cellLines(each(reports, (r) => `${r.agency ?? '?'}: ${text(r)}`));
}
