/**
 * VNI-Windows: a base letter followed by mark bytes, read as Latin-1
 * characters. The table is built from the rules of VIETNAMESE.md §1 and
 * decoded longest match first.
 */

// Order of the tones in every row below: none, acute, grave, hook, tilde, dot.
const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

const LOWER = {
  tone: ['', 'ù', 'ø', 'û', 'õ', 'ï'],
  circumflex: ['â', 'á', 'à', 'å', 'ã', 'ä'],
  breve: ['ê', 'é', 'è', 'ú', 'ü', 'ë'],
};
const UPPER = {
  tone: ['', 'Ù', 'Ø', 'Û', 'Õ', 'Ï'],
  circumflex: ['Â', 'Á', 'À', 'Å', 'Ã', 'Ä'],
  breve: ['Ê', 'É', 'È', 'Ú', 'Ü', 'Ë'],
};

type Marks = typeof LOWER;

/** Each vowel (without tone) → its VNI spelling for the six tones. */
function vowelRows(m: Marks, upper: boolean): [string, string[]][] {
  const c = (s: string) => (upper ? s.toUpperCase() : s);
  const withTone = (base: string) => m.tone.map((t) => base + t);
  const i = upper ? ['I', 'Í', 'Ì', 'Æ', 'Ó', 'Ò'] : ['i', 'í', 'ì', 'æ', 'ó', 'ò'];
  const y = upper ? ['Y', 'YÙ', 'YØ', 'YÛ', 'YÕ', 'Î'] : ['y', 'yù', 'yø', 'yû', 'yõ', 'î'];
  return [
    [c('a'), withTone(c('a'))],
    [c('ă'), m.breve.map((t) => c('a') + t)],
    [c('â'), m.circumflex.map((t) => c('a') + t)],
    [c('e'), withTone(c('e'))],
    [c('ê'), m.circumflex.map((t) => c('e') + t)],
    [c('i'), i],
    [c('o'), withTone(c('o'))],
    [c('ô'), m.circumflex.map((t) => c('o') + t)],
    // ơ and ư are single bytes (ô, ö) that take the tone marks.
    [c('ơ'), withTone(upper ? 'Ô' : 'ô')],
    [c('u'), withTone(c('u'))],
    [c('ư'), withTone(upper ? 'Ö' : 'ö')],
    [c('y'), y],
  ];
}

function buildTable(): Map<string, string> {
  const table = new Map<string, string>([
    ['đ', 'ñ'],
    ['Đ', 'Ñ'],
  ]);
  for (const [marks, upper] of [
    [LOWER, false],
    [UPPER, true],
  ] as const) {
    for (const [vowel, spellings] of vowelRows(marks, upper)) {
      spellings.forEach((vni, tone) => table.set((vowel + TONE_MARKS[tone]).normalize('NFC'), vni));
    }
  }
  return table;
}

/** Unicode letter → VNI spelling (plain vowels map to themselves). */
const ENCODE = buildTable();
/** VNI spelling → Unicode letter, only where the spelling differs from the letter. */
const DECODE = new Map<string, string>([...ENCODE].filter(([u, v]) => u !== v).map(([u, v]) => [v, u]));
const LONGEST = Math.max(...[...DECODE.keys()].map((k) => k.length));

/** VNI → Unicode (NFC). */
export function decodeVni(text: string): string {
  // Mark bytes are precomposed Latin-1: NFC restores them if the text was decomposed.
  const s = text.normalize('NFC');
  let out = '';
  let i = 0;
  outer: while (i < s.length) {
    for (let len = Math.min(LONGEST, s.length - i); len > 0; len--) {
      const letter = DECODE.get(s.slice(i, i + len));
      if (letter !== undefined) {
        out += letter;
        i += len;
        continue outer;
      }
    }
    out += s[i];
    i++;
  }
  return out.normalize('NFC');
}

/** Unicode → VNI, for tests and fixtures. Characters that are not Vietnamese letters are kept. */
export function encodeVni(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += ENCODE.get(ch) ?? ch;
  return out;
}
