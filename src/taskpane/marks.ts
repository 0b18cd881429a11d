/**
 * Marking problem cells without losing the user's own fills. Each marked cell
 * remembers the fill it had before; clearing restores exactly that — "no fill"
 * with fill.clear() (white reads the same but is a different format), a
 * solid or patterned fill by its colour, pattern and pattern colour. The
 * displayed colour is restored, not a theme reference. The list lives in the
 * workbook's settings, so it survives closing the pane or the file.
 */
import type { Finding, Severity } from '../core/model/finding';

export const MARKS_SETTING = 'phuluc.marks';

/** Excel's own "bad / neutral / note" tints, readable with black text. */
export const MARK_COLORS: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** A cell's fill as getCellProperties reports it (ExcelApi 1.9). */
export interface SavedFill {
  /** "None" for no fill, "Solid", or a pattern name. */
  pattern: string;
  color: string;
  patternColor?: string;
}

export interface Mark {
  sheet: string;
  cell: string;
  /** The colour the pane painted. */
  color: string;
  before: SavedFill;
}

export interface MarkTarget {
  sheet: string;
  cell: string;
  color: string;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One target per cell, coloured by the worst finding in it; findings without a cell are not marked. */
export function markTargets(findings: readonly Finding[]): MarkTarget[] {
  const worst = new Map<string, Finding>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const seen = worst.get(key);
    if (!seen || rank[f.severity] < rank[seen.severity]) worst.set(key, f);
  }
  return [...worst.values()].map((f) => ({
    sheet: f.sheet as string,
    cell: f.cell as string,
    color: MARK_COLORS[f.severity],
  }));
}

export function markKey(m: { sheet: string; cell: string }): string {
  return `${m.sheet}!${m.cell}`;
}

/** The stored list; anything unreadable counts as no marks (the fills are then the user's). */
export function parseMarks(json: unknown): Mark[] {
  if (typeof json !== 'string' || !json) return [];
  try {
    const data: unknown = JSON.parse(json);
    return Array.isArray(data) ? data.filter(isMark) : [];
  } catch {
    return [];
  }
}

function isMark(m: unknown): m is Mark {
  const x = m as Mark;
  return (
    !!x &&
    typeof x.sheet === 'string' &&
    typeof x.cell === 'string' &&
    typeof x.color === 'string' &&
    !!x.before &&
    typeof x.before.pattern === 'string'
  );
}

/**
 * Adds new marks. A cell marked again keeps the fill it had before the first
 * mark while it still shows that mark (its current fill is ours, not the
 * user's); one the user repainted since keeps the user's colour to restore.
 */
export function addMarks(existing: readonly Mark[], added: readonly Mark[]): Mark[] {
  const byKey = new Map(existing.map((m) => [markKey(m), m] as const));
  for (const m of added) {
    const old = byKey.get(markKey(m));
    byKey.set(markKey(m), old && stillMarked(old, m.before) ? { ...m, before: old.before } : m);
  }
  return [...byKey.values()];
}

function sameColor(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toUpperCase() === b.toUpperCase();
}

/** Whether a cell still shows the pane's mark; if the user repainted it since, it is left alone. */
export function stillMarked(mark: Mark, current: SavedFill): boolean {
  return current.pattern === 'Solid' && sameColor(current.color, mark.color);
}

/** A fill read from getCellProperties, with the fields a restore needs. */
export function savedFill(fill: Partial<SavedFill> | undefined): SavedFill {
  const out: SavedFill = { pattern: fill?.pattern ?? 'None', color: fill?.color ?? '#FFFFFF' };
  // A pattern's second colour matters only when there is a pattern.
  if (fill?.patternColor && out.pattern !== 'None' && out.pattern !== 'Solid')
    out.patternColor = fill.patternColor;
  return out;
}
