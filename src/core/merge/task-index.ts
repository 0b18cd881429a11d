/**
 * Finding the plan task a report row is about, by content: agencies renumber
 * their rows and report on tasks they only support, so the STT says little.
 * A row carrying the template's hidden id matches exactly. Otherwise the
 * task's words are compared: an inverted index (word → tasks holding it)
 * gives the candidates, scored by a Dice coefficient over word sets with
 * IDF weights, so rare words ("STEM", "Hoa Lư") count more than common
 * ones ("xây dựng", "các"). Cost grows with the row's words and their
 * postings, never with rows × tasks.
 */
import { compareKey } from '../text/compare-key';
import type { PlanTask } from './types';

/** Below this score a row matches no task. */
export const MATCH_THRESHOLD = 0.55;
/** Candidates this close to the best are told apart by other evidence, or reported as ambiguous. */
export const AMBIGUITY_MARGIN = 0.05;

export type TaskMatch =
  | { kind: 'id'; task: number; score: 1 }
  | { kind: 'text'; task: number; score: number; ambiguous: number[] }
  | { kind: 'none'; best: number | null; score: number };

export interface MatchQuery {
  taskId?: string | null;
  task: string;
  stt?: string | null;
  /** Tasks (indices) assigned to the reporting agency: preferred among near-equal candidates. */
  assigned?: ReadonlySet<number>;
}

function words(text: string): string[] {
  return [...new Set(compareKey(text).split(' ').filter(Boolean))];
}

export class TaskIndex {
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly weight: number[];
  private readonly unseen: number;

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
    const ws = words(q.task);
    if (ws.length === 0) return { kind: 'none', best: null, score: 0 };
    const shared = new Map<number, number>();
    let own = 0;
    for (const w of ws) {
      const idf = this.idf(w);
      own += idf;
      for (const i of this.postings.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + idf);
    }
    let top = -1;
    let best = 0;
    const score = new Map<number, number>();
    for (const [i, s] of shared) {
      const dice = (2 * s) / (own + this.weight[i]);
      score.set(i, dice);
      if (dice > best || (dice === best && i < top)) {
        best = dice;
        top = i;
      }
    }
    if (best < MATCH_THRESHOLD) return { kind: 'none', best: top, score: best };
    const near = [...score].filter(([, s]) => best - s <= AMBIGUITY_MARGIN).map(([i]) => i);
    if (near.length === 1) return { kind: 'text', task: top, score: best, ambiguous: [] };
    return this.decide(
      near.sort((a, b) => a - b),
      q,
      score,
    );
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
