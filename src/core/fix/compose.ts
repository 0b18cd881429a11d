/**
 * Several safe fixes may touch one cell (legacy text that also has doubled
 * spaces and an abbreviated agency name). Each finding's fix shows its own
 * change; applying a selection chains them per cell in a fixed order, each
 * step working on the text the previous step produced.
 */
import type { Fix, FixKind } from '../model/finding';
import { cleanText, compareKey, fixPunctuation } from '../text';
import { convertLegacy } from '../text/legacy/detect';
import { splitAgencyList } from '../agency';

export interface CellEdit {
  sheet: string;
  cell: string;
  before: string;
  after: string;
  kinds: FixKind[];
  /** Set when the cell's font must change too (legacy text becomes Unicode). */
  setFont?: string;
}

export const FIX_ORDER: readonly FixKind[] = [
  'legacy',
  'nfc',
  'spacing',
  'punctuation',
  'agency',
  'removePartner',
  'renumber',
];

/** The font converted cells get: the one Decree 30/2020 names. */
export const UNICODE_FONT = 'Times New Roman';

/** NFC and spacing are safe on any text; list-level fixes work on text already cleaned. */
const clean = (text: string) => cleanText(text.normalize('NFC'), { keepLineBreaks: true });

function applyOne(text: string, fix: Fix): string {
  switch (fix.kind) {
    case 'legacy':
      // Done first for the whole cell (see composeFixes).
      return text;
    case 'nfc':
      return text.normalize('NFC');
    case 'spacing':
      return clean(text);
    case 'punctuation':
      return fixPunctuation(clean(text));
    case 'agency': {
      if (!fix.from || !fix.to) return text;
      const cleaned = clean(text);
      // The punctuation fix, applied first, may have respaced the name itself ("Sở VH,TT&DL" → "Sở VH, TT&DL").
      const from = cleaned.includes(fix.from) ? fix.from : fixPunctuation(clean(fix.from));
      return cleaned.replace(from, fix.to);
    }
    case 'removePartner': {
      const drop = new Set((fix.from ?? '').split('\n').map(compareKey));
      const cleaned = clean(text);
      const sep = cleaned.includes('\n') ? '\n' : ', ';
      return splitAgencyList(cleaned)
        .filter((item) => !drop.has(compareKey(item)))
        .join(sep);
    }
    case 'renumber':
      return fix.after;
  }
}

/** Chains the chosen fixes of each cell; cells keep the order in which they first appear. */
export function composeFixes(fixes: readonly Fix[]): CellEdit[] {
  const byCell = new Map<string, Fix[]>();
  for (const fix of fixes) {
    const key = `${fix.sheet}!${fix.cell}`;
    const list = byCell.get(key);
    if (list) list.push(fix);
    else byCell.set(key, [fix]);
  }
  const edits: CellEdit[] = [];
  for (const list of byCell.values()) {
    const ordered = [...list].sort((a, b) => FIX_ORDER.indexOf(a.kind) - FIX_ORDER.indexOf(b.kind));
    // Every fix of a cell starts from the cell as stored; a legacy cell is converted before anything else.
    const first = ordered[0];
    const encoding = ordered.find((f) => f.encoding)?.encoding;
    // The legacy fix's own result knows the font (".VnTimeH" draws capitals); reuse it when chosen.
    const legacy = ordered.find((f) => f.kind === 'legacy');
    const decoded = ordered.find((f) => f.decoded !== undefined)?.decoded;
    let text = legacy
      ? legacy.after
      : encoding
        ? (decoded ?? convertLegacy(first.before, encoding))
        : first.before;
    for (const fix of ordered) text = applyOne(text, fix);
    const edit: CellEdit = {
      sheet: first.sheet,
      cell: first.cell,
      before: first.before,
      after: text,
      kinds: ordered.map((f) => f.kind),
    };
    if (encoding) edit.setFont = UNICODE_FONT;
    if (edit.after !== edit.before) edits.push(edit);
  }
  return edits;
}
