/**
 * What plain-text and markdown plans wrap around the words: emphasis stars,
 * stray HTML from converters ("<sub>", "<ul …>"), footnote marks ("¹",
 * "[^1]"), and the numbering or bullet typed at the start of a paragraph.
 */
import { cleanText } from '../text/normalize';

const SUPERSCRIPT_DIGITS = /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g;
const MARKDOWN_FOOTNOTE_REF = /\[\^[^\]\s]+\](?!:)/g;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
// Runs of "*" or "__" used as emphasis; a lone "*" inside words is rare in plans.
const EMPHASIS = /\*+|__+/g;
// Markdown escapes a converter adds before punctuation ("1\.", "\-").
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|%])/g;

/** Text without emphasis markers, HTML tags or footnote marks, cleaned (NFC, single spaces). */
export function stripInline(s: string): string {
  return cleanText(
    s
      .replace(HTML_TAG, ' ')
      .replace(MARKDOWN_FOOTNOTE_REF, '')
      .replace(SUPERSCRIPT_DIGITS, '')
      .replace(EMPHASIS, '')
      .replace(ESCAPE, '$1'),
  );
}

/** A footnote's own line: "¹ Nghị quyết số …" or "[^1]: …". */
export function isFootnoteLine(line: string): boolean {
  const s = line.replace(EMPHASIS, '').trimStart();
  return /^[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+\s*\S/.test(s) || /^\[\^[^\]\s]+\]:/.test(s);
}

export interface Label {
  label: string | null;
  bullet: boolean;
  rest: string;
}

const BULLET = /^[-+•●▪◦‣–—]\s+|^\*\s+/;
/**
 * "IV. Tổ chức", and as typed in a hurry: "IV.TỔ CHỨC" (no space) or "IV- TỔ
 * CHỨC" (a dash); without the space or with the dash, a capital must follow.
 */
const ROMAN = /^([IVXL]{1,7})(?:\s*[.)]\s+|\s*[.)](?=\p{Lu})|\s*[-–—]\s*(?=\p{Lu}))/u;
const MULTI_LEVEL = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+/;
const SINGLE = /^(\d{1,2})\s*[.)]\s+/;
const LETTER = /^([a-zđ])\s*\)\s+/;
/** "A. CÁC SỞ, BAN, NGÀNH", "B. UBND CÁC XÃ": a group of the section, a capital word after it. */
const GROUP = /^([A-ZĐ])\s*[.)]\s+(?=\p{Lu})/u;

/** Roman numerals as sections use them (I … L); "VV" or "IIII" are not numbers. */
export function romanValue(s: string): number | null {
  if (!/^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(s) || s === '') return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]];
    const next = i + 1 < s.length ? v[s[i + 1]] : 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** The numbering or bullet typed at the start of a paragraph, and the text after it. */
export function splitLabel(text: string): Label {
  const bullet = BULLET.exec(text);
  if (bullet) return { label: null, bullet: true, rest: text.slice(bullet[0].length) };
  const roman = ROMAN.exec(text);
  if (roman && romanValue(roman[1]) !== null)
    return { label: text.slice(0, roman[0].length).trim(), bullet: false, rest: text.slice(roman[0].length) };
  for (const re of [MULTI_LEVEL, SINGLE, LETTER, GROUP]) {
    const m = re.exec(text);
    if (m)
      return {
        label: text.slice(0, m[0].length).trim().replace(/\s+/g, ''),
        bullet: false,
        rest: text.slice(m[0].length),
      };
  }
  return { label: null, bullet: false, rest: text };
}

export type LabelKind = 'roman' | 'decimal' | 'letter' | 'group';

/** What kind of numbering a label is, and its depth ("1.1." is depth 2). */
export function labelKind(label: string | null): { kind: LabelKind; depth: number } | null {
  if (!label) return null;
  const core = label.replace(/\s*[.)\-–—]+$/u, '');
  if (romanValue(core) !== null) return { kind: 'roman', depth: 0 };
  if (/^\d+(?:\.\d+)*$/.test(core)) return { kind: 'decimal', depth: core.split('.').length };
  if (/^[a-zđ]$/.test(core)) return { kind: 'letter', depth: 9 };
  if (/^[A-ZĐ]$/.test(core)) return { kind: 'group', depth: 0 };
  return null;
}
