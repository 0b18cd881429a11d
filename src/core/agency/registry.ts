/**
 * The agency registry: every accepted spelling of an agency mapped to one
 * canonical name. Resolution goes from the cheapest and surest to the loosest:
 * exact text → folded key (alias, or spelling when a mark went missing) → the
 * press body's many names → a one-letter typo in a long word → collective or
 * national by shape → unknown with the nearest name. Results are cached: the
 * same few dozen names fill a hundred thousand cells.
 */
import { fixPunctuation } from '../text/punctuation';
import { cleanText } from '../text/normalize';
import { agencyKey, foldWords, provinceAtEnd, startsAt, type AgencyKey } from './agency-key';
import { DEFAULT_AGENCIES, type AgencyEntry } from './default-agencies';
import { CITIES, PROVINCE_NOW } from './provinces';
import { editDistance, syllableDistance } from './edit-distance';
import { COMMUNE_LEVELS, looksCollective, looksCommune, looksLikePress, looksNational } from './patterns';

export type { AgencyEntry, AgencyKind } from './default-agencies';

export interface AgencyMatch {
  /** `former`: a department the 2025 reorganisation merged into another (`successor`), however spelt. */
  kind: 'exact' | 'alias' | 'spelling' | 'former' | 'unknown';
  /** The canonical name for exact, alias, spelling and former; null when unknown. */
  canonical: string | null;
  /** For unknown text: the nearest canonical name, when one is near enough; for a former agency, its successor. */
  suggestion: string | null;
  /** For a former agency: the one that took over its work. */
  successor?: string;
  collective: boolean;
  national: boolean;
  /** The text resolved, cleaned (NFC, single spaces). */
  text: string;
  /**
   * Set when the text is not in the registry but is a collective or a
   * commune's People's Committee by its shape ("Các trường đại học", "UBND
   * các xã, phường, thị trấn", "UBND xã Hạp Lĩnh"): valid as written, so it
   * resolves to itself (punctuation tidied).
   */
  pattern?: boolean;
}

export interface AgencyRegistry {
  resolve(text: string): AgencyMatch;
  /** The province's own accountable agencies (no collectives, no national bodies), in Vietnamese order. */
  provincial(): string[];
  entries(): AgencyEntry[];
  /** The province the registry was made for, or null. */
  readonly province: string | null;
  /**
   * The same entries for a province found in the document itself ("… của UBND
   * tỉnh Ninh Bình"), so "Báo và Đài PTTH" gets the province's press body.
   */
  withProvince(province: string): AgencyRegistry;
}

export interface RegistryOptions {
  /** The province ("Bắc Ninh", "tỉnh Bắc Ninh"): fills "{tỉnh}" and may trail any name. */
  province?: string;
  /** Entries from the staff's agency file: they extend the defaults and win over them. */
  extra?: AgencyEntry[];
}

interface Variant {
  entry: number;
  tokens: string[];
  set: ReadonlySet<string>;
  marks: string;
}

// Below this many letters a name is too short for a typo to be told from another word.
const MIN_TYPO_KEY = 8;
// A syllable shorter than this is never "corrected": "Nội" must not become "Ngoại".
const MIN_TYPO_WORD = 4;
// A name cut short is recognised from this many syllables on, missing at most MAX_MISSING.
const MIN_TRUNCATED = 4;
const MAX_MISSING = 2;
// An unknown name gets a suggestion only when at most this share of its syllables differs.
const SUGGEST_SHARE = 0.4;
const CACHE_LIMIT = 50_000;

const collator = new Intl.Collator('vi');

function provinceName(province: string | undefined): string | null {
  const name = cleanText(province ?? '').replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
  return name === '' ? null : name;
}

/** A province's body as a city names it: "Công an tỉnh" → "Công an Thành phố", "Tỉnh ủy" → "Thành ủy". */
function asCity(name: string, city = 'Thành phố'): string {
  return name
    .replace(/(^|\s)tỉnh$/u, `$1${city}`)
    .replace(
      /(^|\s)Tỉnh (ủy|uỷ|đoàn)(?=\s|$)/gu,
      (_, before: string, body: string) => `${before}Thành ${body}`,
    );
}

function fill(entry: AgencyEntry, province: string | null): AgencyEntry {
  const put = (s: string) => cleanText(s.replace(/\{(tỉnh|tinh)\}/gu, province ?? 'tỉnh'));
  let name = put(entry.name);
  let aliases = entry.aliases.map(put).filter(Boolean);
  if (province && CITIES.includes(province) && entry.kind !== 'national') {
    // A city's own names lead; the province's forms and "TP" stay accepted (and are rewritten to the city's).
    const city = asCity(name);
    if (city !== name) {
      const short = [name, ...aliases].map((a) => asCity(a, 'TP'));
      aliases = [...new Set([...aliases.map((a) => asCity(a)), ...short, name, ...aliases])];
      name = city;
    }
  }
  const filled: AgencyEntry = { name, aliases, kind: entry.kind };
  return entry.successor ? { ...filled, successor: asCityIf(put(entry.successor), province) } : filled;
}

function asCityIf(name: string, province: string | null): string {
  return province && CITIES.includes(province) ? asCity(name) : name;
}

const COMMUNE_WORDS = new Set(['xa', 'phuong']);

/**
 * A collective's words as a set, without "các" (and without "UBND" before
 * communes, which "xã, phường" implies): the same units in any order give the same key.
 */
function unitSetKey(tokens: readonly string[]): string {
  const communes = tokens.some((t) => COMMUNE_WORDS.has(t));
  return [...new Set(tokens.filter((t) => t !== 'cac' && !(communes && t === 'ubnd')))].sort().join(' ');
}

/** Each commune level by its folded words ("dac khu" → "đặc khu"): a file name's level gets its marks back. */
const LEVEL_WORD = new Map<string, string>(COMMUNE_LEVELS.map((l) => [foldWords(l).join(' '), l]));
const COMMUNE = new RegExp(
  String.raw`^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Uy ban nhan dan)\s+(${[...COMMUNE_LEVELS, ...LEVEL_WORD.keys()].join('|')})\s+(.+)$`,
  'iu',
);
// Vietnamese has no casing rules of its own (unlike Turkish): the plain mapping is the same, without ICU's cost.
const titled = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * A commune committee's name as communes write it: "UBND XÃ HẠP LĨNH" and "ubnd xa hap linh" (a file
 * name) → "UBND xã Hạp Lĩnh" / "UBND xã Hap Linh"; the level word gets its marks back, the place keeps
 * its own (none are invented).
 */
function communeName(text: string): string {
  const m = COMMUNE.exec(text);
  if (!m) return text;
  const head = m[1].length <= 4 ? 'UBND' : 'Ủy ban nhân dân';
  // The pattern takes only the levels the map holds, marked or not.
  const level = LEVEL_WORD.get(foldWords(m[2]).join(' ')) as string;
  return `${head} ${level} ${m[3].split(' ').map(titled).join(' ')}`;
}

/** The default agencies extended (and overridden) by `extra`. */
export function createRegistry(opts: RegistryOptions = {}): AgencyRegistry {
  return registryFrom([...DEFAULT_AGENCIES, ...(opts.extra ?? [])], opts.province);
}

/**
 * A registry of exactly these entries, without the defaults. An entry whose
 * name folds like an earlier one's replaces it and keeps the earlier aliases.
 */
export function registryFrom(entries: readonly AgencyEntry[], provinceOption?: string): AgencyRegistry {
  const province = provinceName(provinceOption);
  const provinceTokens = province ? [foldWords(province)] : [];
  const keyOf = (text: string): AgencyKey => agencyKey(text, provinceTokens);

  // By folded name; an entry named again (from the staff's file) moves to the end, so that its aliases
  // take over any key an earlier entry had ("Sở Tài chính = Sở KH&ĐT" over the former department).
  const byName = new Map<string, AgencyEntry>();
  for (const e of entries.map((x) => fill(x, province))) {
    const key = keyOf(e.name).key;
    const earlier = byName.get(key);
    byName.delete(key);
    // The later kind holds: a province that still has a department merged elsewhere lists it as its own.
    const aliases = earlier ? [...new Set([...e.aliases, ...earlier.aliases])] : e.aliases;
    byName.set(key, {
      name: e.name,
      kind: e.kind,
      aliases,
      ...(e.successor ? { successor: e.successor } : {}),
    });
  }
  const list = [...byName.values()];

  const exact = new Map<string, number>();
  const byKey = new Map<string, Variant[]>();
  // Collectives name the same units in any order: "UBND các phường xã" and "phường, xã" are "UBND các xã, phường".
  const collectiveBySet = new Map<string, number>();
  const byShape = new Map<string, Variant[]>();
  // The provincial bodies' names by first syllable, longest last: where a name cut short may come from.
  const provincialByFirst = new Map<string, Variant[]>();
  const variants: Variant[] = [];
  let press: number | null = null;
  list.forEach((e, entry) => {
    exact.set(e.name, entry);
    for (const text of [e.name, ...e.aliases]) {
      const k = keyOf(text);
      if (k.tokens.length === 0) continue;
      const v: Variant = { entry, tokens: k.tokens, set: new Set(k.tokens), marks: k.marks };
      variants.push(v);
      // A later entry (from the staff's file) takes over a key an earlier one had.
      const same = byKey.get(k.key);
      if (same && same[0].entry === entry) same.push(v);
      else byKey.set(k.key, [v]);
      const units = unitSetKey(k.tokens);
      if (e.kind === 'collective' && !collectiveBySet.has(units)) collectiveBySet.set(units, entry);
      const shape = `${k.tokens.length}:${k.tokens[0]}`;
      byShape.set(shape, [...(byShape.get(shape) ?? []), v]);
      if (e.kind === 'provincial')
        provincialByFirst.set(k.tokens[0], [...(provincialByFirst.get(k.tokens[0]) ?? []), v]);
      if (press === null && looksLikePress(k.tokens, provinceTokens)) press = entry;
    }
  });
  // A name another (later) entry took as its alias is that entry's, even written exactly.
  for (const [name, entry] of exact) if (byKey.get(keyOf(name).key)?.[0].entry !== entry) exact.delete(name);

  /**
   * The other province a name ends with ("Báo và Phát thanh, Truyền hình Hưng Yên", "Công an tỉnh Thái
   * Bình" in a Bắc Ninh registry): that province's body, never this one's. Null without a province of
   * its own, or when the name ends with none, with this one, or with a former province now part of it.
   */
  function foreignProvince(text: string): string[] | null {
    const named = province === null ? null : provinceAtEnd(text);
    if (!named) return null;
    const own = (name: string) => foldWords(name).join(' ') === provinceTokens[0].join(' ');
    return own(named.name) || own(PROVINCE_NOW.get(named.name) ?? named.name) ? null : foldWords(named.name);
  }

  const found = (kind: AgencyMatch['kind'], entry: number, text: string): AgencyMatch => {
    const { name, successor } = list[entry];
    // However a former department is written, what matters is that it is gone and who took over.
    if (successor)
      return {
        kind: 'former',
        canonical: name,
        suggestion: successor,
        successor,
        collective: false,
        national: false,
        text,
      };
    return {
      kind,
      canonical: name,
      suggestion: null,
      collective: list[entry].kind === 'collective',
      national: list[entry].kind === 'national',
      text,
    };
  };

  /**
   * One differing syllable, one edit apart and long in both spellings; the head
   * word ("Sở", "Bộ") equal. When the slip is also one letter from another
   * agency's syllable, even a short one ("Ngoi": Ngoại or Nội?), nobody is chosen.
   */
  function typoOf(k: AgencyKey): number | null {
    if (k.key.length < MIN_TYPO_KEY) return null;
    const near = new Set<number>();
    let hit: number | null = null;
    for (const v of byShape.get(`${k.tokens.length}:${k.tokens[0]}`) ?? []) {
      const diff = v.tokens.flatMap((t, i) => (t === k.tokens[i] ? [] : [i]));
      if (diff.length !== 1) continue;
      const [a, b] = [k.tokens[diff[0]], v.tokens[diff[0]]];
      if (editDistance(a, b) !== 1) continue;
      near.add(v.entry);
      if (a.length >= MIN_TYPO_WORD && b.length >= MIN_TYPO_WORD) hit = v.entry;
    }
    return near.size === 1 ? hit : null;
  }

  /**
   * A long provincial name with its last one or two syllables missing ("Sở Văn
   * hóa, Thể thao"), when only one agency's name goes on that way. A name with
   * its own "và" reads as complete ("Sở Văn hóa và Thể thao" is Hà Nội's), not cut short.
   */
  function truncationOf(k: AgencyKey): number | null {
    if (k.tokens.length < MIN_TRUNCATED || k.joined) return null;
    const hits = new Set(
      (provincialByFirst.get(k.tokens[0]) ?? [])
        .filter((v) => v.tokens.length > k.tokens.length && v.tokens.length <= k.tokens.length + MAX_MISSING)
        .filter((v) => k.tokens.every((t, i) => v.tokens[i] === t))
        .map((v) => v.entry),
    );
    return hits.size === 1 ? [...hits][0] : null;
  }

  function nearest(k: AgencyKey): string | null {
    const have = new Set(k.tokens);
    let best: { entry: number; d: number } | null = null;
    for (const v of variants) {
      // Only today's agencies are suggested: "Bộ Kế hoạch và Đầu tư" is not near "Sở Tài chính".
      if (list[v.entry].successor) continue;
      const most = Math.max(k.tokens.length, v.tokens.length);
      // A syllable one name has and the other lacks costs at least half: skip names that cannot come near.
      let lackA = 0;
      let lackB = 0;
      for (const t of k.tokens) if (!v.set.has(t)) lackA++;
      for (const t of v.tokens) if (!have.has(t)) lackB++;
      const lacking = Math.max(lackA, lackB);
      if (lacking / 2 > SUGGEST_SHARE * most) continue;
      const d = syllableDistance(k.tokens, v.tokens);
      if (d <= SUGGEST_SHARE * most && (!best || d < best.d)) best = { entry: v.entry, d };
    }
    return best ? list[best.entry].name : null;
  }

  /**
   * A unit named with its parent's office in brackets after it, "Sở Nội vụ (Ban Thi đua - Khen thưởng)":
   * the accountable agency is the one before the brackets, today's name when it was merged away.
   */
  function beforeBrackets(text: string): string | null {
    const head = /^(.+?)\s*\(.*\)\s*$/su.exec(text)?.[1];
    if (!head) return null;
    const m = compute(head);
    return m.kind === 'former' ? m.suggestion : m.canonical;
  }

  function compute(raw: string): AgencyMatch {
    const text = cleanText(raw);
    const entry = exact.get(text);
    if (entry !== undefined) return found('exact', entry, text);
    const k = keyOf(text);
    if (k.tokens.length === 0) {
      return { kind: 'unknown', canonical: null, suggestion: null, collective: false, national: false, text };
    }
    const foreign = foreignProvince(text);
    // Another province's name the key left out ("Công an tỉnh Hưng Yên" → "Công an"): no entry of this province's
    // is that body. A name that keeps it in its key ("Đoàn TNCS Hồ Chí Minh", "Trường Đại học Hà Nội") is matched as usual.
    const elsewhere = foreign !== null && !startsAt(k.tokens, k.tokens.length - foreign.length, foreign);
    const same = elsewhere ? undefined : byKey.get(k.key);
    if (same) {
      // Typed without any mark: a deliberate variant. Marks written but one lost or wrong: a misspelling.
      const alias = !k.marked || same.some((v) => v.marks === k.marks);
      return found(alias ? 'alias' : 'spelling', same[0].entry, text);
    }
    if (press !== null && foreign === null && looksLikePress(k.tokens, provinceTokens))
      return found('alias', press, text);
    const typo = elsewhere ? null : (typoOf(k) ?? truncationOf(k));
    if (typo !== null) return found('spelling', typo, text);
    if (looksCollective(k.tokens)) {
      const known = collectiveBySet.get(unitSetKey(k.tokens));
      if (known !== undefined) return found('alias', known, text);
      const canonical = fixPunctuation(text);
      const kind = canonical === text ? 'exact' : 'alias';
      return { kind, canonical, suggestion: null, collective: true, national: false, text, pattern: true };
    }
    if (looksCommune(k.tokens)) {
      const canonical = communeName(fixPunctuation(text));
      const kind = canonical === text ? 'exact' : 'alias';
      return { kind, canonical, suggestion: null, collective: false, national: false, text, pattern: true };
    }
    // The nearest name is the costly part, and list splitting never reads it: found on demand.
    let suggestion: string | null | undefined;
    return {
      kind: 'unknown',
      canonical: null,
      get suggestion() {
        // Another province's body is not near any of this province's: no suggestion to fold it into one.
        if (suggestion === undefined)
          suggestion = foreign === null ? (nearest(k) ?? beforeBrackets(text)) : null;
        return suggestion;
      },
      collective: false,
      national: looksNational(k.tokens),
      text,
    };
  }

  const cache = new Map<string, AgencyMatch>();
  const siblings = new Map<string, AgencyRegistry>();
  return {
    province,
    withProvince(name: string): AgencyRegistry {
      let reg = siblings.get(name);
      if (!reg) siblings.set(name, (reg = registryFrom(entries, name)));
      return reg;
    },
    resolve(text: string): AgencyMatch {
      let m = cache.get(text);
      if (!m) {
        // Frozen: one object is handed to every caller that asks for the same text.
        m = Object.freeze(compute(text));
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(text, m);
      }
      return m;
    },
    provincial: () =>
      list
        .filter((e) => e.kind === 'provincial')
        .map((e) => e.name)
        .sort(collator.compare),
    entries: () => list.map((e) => ({ ...e, aliases: [...e.aliases] })),
  };
}
