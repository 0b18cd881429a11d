/**
 * Finding the plan task a report row is about, by content: agencies renumber
 * their rows and report on tasks they only support, so the STT says little.
 * A row carrying the template's hidden id matches exactly. Otherwise the
 * task's words are compared: an inverted index (word → tasks holding it)
 * gives the candidates, scored by a Dice coefficient over word sets with
 * IDF weights, so rare words ("STEM", "Hoa Lư") count more than common
 * ones ("xây dựng", "các"). Cost grows with the row's words and their
 * postings, never with rows × tasks.
 *
 * An agency often shortens the title of a task it was given ("Ban hành Kế
 * hoạch thực hiện Quyết định số 2711/QĐ-TTg" for the plan's longer title).
 * Dice then falls below the threshold though every word of the row is in the
 * task. For tasks assigned to the reporting agency (lead or partner), and
 * only for them, a second score is tried: containment, the (IDF-weighted)
 * share of the row's words found in the task. It needs a row of a few words
 * and a high share, so that different tasks of one agency are never taken
 * for each other.
 */
import { compareKey } from '../text/compare-key';
import type { PlanTask } from './types';

/** Below this score a row matches no task. */
export const MATCH_THRESHOLD = 0.55;
/** Candidates this close to the best are told apart by other evidence, or reported as ambiguous. */
export const AMBIGUITY_MARGIN = 0.05;
/** Share of the row's (weighted) words the task must hold, for a task assigned to the reporting agency. */
export const CONTAINMENT_THRESHOLD = 0.9;
/** Fewer words than this say too little to be matched by containment. */
export const CONTAINMENT_MIN_WORDS = 5;

export type TaskMatch =
  | { kind: 'id'; task: number; score: 1 }
  | {
      kind: 'text';
      task: number;
      score: number;
      ambiguous: number[];
      /** Matched by containment (a shortened title of a task assigned to the agency), not by Dice. */
      contained?: true;
    }
  | { kind: 'none'; best: number | null; score: number };

export interface MatchQuery {
  taskId?: string | null;
  task: string;
  stt?: string | null;
  /** Tasks (indices) assigned to the reporting agency: preferred among near-equal candidates. */
  assigned?: ReadonlySet<number>;
}

/** Texts whose candidates are remembered, at most. */
const MEMO_LIMIT = 50_000;

interface Candidates {
  /** Best task, or -1 when no task shares a word. */
  top: number;
  best: number;
  /** Tasks within the ambiguity margin of the best, in plan order. */
  near: number[];
  score: ReadonlyMap<number, number>;
  /** Per task: the share of the text's weighted words it holds. */
  contain: ReadonlyMap<number, number>;
  /** Distinct words in the text. */
  words: number;
}

function words(text: string): string[] {
  return [...new Set(compareKey(text).split(' ').filter(Boolean))];
}

export class TaskIndex {
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly weight: number[];
  private readonly unseen: number;
  /** Per task: the weight of the words it shares with the text being scored (reset after each text). */
  private readonly shared: Float64Array;
  private readonly memo = new Map<string, Candidates>();

  constructor(private readonly tasks: readonly PlanTask[]) {
    tasks.forEach((t, i) => {
      if (!this.byId.has(t.id)) this.byId.set(t.id, i);
      for (const w of words(t.task)) {
        const list = this.postings.get(w);
        if (list) list.push(i);
        else this.postings.set(w, [i]);
      }
    });
    // A word no task holds weighs as much as the rarest word: it counts against the match.
    this.unseen = Math.log(1 + tasks.length);
    this.weight = tasks.map((t) => words(t.task).reduce((sum, w) => sum + this.idf(w), 0));
    this.shared = new Float64Array(tasks.length);
  }

  private idf(word: string): number {
    const df = this.postings.get(word)?.length ?? 0;
    return df === 0 ? this.unseen : Math.log(1 + this.tasks.length / df);
  }

  match(q: MatchQuery): TaskMatch {
    if (q.taskId) {
      const at = this.byId.get(q.taskId);
      if (at !== undefined) return { kind: 'id', task: at, score: 1 };
    }
    const c = this.candidates(q.task);
    if (c.top < 0 || c.best < MATCH_THRESHOLD)
      return this.contained(c, q) ?? { kind: 'none', best: c.top < 0 ? null : c.top, score: c.best };
    if (c.near.length === 1) return { kind: 'text', task: c.top, score: c.best, ambiguous: [] };
    return this.decide(c.near, q, c.score);
  }

  /**
   * The best-scoring tasks for a text. Remembered per text: in a round every
   * agency reports on the same plan tasks, so the same texts come back
   * hundreds of times.
   */
  private candidates(text: string): Candidates {
    const known = this.memo.get(text);
    if (known) return known;
    const ws = words(text);
    let own = 0;
    const touched: number[] = [];
    for (const w of ws) {
      const idf = this.idf(w);
      own += idf;
      for (const i of this.postings.get(w) ?? []) {
        if (this.shared[i] === 0) touched.push(i);
        this.shared[i] += idf;
      }
    }
    let top = -1;
    let best = 0;
    const score = new Map<number, number>();
    const contain = new Map<number, number>();
    for (const i of touched) {
      const dice = (2 * this.shared[i]) / (own + this.weight[i]);
      contain.set(i, this.shared[i] / own);
      this.shared[i] = 0;
      score.set(i, dice);
      if (dice > best || (dice === best && i < top)) {
        best = dice;
        top = i;
      }
    }
    const near = [...score].filter(([, s]) => best - s <= AMBIGUITY_MARGIN).map(([i]) => i);
    const found: Candidates = {
      top,
      best,
      near: near.sort((a, b) => a - b),
      score,
      contain,
      words: ws.length,
    };
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(text, found);
    return found;
  }

  /**
   * A row whose words are (nearly) all in a task assigned to the reporting
   * agency: the best such task, near-equal ones told apart as with Dice.
   */
  private contained(c: Candidates, q: MatchQuery): TaskMatch | null {
    if (!q.assigned || q.assigned.size === 0 || c.words < CONTAINMENT_MIN_WORDS) return null;
    const pool = [...c.contain].filter(([i, s]) => s >= CONTAINMENT_THRESHOLD && q.assigned?.has(i));
    if (pool.length === 0) return null;
    const best = pool.reduce((b, [, s]) => Math.max(b, s), 0);
    const near = pool
      .filter(([, s]) => best - s <= AMBIGUITY_MARGIN)
      .map(([i]) => i)
      .sort((a, b) => a - b);
    const m = this.decide(near, q, c.contain);
    return m.kind === 'text' ? { ...m, contained: true } : m;
  }

  /** Among near-equal candidates: the ones assigned to the agency, then the same STT; else the first, flagged. */
  private decide(near: number[], q: MatchQuery, score: ReadonlyMap<number, number>): TaskMatch {
    const of = (i: number) => score.get(i) ?? 0;
    let pool = near;
    const assigned = pool.filter((i) => q.assigned?.has(i));
    if (assigned.length > 0) pool = assigned;
    const stt = q.stt?.trim();
    const sameStt = stt ? pool.filter((i) => this.tasks[i].stt?.trim() === stt) : [];
    if (sameStt.length > 0) pool = sameStt;
    const chosen = pool.reduce((a, b) => (of(b) > of(a) ? b : a));
    return { kind: 'text', task: chosen, score: of(chosen), ambiguous: pool.length > 1 ? pool : [] };
  }
}
