/**
 * Stable ids for plan tasks, shared by `phuluc template` (which hides them in
 * each agency's workbook) and `phuluc merge` (which matches on them first).
 * The id depends on the task's words, not on spelling accidents: the folding
 * key ignores case, marks, spacing and punctuation.
 */
import { compareKey } from '../text/compare-key';
import { sha256Text } from './sha256';

const ID_LENGTH = 12;
const FINGERPRINT_LENGTH = 16;

/** First 12 hex digits of SHA-256 over `compareKey(task)|stt`. */
export function taskIdOf(task: { stt: string | null; task: string }): string {
  return sha256Text(`${compareKey(task.task)}|${(task.stt ?? '').trim()}`).slice(0, ID_LENGTH);
}

/** First 16 hex digits of SHA-256 over the plan's task ids, in plan order, joined by "\n". */
export function planFingerprint(taskIds: readonly string[]): string {
  return sha256Text(taskIds.join('\n')).slice(0, FINGERPRINT_LENGTH);
}
