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
const CUE =
  /(?<![\p{L}\d])(?:trước|chậm\s+nhất|trong|quý|quí|tháng|(?<=(?:hoàn\s+thành|vào)\s+)năm|\d{1,2}(?=\s+(?:năm|tháng|quý)\s*(?:\/\s*|một\s+)lần))(?![\p{L}\d])/giu;
/*
 * "năm 2027" is a cue only after "hoàn thành" or "vào" ("hoàn thành năm 2027",
 * "vào năm 2028"): after "đến" or in a title it is the programme's horizon.
 * "2 năm/lần", "5 năm một lần" start with their number.
 */
/**
 * "hằng năm" ending a clause ("tổ chức hội nghị gặp mặt trí thức hằng năm."):
 * yearly (DOMAIN.md §4), taken only when the sentence names no other deadline.
 */
const YEARLY = /(?<![\p{L}\d])(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+năm(?=\s*(?:[.;,]|$))/giu;
/** Words that end a span: the sentence goes on to something else. */
const STOP = /^(?:và|để|gửi|về|cho|của|theo|nhằm|khi)$/iu;
const MAX_SPAN_WORDS = 10;
const LEADING = /^(?:hoàn\s+thành\s+)?(?:trong|vào)\s+/iu;
/** A named period longer than this ("trong giai đoạn 2026-2030") is the plan's span, not a task's deadline. */
const MAX_PERIOD_DAYS = 366;

export interface FoundDeadline {
  /** The span as the deadline cell reads it back (the workbook reader's own parse). */
  deadline: Deadline;
  /** Character offset of the span in the sentence. */
  at: number;
  /**
   * The dates one span names together, each a deadline the grammar reads:
   * "trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm" gives "trước ngày 15
   * tháng 6 hằng năm" and "trước ngày 15 tháng 12 hằng năm". One element for
   * a span that names one deadline.
   */
  parts: Deadline[];
}

const DAY_MONTH = String.raw`\d{1,2}\s*(?:\/\s*|tháng\s+)\d{1,2}(?![\d/])`;
/**
 * Two days of the year in one span, each yearly: "trước ngày 15 tháng 6 và
 * ngày 15 tháng 12 hằng năm", "trước ngày 15/6 và 15/12 hàng năm". The
 * grammar (DOMAIN.md §4) reads each day on its own ("Trước ngày 10/12 hằng
 * năm"), not the pair.
 */
const TWO_YEARLY = new RegExp(
  String.raw`^((?:trước|chậm\s+nhất(?:\s+là)?|vào)\s+ngày)\s+(${DAY_MONTH})\s*(?:,|và)\s*(?:ngày\s+)?(${DAY_MONTH})\s*,?\s+((?:hằng|hàng)\s+năm)(?![\p{L}\d])`,
  'iu',
);

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

/** "trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm" at `at`: the whole span and its two yearly days. */
function twoYearly(text: string, at: number, opts: { anchorYear?: number }): FoundDeadline | null {
  const m = TWO_YEARLY.exec(text.slice(at));
  if (!m) return null;
  const [span, cue, first, second, yearly] = m;
  const parts = [first, second].map((day) => parseDeadline(`${cue} ${day} ${yearly}`, opts));
  if (!parts.every((d) => d.kind === 'recurring' && acceptable(d))) return null;
  // The cell keeps both days as written; what the grammar makes of it is for validation to say.
  return { deadline: parseDeadline(span, opts), at, parts };
}

/** The first deadline in a sentence, with the words it is written in; null when there is none. */
export function findDeadline(text: string, opts: { anchorYear?: number } = {}): FoundDeadline | null {
  for (const cue of text.matchAll(CUE)) {
    const at = cue.index ?? 0;
    const pair = twoYearly(text, at, opts);
    if (pair) return pair;
    const words = spanWords(text, at);
    // The longest reading wins: "trước ngày 10 tháng 12 hàng năm" over "trước ngày 10 tháng 12".
    for (let n = words.length; n >= 2; n--) {
      const span = text.slice(at, words[n - 1].end);
      const d = parseDeadline(span, opts);
      if (acceptable(d)) {
        const deadline = plain(d, opts);
        return { deadline, at, parts: [deadline] };
      }
      // "trong 6 tháng đầu năm 2026": read without the preposition when the grammar wants it bare.
      const bare = span.replace(LEADING, '');
      const again = bare === span ? null : parseDeadline(bare, opts);
      if (again && acceptable(again))
        return { deadline: again, at: at + span.length - bare.length, parts: [again] };
    }
  }
  for (const m of text.matchAll(YEARLY)) {
    const d = parseDeadline(m[0], opts);
    if (acceptable(d)) return { deadline: d, at: m.index ?? 0, parts: [d] };
  }
  return null;
}
