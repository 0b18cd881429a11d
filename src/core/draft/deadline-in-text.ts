/**
 * Deadlines written inside a sentence ("báo cáo … trước ngày 10 tháng 12 hàng
 * năm", "hoàn thành trong Quý II/2026"), found by reading candidate spans
 * with the deadline grammar (`parseDeadline`). Only spans that start with a
 * word that sets a time limit are tried, so the years in a programme's title
 * ("giai đoạn 2026-2030", "đến năm 2030, tầm nhìn đến năm 2045") are never
 * taken for a deadline. Nothing found means no deadline: never invented.
 */
import { isoToSerial } from '../deadline/dates';
import { parseDeadline } from '../deadline/parse';
import type { Deadline } from '../model/task';

/**
 * Words a time limit starts with. "hoàn thành trong …" is found by its
 * "trong": a cue of its own would consume that word, and a span the grammar
 * cannot read from "hoàn thành" would then hide the one it reads from "trong".
 */
const CUE = /(?<![\p{L}\d])(?:trước|chậm\s+nhất|trong|quý|quí|tháng)(?![\p{L}\d])/giu;
/** Words that end a span: the sentence goes on to something else. */
const STOP = /^(?:và|để|gửi|về|cho|của|theo|nhằm|khi)$/iu;
const MAX_SPAN_WORDS = 10;
const LEADING = /^(?:hoàn\s+thành\s+)?(?:trong|vào)\s+/iu;
/** A named period longer than this ("trong giai đoạn 2026-2030") is the plan's span, not a task's deadline. */
const MAX_PERIOD_DAYS = 366;

export interface FoundDeadline {
  deadline: Deadline;
  /** Character offset of the span in the sentence. */
  at: number;
}

function days(start: string, end: string): number {
  return isoToSerial(end) - isoToSerial(start);
}

function acceptable(d: Deadline): boolean {
  switch (d.kind) {
    case 'date':
      return d.due !== null;
    case 'recurring':
      return d.every !== null;
    case 'until':
      return d.due !== null;
    case 'period':
      return d.start !== null && d.due !== null && days(d.start, d.due) <= MAX_PERIOD_DAYS;
    default:
      return false;
  }
}

/** "trong Quý II/2026" is written in the cell as "Quý II/2026": the leading preposition adds nothing. */
function plain(d: Deadline, opts: { anchorYear?: number }): Deadline {
  const bare = d.text.replace(LEADING, '');
  if (bare === d.text) return d;
  const again = parseDeadline(bare, opts);
  return again.kind === d.kind && again.due === d.due && again.every === d.every ? again : d;
}

/** The words of `text` from `at`, up to a stop word or the end of a clause. */
function spanWords(text: string, at: number): { end: number }[] {
  const out: { end: number }[] = [];
  const re = /\S+/gu;
  re.lastIndex = at;
  for (let m = re.exec(text); m && out.length < MAX_SPAN_WORDS; m = re.exec(text)) {
    const word = m[0];
    if (out.length > 0 && STOP.test(word)) break;
    const clauseEnd = /[,;:.!?)]+$/u.exec(word);
    out.push({ end: m.index + word.length - (clauseEnd ? clauseEnd[0].length : 0) });
    if (clauseEnd) break;
  }
  return out;
}

/** The first deadline in a sentence, with the words it is written in; null when there is none. */
export function findDeadline(text: string, opts: { anchorYear?: number } = {}): FoundDeadline | null {
  for (const cue of text.matchAll(CUE)) {
    const at = cue.index ?? 0;
    const words = spanWords(text, at);
    // The longest reading wins: "trước ngày 10 tháng 12 hàng năm" over "trước ngày 10 tháng 12".
    for (let n = words.length; n >= 2; n--) {
      const span = text.slice(at, words[n - 1].end);
      const d = parseDeadline(span, opts);
      if (acceptable(d)) return { deadline: plain(d, opts), at };
      // "trong 6 tháng đầu năm 2026": read without the preposition when the grammar wants it bare.
      const bare = span.replace(LEADING, '');
      const again = bare === span ? null : parseDeadline(bare, opts);
      if (again && acceptable(again)) return { deadline: again, at: at + span.length - bare.length };
    }
  }
  return null;
}
