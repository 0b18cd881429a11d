import { cellOf, type TaskRow } from '../model/task';
import { defineRule } from './define-rule';

/**
 * Task text as compared here: case ignored. The text is already NFC with its
 * spacing cleaned; the full folding key (marks, punctuation, tone placement)
 * costs too much on every long task description of a large table.
 */
function taskKey(task: string): string {
  return task.toLowerCase();
}

const ENDS = 32;

/**
 * FNV-1a over a text's length and the UTF-16 code units of its first and last
 * 32 characters: enough to tell most tasks apart before comparing them whole
 * (hashing every character of long texts cost more than it saved).
 */
function hashText(text: string): number {
  let h = Math.imul(0x811c9dc5 ^ text.length, 0x01000193);
  const n = text.length;
  const head = Math.min(n, ENDS);
  for (let i = 0; i < head; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, n - ENDS); i < n; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** The same task text twice in one table (compared without case or spacing). */
export default defineRule({
  meta: { code: 'W_TASK_DUPLICATE', severity: 'warning', field: 'task' },
  checkTable(table, rc) {
    // Rows are found by a hash of their lower-cased text, not by the text: a table of 100,000 long tasks
    // would otherwise keep 100,000 lower-cased copies alive through the rule, and the collector copy them.
    const byHash = new Map<number, TaskRow>();
    // Texts whose hash a different text took first (rare): kept by their text.
    const collided = new Map<string, number>();
    for (const row of table.tasks) {
      if (!row.task.trim()) continue;
      const key = taskKey(row.task);
      const hash = hashText(key);
      const first = byHash.get(hash);
      if (first === undefined) byHash.set(hash, row);
      // Sub-rows of one task read its text from the one merged cell: the same task, not a repeat of it.
      else if (cellOf(table, first, 'task') === cellOf(table, row, 'task')) continue;
      else if (taskKey(first.task) === key) rc.report({ row, data: { otherRow: first.row } });
      else {
        const other = collided.get(key);
        if (other === undefined) collided.set(key, row.row);
        else rc.report({ row, data: { otherRow: other } });
      }
    }
  },
});
