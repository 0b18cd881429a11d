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

/** One report per line, prefixed with its agency when there are several. */
export function perAgency(reports: readonly TaskReport[], text: (r: TaskReport) => string): string {
  if (reports.length === 1) return text(reports[0]);
  return cellLines(reports.map((r) => `${r.agency ?? '?'}: ${text(r)}`));
}
