/**
 * How the registry sees an agency name: folded syllables for matching, plus the
 * diacritics that were written, so that a name typed without any marks (an
 * alias) can be told from one that lost a single mark (a misspelling).
 */
import { memoize } from '../memo';
import { compareKey } from '../text/compare-key';
import { cleanText } from '../text/normalize';
import { FORMER_PROVINCES, PROVINCES } from './provinces';

export interface AgencyKey {
  /** Folded syllables after the agency rules: "UBND" for "Ủy ban nhân dân", no "và", no trailing "tỉnh …". */
  tokens: string[];
  /** The tokens joined without spaces: the index key ("Sở KH CN" = "Sở KHCN"). */
  key: string;
  /** The marks of the kept syllables in order (tone placement and i/y neutral). */
  marks: string;
  /** Whether the text carries any Vietnamese mark at all. */
  marked: boolean;
  /** Whether a "và" (or "&") joined words: the name reads as complete ("Văn hóa và Thể thao"). */
  joined: boolean;
}

interface Token {
  fold: string;
  sig: string;
}

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const QUALITY = /[\u0302\u0306\u031B]/;
const ANY_MARK = /[\u0300-\u036F]/;
// An all-capital abbreviation ("GDĐT", "KH"): "ĐT" and "DT" are the same letters to whoever typed it.
const ABBREVIATION = /^[A-ZĐ0-9]{2,}$/;

/** The quality marks (and đ) of a word in order, then its tone, wherever it was placed. */
function wordSig(word: string): string {
  if (ABBREVIATION.test(word)) return '';
  let quality = '';
  let tone = '';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (ch === 'đ' || QUALITY.test(ch)) quality += ch;
    else if (TONE.test(ch)) tone = ch;
  }
  return quality + tone;
}

// The same few hundred words make up every agency name: fold each once.
const wordCache = new Map<string, Token[]>();
const WORD_CACHE_LIMIT = 20_000;

function wordTokens(word: string): Token[] {
  let tokens = wordCache.get(word);
  if (!tokens) {
    const sig = wordSig(word);
    tokens = compareKey(word)
      .split(' ')
      .filter(Boolean)
      .map((fold, i) => ({ fold, sig: i === 0 ? sig : '' }));
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, tokens);
  }
  return tokens;
}

function words(text: string): string[] {
  return cleanText(text)
    .replace(/&/g, ' và ')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}

// Agency cells repeat from row to row and file to file: each text is tokenized once.
const tokenize: (text: string) => readonly Token[] = memoize(
  (text) => words(text).flatMap(wordTokens),
  WORD_CACHE_LIMIT,
);

/** The folded syllables of a text, with no agency rule applied (for patterns). */
export function foldWords(text: string): string[] {
  return tokenize(text).map((t) => t.fold);
}

interface Constants {
  va: string;
  ubnd: string;
  ubndLong: string[];
  tinh: string;
  suffixHeads: string[][];
  partyCommittees: string[][];
  provinces: string[][];
  /** The provinces by their last syllable, longest first: a name can only end with those ending as it does. */
  provincesByLast: Map<string, string[][]>;
}

let constants: Constants | undefined;

function consts(): Constants {
  constants ??= makeConstants();
  return constants;
}

function makeConstants(): Constants {
  // Longest first, so that "Thừa Thiên Huế" is found before "Huế".
  const provinces = [...PROVINCES, ...FORMER_PROVINCES].map(foldWords).sort((a, b) => b.length - a.length);
  const provincesByLast = new Map<string, string[][]>();
  for (const p of provinces) {
    const last = p[p.length - 1];
    if (last !== undefined) provincesByLast.set(last, [...(provincesByLast.get(last) ?? []), p]);
  }
  return {
    va: foldWords('và')[0],
    ubnd: foldWords('UBND')[0],
    ubndLong: foldWords('Ủy ban nhân dân'),
    tinh: foldWords('tỉnh')[0],
    suffixHeads: [foldWords('tỉnh'), foldWords('thành phố'), foldWords('TP')],
    partyCommittees: [foldWords('Tỉnh ủy'), foldWords('Thành ủy')],
    provinces,
    provincesByLast,
  };
}

/** Whether `seq` occurs in `tokens` at `at`. */
export function startsAt(tokens: readonly string[], at: number, seq: readonly string[]): boolean {
  if (at < 0 || at + seq.length > tokens.length) return false;
  return seq.every((s, i) => tokens[at + i] === s);
}

/** The index where a known province name ends `tokens` (after at least one other token), or -1. */
function provinceSuffix(tokens: readonly string[], extra: readonly string[][]): number {
  const known = consts().provincesByLast.get(tokens[tokens.length - 1]) ?? [];
  for (const p of extra.length ? [...extra, ...known] : known) {
    const at = tokens.length - p.length;
    if (p.length > 0 && at >= 1 && startsAt(tokens, at, p)) return at;
  }
  return -1;
}

/**
 * The province a name ends with ("Công an tỉnh Bắc Ninh", "Báo và Phát thanh,
 * Truyền hình Hưng Yên" → "Bắc Ninh", "Hưng Yên"), as the list spells it, and
 * whether "tỉnh" or "thành phố" comes before it; null when none.
 */
let provinceNames: { names: string[]; folded: string[][] } | undefined;

export const provinceAtEnd: (text: string) => Readonly<{ name: string; afterHead: boolean }> | null = memoize(
  (text) => {
    const found = findProvinceAtEnd(text);
    return found && Object.freeze(found);
  },
  WORD_CACHE_LIMIT,
);

function findProvinceAtEnd(text: string): { name: string; afterHead: boolean } | null {
  const tokens = foldWords(text);
  provinceNames ??= {
    names: [...PROVINCES, ...FORMER_PROVINCES],
    folded: [...PROVINCES, ...FORMER_PROVINCES].map(foldWords),
  };
  const { names, folded } = provinceNames;
  let best = -1;
  folded.forEach((p, i) => {
    const at = tokens.length - p.length;
    if (p.length > 0 && at >= 1 && startsAt(tokens, at, p) && (best < 0 || p.length > folded[best].length))
      best = i;
  });
  if (best < 0) return null;
  const at = tokens.length - folded[best].length;
  // "tỉnh Bắc Ninh", "thành phố Huế": the words say a province follows.
  const afterHead = consts().suffixHeads.some((head) => startsAt(tokens, at - head.length, head));
  return { name: names[best], afterHead };
}

/** Whether `tokens` are exactly a province name (one of `extra`, or of the known list when `known`). */
export function isProvinceName(
  tokens: readonly string[],
  extra: readonly string[][] = [],
  known = true,
): boolean {
  const names = known ? [...extra, ...consts().provinces] : extra;
  return names.some((p) => p.length === tokens.length && startsAt(tokens, 0, p));
}

function contractUbnd(tokens: readonly Token[]): Token[] {
  const { ubnd, ubndLong } = consts();
  const folds = tokens.map((t) => t.fold);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (startsAt(folds, i, ubndLong)) {
      out.push({ fold: ubnd, sig: '' });
      i += ubndLong.length - 1;
    } else if (tokens[i].fold === ubnd) out.push({ fold: ubnd, sig: '' });
    else out.push(tokens[i]);
  }
  return out;
}

/** Whether "Tỉnh ủy" or "Thành ủy" ends `folds` before `at`. */
function afterPartyCommittee(folds: readonly string[], at: number): boolean {
  const { partyCommittees } = consts();
  return partyCommittees.some((words) => startsAt(folds, at - words.length, words));
}

/** Drops "tỉnh Bắc Ninh", "thành phố Hà Nội" or a bare trailing "tỉnh". */
function stripProvince(tokens: Token[], extra: readonly string[][]): Token[] {
  const { tinh, suffixHeads } = consts();
  const folds = tokens.map((t) => t.fold);
  let end = tokens.length;
  const at = provinceSuffix(folds, extra);
  if (at > 0) {
    const head = suffixHeads.find((h) => at - h.length >= 1 && startsAt(folds, at - h.length, h));
    // The user's own province may also stand bare: "Truyền thông Bắc Ninh"; any province after the Party
    // committee, which is always written so: "Tỉnh ủy Bắc Ninh", "Ban Tổ chức Thành ủy Huế".
    if (head) end = at - head.length;
    else if (isProvinceName(folds.slice(at), extra, false) || afterPartyCommittee(folds, at)) end = at;
  }
  if (end > 1 && folds[end - 1] === tinh) end--;
  return tokens.slice(0, end);
}

/** The registry's view of a name. `province` holds extra province names (folded) to strip. */
export function agencyKey(text: string, province: readonly string[][] = []): AgencyKey {
  const { va } = consts();
  // "và" (or "&", or "va") joins words: never the first word, and never "vă"/"vâ"/"vá" misread as it.
  const all = contractUbnd(tokenize(text));
  const isAnd = (t: Token, i: number) => i > 0 && t.fold === va && /^\u0300?$/u.test(t.sig);
  const kept = stripProvince(
    all.filter((t, i) => !isAnd(t, i)),
    province,
  );
  const tokens = kept.map((t) => t.fold);
  return {
    tokens,
    key: tokens.join(''),
    marks: kept.map((t) => t.sig).join(''),
    marked: /[đĐ]/.test(text) || ANY_MARK.test(text.normalize('NFD')),
    joined: all.some(isAnd),
  };
}
