/**
 * Stray list separators (commas, semicolons) in agency lists and task text:
 * "Các, sở, ngành" → "Các sở, ngành", ",," → ",", " ," → ",", ",x" → ", x",
 * leading and trailing separators. Dots, dashes and "&" are never touched, so
 * "2.000", "1.1.", "KH&CN", "KH-KT" and "PT-TH" stay as written.
 */
import { cleanText } from './normalize';

// A list item cannot end with these words: "Các, sở" is "Các sở".
const NO_END_WORDS = new Set(['các', 'những', 'và', 'hoặc', 'của', 'với']);

interface Piece {
  text: string;
  /** The separator after the text; '' after the last piece. */
  sep: string;
}

function splitPieces(line: string): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== ',' && ch !== ';') continue;
    // A decimal or thousands comma ("2,5 tỷ") is part of the number.
    if (ch === ',' && /\d/.test(line[i - 1] ?? '') && /\d/.test(line[i + 1] ?? '')) continue;
    pieces.push({ text: line.slice(start, i).trim(), sep: ch });
    start = i + 1;
  }
  pieces.push({ text: line.slice(start).trim(), sep: '' });
  return pieces;
}

function cannotEndItem(text: string): boolean {
  const last = /\p{L}+$/u.exec(text.normalize('NFC'));
  return last !== null && NO_END_WORDS.has(last[0].toLowerCase());
}

/** `keepTrailing`: a separator ending a line before a line break is list layout, not noise. */
function fixLine(line: string, keepTrailing: boolean): string {
  const all = splitPieces(line);
  if (all.length === 1) return line;
  // An empty piece comes from ",,", " , ," or a leading separator: drop it with its separator.
  const items = all.filter((p) => p.text !== '');
  let out = '';
  items.forEach((item, i) => {
    out += item.text;
    if (i === items.length - 1) {
      if (keepTrailing) out += item.sep;
    } else {
      out += cannotEndItem(item.text) ? ' ' : `${item.sep} `;
    }
  });
  return out;
}

/** The text with stray separators removed and ", " spacing after each separator. */
export function fixPunctuation(s: string): string {
  const lines = s.split('\n');
  return lines
    .map((line, i) => ({ before: line, after: fixLine(line, i < lines.length - 1) }))
    .filter(({ before, after }) => after !== '' || before.trim() === '')
    .map(({ after }) => after)
    .join('\n');
}

/**
 * Whether `fixPunctuation` would change the text once it is clean, so spacing
 * alone (doubled spaces, NBSP) is left to `textProblems`.
 */
export function hasPunctuationProblem(s: string): boolean {
  const clean = cleanText(s, { keepLineBreaks: true });
  return fixPunctuation(clean) !== clean;
}
