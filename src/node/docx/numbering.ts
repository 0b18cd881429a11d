/**
 * Word's list numbering (numbering.xml): the number a reader sees before a
 * paragraph ("1.1.", "IV.", "a)") is not in the text, it is computed from the
 * list's level definitions and the paragraphs before it. This does what Word
 * does for the common cases: per-list counters, deeper levels restarting,
 * start overrides, legal numbering, bullets.
 */
import { child, elements, val, type XmlElement } from './xml-tree';

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

interface ListInstance {
  levels: Level[];
}

export interface ListLabel {
  /** The shown number ("1.1.") or null for bullets and unnumbered levels. */
  label: string | null;
  bullet: boolean;
}

const DEFAULT_LEVEL: Level = { start: 1, format: 'decimal', text: '', legal: false };

function readLevel(lvl: XmlElement): Level {
  return {
    start: Number(val(lvl, 'w:start') ?? 1) || 0,
    format: val(lvl, 'w:numFmt') ?? 'decimal',
    text: val(lvl, 'w:lvlText') ?? '',
    legal: child(lvl, 'w:isLgl') !== undefined,
  };
}

function levelIndex(el: XmlElement): number | null {
  const ilvl = Number(el.attrs['w:ilvl'] ?? 0);
  return Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8 ? ilvl : null;
}

function readLevels(abstractNum: XmlElement): Level[] {
  const levels: Level[] = [];
  for (const lvl of elements(abstractNum, 'w:lvl')) {
    const ilvl = levelIndex(lvl);
    if (ilvl !== null) levels[ilvl] = readLevel(lvl);
  }
  return levels;
}

export class Numbering {
  private readonly lists = new Map<string, ListInstance>();
  private readonly counters = new Map<string, (number | null)[]>();

  constructor(root: XmlElement | null) {
    if (!root) return;
    const abstracts = new Map<string, Level[]>();
    for (const a of elements(root, 'w:abstractNum')) abstracts.set(a.attrs['w:abstractNumId'], readLevels(a));
    for (const num of elements(root, 'w:num')) {
      const base = abstracts.get(val(num, 'w:abstractNumId') ?? '') ?? [];
      const levels = base.map((l) => ({ ...l }));
      for (const o of elements(num, 'w:lvlOverride')) {
        const ilvl = levelIndex(o);
        if (ilvl === null) continue;
        const own = child(o, 'w:lvl');
        if (own) levels[ilvl] = readLevel(own);
        const start = val(o, 'w:startOverride');
        if (start !== undefined)
          levels[ilvl] = { ...(levels[ilvl] ?? DEFAULT_LEVEL), start: Number(start) || 0 };
      }
      this.lists.set(num.attrs['w:numId'], { levels });
    }
  }

  /** Advances the list's counter for a paragraph at `ilvl` and returns what Word shows. */
  next(numId: string, ilvl: number): ListLabel | null {
    const list = this.lists.get(numId);
    if (!list || numId === '0') return null;
    const level = list.levels[ilvl] ?? DEFAULT_LEVEL;
    if (level.format === 'bullet') return { label: null, bullet: true };
    const counts = this.counters.get(numId) ?? new Array<number | null>(9).fill(null);
    this.counters.set(numId, counts);
    const current = counts[ilvl];
    counts[ilvl] = current === null ? level.start : current + 1;
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++) counts[deeper] = null;
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      const def = list.levels[at] ?? DEFAULT_LEVEL;
      // A parent level not yet seen shows its start value, as Word does.
      const n = counts[at] ?? def.start;
      return formatNumber(n, level.legal && at < ilvl ? 'decimal' : def.format);
    });
    const trimmed = label.trim();
    return { label: trimmed === '' || level.format === 'none' ? null : trimmed, bullet: false };
  }
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Word's letter numbering: a … z, then aa … zz. */
function letters(n: number): string {
  if (n < 1) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}
