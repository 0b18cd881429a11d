/** The readable report of `phuluc validate`: by file, then by severity, each finding at its cell. */
import { findingMessage, t, type Lang } from '../../core/messages';
import type { Finding, Severity } from '../../core/model/finding';
import { columnIndex, columnLetter } from '../../core/model/sheet';
import type { TaskTable } from '../../core/model/task';
import type { FileResult } from '../validate-files';
import { countSeverities } from './validate-json';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function location(f: Finding): string {
  if (!f.cell) return f.sheet ?? '';
  return f.sheet ? `${f.sheet}!${f.cell}` : f.cell;
}

/**
 * A text with line breaks (a cell's Alt+Enter lines: the suggested partners, one per line) printed as its
 * lines, each further one on its own line at `indent`: never joined with a mark that could be taken for
 * something to type into the cell.
 */
function onLines(text: string, indent: string): string {
  return text.includes('\n') ? text.split(/\r?\n/).join(`\n${indent}`) : text;
}

/** A table's rows, from its header to its last data row. */
function rowsOf(t: TaskTable): [number, number] {
  return [t.headerRow, Math.max(t.headerRow, t.lastDataRow)];
}

/** Tables with another of their sheet beside them, on some of the same rows: their rows alone do not tell them apart. */
function sideBySide(tables: readonly TaskTable[]): Set<TaskTable> {
  const out = new Set<TaskTable>();
  tables.forEach((a, i) => {
    const [top, bottom] = rowsOf(a);
    for (const b of tables.slice(i + 1)) {
      const [bTop, bBottom] = rowsOf(b);
      if (a.sheet === b.sheet && top <= bBottom && bTop <= bottom) out.add(a).add(b);
    }
  });
  return out;
}

/** The first and last of a table's columns read ("A", "F"). */
function columnSpan(t: TaskTable): { from: string; to: string } | null {
  const cols = Object.values(t.columns).map(columnIndex);
  if (cols.length === 0) return null;
  // A loop, as everywhere here: few columns, but no spread into Math.min.
  const from = cols.reduce((a, b) => Math.min(a, b));
  const to = cols.reduce((a, b) => Math.max(a, b));
  return { from: columnLetter(from), to: columnLetter(to) };
}

export function validateText(results: readonly FileResult[], lang: Lang): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(t('validate.file', { path: r.path }, lang));
    const beside = r.tables.length > 1 ? sideBySide(r.tables) : null;
    for (const table of r.tables) {
      // Two tables level in one sheet are told apart by their columns; a table alone keeps its usual line.
      const span = beside?.has(table) ? columnSpan(table) : null;
      lines.push(
        '  ' +
          t(
            `${table.kind === 'report' ? 'validate.tableReport' : 'validate.tablePlan'}${span ? 'Columns' : ''}`,
            {
              ...span,
              sheet: table.sheet,
              tasks: table.tasks.length,
              header: table.headerRow,
              first: table.firstDataRow,
              last: table.lastDataRow,
            },
            lang,
          ),
      );
    }
    if (r.findings.length === 0) lines.push('  ' + t('validate.noIssues', {}, lang));
    for (const severity of SEVERITIES) {
      const group = r.findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push(`  ${t(`severity.${severity}`, {}, lang)} (${group.length})`);
      // A loop, not Math.max(...): a file can have more findings than a call takes arguments.
      const width = group.reduce((w, f) => Math.max(w, location(f).length), 0);
      // Where a finding's text starts: its further lines, and the suggestion, line up there.
      const indent = `    ${' '.repeat(width)}  `;
      for (const f of group) {
        const message = findingMessage(f, lang);
        let line = `    ${location(f).padEnd(width)}  ${onLines(message, indent)} [${f.code}]`;
        // A fix that empties the cell (the lead was the only partner) is said so, not shown as nothing.
        const suggestion = f.suggestion === '' && f.fix ? t('validate.emptied', {}, lang) : f.suggestion;
        if (suggestion && !message.includes(suggestion))
          line += `\n${indent}→ ${onLines(suggestion, `${indent}  `)}`;
        lines.push(line);
      }
    }
    lines.push('');
  }
  const all = results.flatMap((r) => r.findings);
  const counts = countSeverities(all);
  lines.push(
    t(
      'validate.summary',
      {
        files: results.length,
        tables: results.reduce((n, r) => n + r.tables.length, 0),
        tasks: results.reduce((n, r) => n + r.tables.reduce((m, tb) => m + tb.tasks.length, 0), 0),
        ...counts,
      },
      lang,
    ),
  );
  return lines.join('\n') + '\n';
}
