/** What `phuluc fix` prints: every change as "sheet!cell: before → after", or the JSON document. */
import type { CellEdit } from '../../core/fix/compose';
import type { FixKind } from '../../core/model/finding';
import { messageRef, t, type Lang } from '../../core/messages';
import { countSeverities } from '../format/validate-json';
import type { FixResult } from './fix-file';

export const FIX_SCHEMA_VERSION = 1;

export interface FixPaths {
  input: string;
  output: string;
}

/** Each kind once: two agency names fixed in one cell are one "agency" change of that cell. */
const kindsOf = (edit: CellEdit): FixKind[] => [...new Set(edit.kinds)];

function byKind(result: FixResult): Partial<Record<FixKind, number>> {
  const counts: Partial<Record<FixKind, number>> = {};
  for (const edit of result.applied) for (const kind of kindsOf(edit)) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

export function fixJson(result: FixResult, paths: FixPaths) {
  return {
    schemaVersion: FIX_SCHEMA_VERSION,
    input: paths.input,
    output: paths.output,
    format: result.format,
    outputFormat: 'xlsx',
    convertedFrom: result.convertedFrom,
    changes: result.applied.map((e) => ({
      sheet: e.sheet,
      cell: e.cell,
      before: e.before,
      after: e.after,
      kinds: kindsOf(e),
    })),
    skipped: result.skipped.map((s) => ({
      sheet: s.edit.sheet,
      cell: s.edit.cell,
      before: s.edit.before,
      after: s.edit.after,
      reason: s.reason,
    })),
    summary: {
      changes: result.applied.length,
      byKind: byKind(result),
      skipped: result.skipped.length,
      remaining: countSeverities(result.remaining),
    },
  };
}

/**
 * The JSON document for an input that cannot be read: nothing written, the reason said, in the shape of
 * the usual one (no changes, no summary) so that a script reads `error` instead of failing on empty output.
 */
export function fixFailureJson(input: string, code: string, reason: string, lang: Lang) {
  return {
    schemaVersion: FIX_SCHEMA_VERSION,
    input,
    output: null,
    format: null,
    outputFormat: null,
    convertedFrom: null,
    changes: [],
    skipped: [],
    summary: null,
    error: { code, reason: t(`read.reason.${reason}`, {}, lang), reasonCode: reason },
  };
}

/** Line breaks inside a cell shown as a visible mark, so one change stays on one line. */
const oneLine = (s: string) => `“${s.replace(/\r?\n/g, ' ↵ ')}”`;

export function fixText(result: FixResult, paths: FixPaths, lang: Lang): string {
  const lines: string[] = [];
  // How the copy was made decides what it may have lost.
  if (result.via === 'sheetjs' || result.via === 'values')
    lines.push(t(`fix.converted.${result.via}`, { format: result.format }, lang));
  if (result.format === 'xlsm') lines.push(t('fix.macrosDropped', {}, lang));
  if (result.applied.length === 0) {
    lines.push(t('fix.nothing', { output: paths.output }, lang));
  } else {
    lines.push(
      t('fix.changes', { count: result.applied.length, input: paths.input, output: paths.output }, lang),
    );
    for (const e of result.applied) {
      const kinds = kindsOf(e)
        .map((k) => t(`fix.kind.${k}`, {}, lang))
        .join(', ');
      lines.push(`  ${e.sheet}!${e.cell}: ${oneLine(e.before)} → ${oneLine(e.after)}  (${kinds})`);
    }
  }
  for (const s of result.skipped) {
    lines.push(
      t(
        'fix.skipped',
        { cell: `${s.edit.sheet}!${s.edit.cell}`, reason: messageRef(`fix.skip.${s.reason}`) },
        lang,
      ),
    );
  }
  const counts = countSeverities(result.remaining);
  const left = counts.errors + counts.warnings + counts.infos;
  lines.push(
    left
      ? t('fix.remaining', { ...counts, count: left, output: paths.output }, lang)
      : t('fix.clean', {}, lang),
  );
  return lines.join('\n') + '\n';
}
