/**
 * Splits a lead or partners cell into agencies. Line breaks, ";" and bullets
 * ("- ", "+ ", "• ") always separate; commas usually do, but not inside a
 * collective ("Các sở, ban, ngành, địa phương có liên quan") or a name that
 * holds one ("Sở Văn hóa, Thể thao và Du lịch"). So the cell is cut at every
 * separator first, then neighbouring pieces are joined back, greedily, when
 * the joined text is a name the registry knows, a collective goes on, or a
 * piece cannot stand alone ("Thể thao" after "Sở Văn hóa").
 * Items are substrings of the cleaned cell text, so a fix can replace them.
 */
import { cleanText } from '../text/normalize';
import { agencyKey, foldWords, provinceAtEnd } from './agency-key';
import { syllableDistance } from './edit-distance';
import { isUnitFragment, startsWithAgencyWord } from './patterns';
import { createRegistry, type AgencyRegistry } from './registry';

/** What separates a piece from the one before; a stronger one wins when pieces in between are empty. */
const STRENGTH = { line: 0, dash: 1, comma: 2, hard: 3 } as const;
type Sep = keyof typeof STRENGTH;

interface Piece {
  start: number;
  end: number;
  sep: Sep;
}

interface Cut {
  at: number;
  len: number;
  sep: Sep;
}

// The most pieces one name is re-joined from ("Các sở, ban, ngành, UBND các xã, phường" is six).
const MAX_JOIN = 8;
const DASHES = new Set(['-', '–', '—']);
const BULLET = /^(?:[-+•*–—·●▪◦]\s*|\d{1,2}[.)]\s+)/u;
const TRIM_START = /^[\s,;:.\-–—+•*]+/u;
const TRIM_END = /[\s,;:.\-–—+•*]+$/u;

/** Markup some exports leave in a cell (`<ul><li>`, `<br>`, `&amp;`). */
function stripMarkup(text: string): string {
  return (
    text
      .replace(/<br\s*\/?>|<\/?(?:li|p|div|ul|ol)\b[^>]*>/giu, '\n')
      // Only tags HTML has: "<Mới>" in a name is text.
      .replace(
        /<\/?(?:a|b|i|u|s|em|strong|span|font|sup|sub|small|strike|del|ins|mark|h[1-6]|table|tbody|thead|tr|td|th|o:p)\b[^>]*>/giu,
        '',
      )
      .replace(/&nbsp;/gu, ' ')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&#39;/gu, "'")
      .replace(/&amp;/gu, '&')
  );
}

function cutsOf(s: string): Cut[] {
  const cuts: Cut[] = [];
  const lines = s.split('\n');
  let offset = 0;
  lines.forEach((line, n) => {
    const bullet = BULLET.exec(line);
    const bulletLen = bullet ? bullet[0].length : 0;
    if (n > 0) cuts.push({ at: offset - 1, len: 1 + bulletLen, sep: bullet ? 'hard' : 'line' });
    else if (bullet) cuts.push({ at: 0, len: bulletLen, sep: 'hard' });
    // A one-line bullet list ("- A - B - C", from flattened markup): the same bullet mid-line separates too.
    // A dash between spaces always does ("Sở Tài chính - Sở Nội vụ"): the joining below puts back a name
    // that holds one ("Sở Lao động - Thương binh và Xã hội"), as it does for commas.
    const char = bullet?.[0].trim();
    const midBullet = lines.length === 1 && char && !/\d/u.test(char) ? char : null;
    for (let i = offset + bulletLen; i < offset + line.length; i++) {
      const c = s[i];
      if (c === ';') cuts.push({ at: i, len: 1, sep: 'hard' });
      else if (c === ',') cuts.push({ at: i, len: 1, sep: 'comma' });
      else if ((c === midBullet || DASHES.has(c)) && s[i - 1] === ' ' && s[i + 1] === ' ')
        cuts.push({ at: i, len: 1, sep: 'dash' });
    }
    offset += line.length + 1;
  });
  return cuts;
}

function piecesOf(s: string): Piece[] {
  const pieces: Piece[] = [];
  let pos = 0;
  let pending: Sep = 'hard';
  for (const cut of [...cutsOf(s), { at: s.length, len: 0, sep: 'hard' as Sep }]) {
    const raw = s.slice(pos, cut.at);
    const lead = TRIM_START.exec(raw)?.[0].length ?? 0;
    const body = raw.slice(lead).replace(TRIM_END, '');
    if (body !== '') {
      pieces.push({ start: pos + lead, end: pos + lead + body.length, sep: pending });
      pending = cut.sep;
    } else if (STRENGTH[cut.sep] > STRENGTH[pending]) pending = cut.sep;
    pos = cut.at + cut.len;
  }
  return pieces;
}

const COMMUNE_UNITS = new Set(['xa', 'phuong', 'ubnd', 'khu', 'tran']);
const DEPARTMENT_UNITS = new Set(['so', 'nganh']);

/** Which level of government a collective's piece names, when it says. */
function levelOf(tokens: readonly string[]): 'commune' | 'department' | null {
  const commune = tokens.some((t) => COMMUNE_UNITS.has(t));
  const department = tokens.some((t) => DEPARTMENT_UNITS.has(t));
  // A piece naming both ("ngành và UBND các xã") is joined by "và" already: no level of its own.
  if (commune === department) return null;
  return commune ? 'commune' : 'department';
}

let defaultRegistry: AgencyRegistry | undefined;

// The same cells ("Các sở, ban, ngành, địa phương") come back row after row: split each once per registry.
const splits = new WeakMap<AgencyRegistry, Map<string, readonly string[]>>();
const SPLIT_LIMIT = 20_000;

export function splitAgencyList(text: string, registry?: AgencyRegistry): string[] {
  const reg = registry ?? (defaultRegistry ??= createRegistry());
  let memo = splits.get(reg);
  if (!memo) splits.set(reg, (memo = new Map()));
  const hit = memo.get(text);
  if (hit) return [...hit];
  const items = split(text, reg);
  if (memo.size >= SPLIT_LIMIT) memo.clear();
  memo.set(text, items);
  return [...items];
}

/**
 * A name the registry knows, or another province's body that this province's registry keeps unknown
 * ("Báo và Phát thanh, Truyền hình Hưng Yên" in a Bắc Ninh plan): one name all the same, never cut.
 */
function knownName(t: string, reg: AgencyRegistry): boolean {
  const m = reg.resolve(t);
  if (m.kind !== 'unknown') return !m.pattern;
  const named = reg.province === null ? null : provinceAtEnd(t);
  if (!named) return false;
  const there = reg.withProvince(named.name).resolve(t);
  return there.kind !== 'unknown' && !there.pattern;
}

function split(text: string, reg: AgencyRegistry): string[] {
  const s = cleanText(stripMarkup(text), { keepLineBreaks: true });
  const pieces = piecesOf(s);
  const span = (i: number, j: number) => s.slice(pieces[i].start, pieces[j].end);
  const known = (t: string) => knownName(t, reg);
  const fragment = (i: number) => isUnitFragment(agencyKey(s.slice(pieces[i].start, pieces[i].end)).tokens);
  const canJoin = (k: number) => k < pieces.length && pieces[k].sep !== 'hard';

  /** The last piece of the longest name the registry knows starting at piece i. */
  function registered(i: number): number {
    let last = i;
    for (let j = i + 1; j < i + MAX_JOIN && canJoin(j); j++) if (known(span(i, j))) last = j;
    return last;
  }

  /**
   * A collective goes on while the next pieces are unit words ("ban", "ngành"),
   * but stops where the level changes: "Các sở ban ngành, phường, xã" is the
   * departments and the commune committees, two collectives.
   */
  function collectiveRun(i: number): number {
    const opens = reg.resolve(span(i, i)).collective || (fragment(i) && canJoin(i + 1) && fragment(i + 1));
    if (!opens) return i;
    let level = levelOf(agencyKey(span(i, i)).tokens);
    let j = i;
    while (canJoin(j + 1) && fragment(j + 1)) {
      const next = levelOf(agencyKey(span(j + 1, j + 1)).tokens);
      if (level && next && next !== level) break;
      // After a piece that names both levels ("ngành và UBND các xã") the run belongs to neither.
      level = next;
      j++;
    }
    return j;
  }

  /** A piece that is no agency on its own and reads as the rest of the item before it. */
  function continues(i: number, j: number): boolean {
    const k = j + 1;
    if (!canJoin(k)) return false;
    const piece = span(k, k);
    if (startsWithAgencyWord(foldWords(piece)) || reg.resolve(piece).kind !== 'unknown') return false;
    const sep = pieces[k].sep;
    if (sep === 'dash') return true;
    if (sep === 'line') {
      const before = foldWords(span(i, j));
      return (
        /^\p{Ll}/u.test(piece) ||
        /[-&]$/u.test(span(i, j)) ||
        ['và', 'các', 'của'].some((w) => foldWords(w)[0] === before[before.length - 1])
      );
    }
    // After a comma, a lower-case piece goes on a collective's enumeration ("Các trường đại học, cao đẳng"),
    // or a name no one knows: "Ban Quản lý dự án … dân dụng và công nghiệp, giao thông, nông nghiệp …".
    if (/^\p{Ll}/u.test(piece)) {
      const before = reg.resolve(span(i, j));
      if (before.collective || before.kind === 'unknown') return true;
    }
    // Otherwise only when the joined text comes nearer a known name ("Sở Văn hóa, Thể thao").
    const joined = reg.resolve(span(i, k));
    if (!joined.suggestion) return false;
    const target = agencyKey(joined.suggestion).tokens;
    const gap = (t: string) => syllableDistance(agencyKey(t).tokens, target);
    return gap(span(i, k)) < gap(span(i, j));
  }

  const items: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let j = Math.max(registered(i), collectiveRun(i));
    while (continues(i, j)) j++;
    items.push(...splitOnAnd(span(i, j), reg));
    i = j + 1;
  }
  return items;
}

/**
 * "Sở Tài chính và Sở Nội vụ": an item no one knows that is known names joined
 * by "và" becomes those names. "và" inside a name ("Sở Giáo dục và Đào tạo")
 * is never cut, since the whole name is known.
 */
function splitOnAnd(item: string, reg: AgencyRegistry): string[] {
  if (reg.resolve(item).kind !== 'unknown' || knownName(item, reg)) return [item];
  const bounds: [number, number][] = [];
  let start = 0;
  for (const m of item.matchAll(/\s+và\s+/gu)) {
    bounds.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (bounds.length === 0) return [item];
  bounds.push([start, item.length]);
  const join = (i: number, k: number) => item.slice(bounds[i][0], bounds[k][1]);
  const out: string[] = [];
  for (let i = 0; i < bounds.length;) {
    let k = bounds.length - 1;
    while (k >= i && reg.resolve(join(i, k)).kind === 'unknown') k--;
    if (k < i) return [item];
    out.push(join(i, k));
    i = k + 1;
  }
  return out;
}
