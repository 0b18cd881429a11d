/**
 * Finding the plan task a report row is about, by content: agencies renumber
 * their rows and report on tasks they only support, so the STT says little.
 * A row carrying the template's hidden id matches exactly. Otherwise the
 * task's words are compared: an inverted index (word → tasks holding it)
 * gives the candidates, scored by a Dice coefficient over word sets with
 * IDF weights, so rare words ("STEM", "Hoa Lư") count more than common
 * ones. The words are those of task-words.ts: abbreviations spelt out ("KH"
 * → "kế hoạch", "KH&CN" → "khoa học và công nghệ"), the phrases every plan
 * is full of ("tổ chức", "hội nghị", "gặp mặt") weighing a quarter of their
 * IDF, codes a task holds ("2711", "STEM") twice theirs. Cost grows with the
 * row's words and their postings, never with rows × tasks; only the few
 * tasks close enough for a rule to take or name are kept per text.
 *
 * An agency often shortens the title of a task it was given ("Ban hành Kế
 * hoạch thực hiện Quyết định số 2711/QĐ-TTg" for the plan's longer title).
 * Dice then falls below the threshold though every word of the row is in the
 * task. For tasks assigned to the reporting agency (lead or partner), and
 * only for them, a second score is tried: containment, the (IDF-weighted)
 * share of the row's words found in the task. It needs a row of a few words
 * and a high share, so that different tasks of one agency are never taken
 * for each other. A shorter row ("Bố trí kinh phí", "Giáo dục STEM") is
 * taken for one of the agency's tasks only when that task alone, of the
 * agency's, holds all its words, or all its codes; and never on generic
 * words alone.
 *
 * A row matching nothing still names its nearest task when one is close
 * enough and shares a word that is not generic, for the office to check.
 */
import { copyWith } from '../copy-with';
import type { PlanTask } from './types';
import { taskWords, wordKind } from './task-words';

/** Below this score a row matches no task. */
export const MATCH_THRESHOLD = 0.55;
/** Candidates this close to the best are told apart by other evidence, or reported as ambiguous. */
export const AMBIGUITY_MARGIN = 0.05;
/** Share of the row's (weighted) words the task must hold, for a task assigned to the reporting agency. */
export const CONTAINMENT_THRESHOLD = 0.9;
/** Fewer words than this say too little to be matched by containment, unless the task holds them all. */
export const CONTAINMENT_MIN_WORDS = 5;
/** What a generic word ("tổ chức", "của") weighs, as a share of its IDF. */
export const GENERIC_WEIGHT = 0.25;
/** What a code ("2711", "STEM") weighs, as a multiple of its IDF. */
export const CODE_WEIGHT = 2;
/** A row matching no task names the nearest one from this Dice score … */
export const NEAREST_DICE = 0.25;
/** … or when the task holds this share of the row's (weighted) words. */
export const NEAREST_CONTAINMENT = 0.5;

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
  | {
      kind: 'none';
      best: number | null;
      score: number;
      /** The task the row is closest to, when close enough to be worth checking. */
      nearest?: number;
    };

export interface MatchQuery {
  taskId?: string | null;
  task: string;
  stt?: string | null;
  /** Tasks (indices) assigned to the reporting agency: preferred among near-equal candidates. */
  assigned?: ReadonlySet<number>;
}

/** Texts whose candidates are remembered, at most. */
const MEMO_LIMIT = 50_000;
/** Containment this close to 1 is "every word". */
const WHOLE = 1 - 1e-9;

interface Candidates {
  /** Best task, or -1 when no task shares a word. */
  top: number;
  best: number;
  /** Tasks within the ambiguity margin of the best, in plan order. */
  near: number[];
  score: ReadonlyMap<number, number>;
  /** Per task: the share of the text's weighted words it holds. Both only for tasks close enough to count. */
  contain: ReadonlyMap<number, number>;
  /** Tasks sharing a word of the text that is not generic. */
  specific: ReadonlySet<number>;
  /** Tasks holding every code of the text, when it has codes and all are in the plan. */
  coded: readonly number[];
  /** Distinct words in the text. */
  words: number;
  /** Distinct words in the text that are not generic. */
  distinct: number;
}

export class TaskIndex {
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly weight: number[];
  private readonly unseen: number;
  /** Per task: the weight of the words it shares with the text being scored (reset after each text). */
  private readonly shared: Float64Array;
  /** Per task: how many of the text's codes it holds (reset after each text). */
  private readonly codes: Uint16Array;
  /** Per task: 1 when it holds a word of the text that is not generic (reset after each text). */
  private readonly specific: Uint8Array;
  /** Per task: its Dice score against the text being scored. */
  private readonly dice: Float64Array;
  private readonly memo = new Map<string, Candidates>();

  constructor(private readonly tasks: readonly PlanTask[]) {
    const keys = tasks.map((t) => taskWords(t.task));
    keys.forEach((ws, i) => {
      if (!this.byId.has(tasks[i].id)) this.byId.set(tasks[i].id, i);
      for (const w of ws) {
        const list = this.postings.get(w);
        if (list) list.push(i);
        else this.postings.set(w, [i]);
      }
    });
    // A word no task holds weighs as much as the rarest word: it counts against the match.
    this.unseen = Math.log(1 + tasks.length);
    this.weight = keys.map((ws) => ws.reduce((sum, w) => sum + this.idf(w), 0));
    this.shared = new Float64Array(tasks.length);
    this.codes = new Uint16Array(tasks.length);
    this.specific = new Uint8Array(tasks.length);
    this.dice = new Float64Array(tasks.length);
  }

  /**
   * The word's weight: its IDF over the plan's tasks, less for a generic
   * word, more for a code some task holds. A word no task holds weighs as
   * much as the rarest word (a code too: another number says no more than
   * another word).
   */
  private idf(word: string, kind = wordKind(word)): number {
    const df = this.postings.get(word)?.length ?? 0;
    if (df === 0) return kind === 'generic' ? this.unseen * GENERIC_WEIGHT : this.unseen;
    const idf = Math.log(1 + this.tasks.length / df);
    return kind === 'generic' ? idf * GENERIC_WEIGHT : kind === 'code' ? idf * CODE_WEIGHT : idf;
  }

  match(q: MatchQuery): TaskMatch {
    if (q.taskId) {
      const at = this.byId.get(q.taskId);
      if (at !== undefined) return { kind: 'id', task: at, score: 1 };
    }
    const c = this.candidates(q.task);
    if (c.top < 0 || c.best < MATCH_THRESHOLD) return this.contained(c, q) ?? this.none(c, q);
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
    const ws = taskWords(text);
    let own = 0;
    let distinct = 0;
    let codes = 0;
    let unseenCodes = 0;
    const touched: number[] = [];
    for (const w of ws) {
      const kind = wordKind(w);
      const idf = this.idf(w, kind);
      own += idf;
      if (kind !== 'generic') distinct++;
      const postings = this.postings.get(w) ?? [];
      if (kind === 'code') {
        if (postings.length > 0) codes++;
        else unseenCodes++;
      }
      for (const i of postings) {
        if (this.shared[i] === 0) touched.push(i);
        this.shared[i] += idf;
        if (kind !== 'generic') this.specific[i] = 1;
        if (kind === 'code') this.codes[i]++;
      }
    }
    let top = -1;
    let best = 0;
    for (const i of touched) {
      const dice = (2 * this.shared[i]) / (own + this.weight[i]);
      this.dice[i] = dice;
      if (dice > best || (dice === best && i < top)) {
        best = dice;
        top = i;
      }
    }
    // Only the tasks some rule may take or name are kept: few, where a row shares a common word with most tasks.
    const floor = Math.min(best - AMBIGUITY_MARGIN, NEAREST_DICE);
    const score = new Map<number, number>();
    const contain = new Map<number, number>();
    const specific = new Set<number>();
    const coded: number[] = [];
    for (const i of touched) {
      const share = this.shared[i] / own;
      if (this.dice[i] >= floor || share >= NEAREST_CONTAINMENT) {
        score.set(i, this.dice[i]);
        contain.set(i, share);
        if (this.specific[i]) specific.add(i);
      }
      if (codes > 0 && unseenCodes === 0 && this.codes[i] === codes) coded.push(i);
      this.shared[i] = 0;
      this.specific[i] = 0;
      this.codes[i] = 0;
    }
    const near = [...score].filter(([, s]) => best - s <= AMBIGUITY_MARGIN).map(([i]) => i);
    const found: Candidates = {
      top,
      best,
      near: near.sort((a, b) => a - b),
      score,
      contain,
      specific,
      coded,
      words: ws.length,
      distinct,
    };
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(text, found);
    return found;
  }

  /**
   * A row whose words are (nearly) all in a task assigned to the reporting
   * agency: the best such task, near-equal ones told apart as with Dice. A
   * row too short for that is taken only for the one task of the agency
   * holding all its words, or else all its codes.
   */
  private contained(c: Candidates, q: MatchQuery): TaskMatch | null {
    if (!q.assigned || q.assigned.size === 0 || c.distinct === 0) return null;
    if (c.words < CONTAINMENT_MIN_WORDS) return this.short(c, q.assigned, q.stt);
    const pool = [...c.contain].filter(([i, s]) => s >= CONTAINMENT_THRESHOLD && q.assigned?.has(i));
    if (pool.length === 0) return null;
    const best = pool.reduce((b, [, s]) => Math.max(b, s), 0);
    const near = pool
      .filter(([, s]) => best - s <= AMBIGUITY_MARGIN)
      .map(([i]) => i)
      .sort((a, b) => a - b);
    const m = this.decide(near, q, c.contain);
    return m.kind === 'text' ? copyWith(m, { contained: true }) : m;
  }

  /** A short row: the one task of the agency holding all its words, or all its codes; the STT tells two apart. */
  private short(c: Candidates, assigned: ReadonlySet<number>, stt?: string | null): TaskMatch | null {
    const whole = [...c.contain].filter(([i, s]) => s >= WHOLE && assigned.has(i)).map(([i]) => i);
    for (const pool of [whole, c.coded.filter((i) => assigned.has(i))]) {
      if (pool.length === 0) continue;
      const at = stt?.trim();
      const one = pool.length === 1 ? pool : pool.filter((i) => at && this.tasks[i].stt?.trim() === at);
      if (one.length !== 1) return null;
      const task = one[0];
      return { kind: 'text', task, score: c.contain.get(task) ?? 0, ambiguous: [], contained: true };
    }
    return null;
  }

  /**
   * No match. The nearest task, if any: the one closest by Dice or by
   * containment, the agency's own first, close enough by either, and sharing
   * a word that is not generic.
   */
  private none(c: Candidates, q: MatchQuery): TaskMatch {
    const m: TaskMatch = { kind: 'none', best: c.top < 0 ? null : c.top, score: c.best };
    let nearest = -1;
    let close = 0;
    let own = false;
    for (const i of c.specific) {
      const dice = c.score.get(i) ?? 0;
      const contain = c.contain.get(i) ?? 0;
      if (dice < NEAREST_DICE && contain < NEAREST_CONTAINMENT) continue;
      const s = Math.max(dice, contain);
      const mine = q.assigned?.has(i) ?? false;
      if (nearest < 0 || (mine && !own) || (mine === own && (s > close || (s === close && i < nearest)))) {
        nearest = i;
        close = s;
        own = mine;
      }
    }
    return nearest < 0 ? m : copyWith(m, { nearest });
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
