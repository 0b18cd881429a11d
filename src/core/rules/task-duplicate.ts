import { cellOf, type TaskRow } from '../model/task';
import { defineRule } from './define-rule';

/**
 * Task text as compared here: case ignored, code unit by code unit, through the lower case of each letter of
 * the Latin (Vietnamese included), Greek, Cyrillic and Armenian alphabets. The text is already NFC with its
 * spacing cleaned; the full folding key (marks, punctuation, tone placement) costs too much on every long
 * task description of a large table, and so did a lower-cased copy of each (100,000 texts let go at once).
 */
const FOLDED_RANGES: readonly [number, number][] = [
  [0x0000, 0x058f],
  [0x1e00, 0x1fff],
];
const FOLD = (() => {
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < fold.length; c++) fold[c] = c;
  for (const [from, to] of FOLDED_RANGES)
    for (let c = from; c <= to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1) fold[c] = lower.charCodeAt(0);
    }
  return fold;
})();

/** Whether two texts are the same task text (see FOLD). */
function sameTask(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (FOLD[a.charCodeAt(i)] !== FOLD[b.charCodeAt(i)]) return false;
  return true;
}

function foldTask(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += String.fromCharCode(FOLD[text.charCodeAt(i)]);
  return folded;
}

const ENDS = 32;

/**
 * FNV-1a over a text's length and the folded code units of its first and last
 * 32 characters: enough to tell most tasks apart before comparing them whole
 * (hashing every character of long texts cost more than it saved).
 */
function hashTask(text: string): number {
  let h = Math.imul(0x811c9dc5 ^ text.length, 0x01000193);
  const n = text.length;
  const head = Math.min(n, ENDS);
  for (let i = 0; i < head; i++) h = Math.imul(h ^ FOLD[text.charCodeAt(i)], 0x01000193);
  for (let i = Math.max(head, n - ENDS); i < n; i++) h = Math.imul(h ^ FOLD[text.charCodeAt(i)], 0x01000193);
  // Thirty bits: a small integer to V8, where a map keyed by larger numbers boxes each one.
  return h >>> 2;
}

/** The same task text twice in one table (compared without case or spacing). */
export default defineRule({
  meta: { code: 'W_TASK_DUPLICATE', severity: 'warning', field: 'task' },
  checkTable(table, rc) {
    // Rows are found by a hash of their folded text, not by the text: a table of 100,000 long tasks would
    // otherwise keep 100,000 folded copies alive through the rule, and the collector copy them.
    const byHash = new Map<number, TaskRow>();
    // Texts whose hash a different text took first (rare): kept by their folded text.
    const collided = new Map<string, number>();
    for (const row of table.tasks) {
      if (!row.task.trim()) continue;
      const hash = hashTask(row.task);
      const first = byHash.get(hash);
      if (first === undefined) byHash.set(hash, row);
      // Sub-rows of one task read its text from the one merged cell: the same task, not a repeat of it.
      else if (cellOf(table, first, 'task') === cellOf(table, row, 'task')) continue;
      else if (sameTask(first.task, row.task)) rc.report({ row, data: { otherRow: first.row } });
      else {
        const key = foldTask(row.task);
        const other = collided.get(key);
        if (other === undefined) collided.set(key, row.row);
        else rc.report({ row, data: { otherRow: other } });
      }
    }
  },
});
