/**
 * The few style facts a plan's structure shows through (styles.xml): heading
 * levels, bold, and list numbering attached to a style ("List Number",
 * numbered headings). Each is resolved along the `basedOn` chain.
 */
import { child, elements, onOff, val, type XmlElement } from './xml-tree';

interface RawStyle {
  basedOn?: string;
  name?: string;
  outline?: number;
  bold?: boolean;
  numId?: string;
  ilvl?: number;
  font?: string;
  vanish?: boolean;
}

export interface StyleFacts {
  heading: number | null;
  bold: boolean;
  numId: string | null;
  ilvl: number;
  /** The Latin font the style's text is set in (".VnTime" tells TCVN3 text); null when the style names none. */
  font: string | null;
  /**
   * Hidden text (`<w:vanish/>` in the style's run properties, `w:val="0"`
   * turning it off); undefined when no style of the chain says, so the style
   * under it (a character style's paragraph style) decides.
   */
  vanish: boolean | undefined;
}

const NONE: StyleFacts = { heading: null, bold: false, numId: null, ilvl: 0, font: null, vanish: undefined };

/** The font a run properties element names for Latin text (w:ascii, else w:hAnsi). */
export function runFont(rPr: XmlElement | undefined): string | undefined {
  const fonts = child(rPr, 'w:rFonts');
  return fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'];
}

export class Styles {
  private readonly raw = new Map<string, RawStyle>();
  private readonly cache = new Map<string, StyleFacts>();
  /** The document's default font (w:docDefaults), under every style. */
  readonly defaultFont: string | null = null;
  /** Text hidden by the document's defaults (w:docDefaults), under every style. */
  readonly defaultVanish: boolean = false;

  constructor(root: XmlElement | null) {
    if (!root) return;
    const defaults = child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
    this.defaultFont = runFont(defaults) ?? null;
    this.defaultVanish = onOff(child(defaults, 'w:vanish')) ?? false;
    for (const s of elements(root, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      const pPr = child(s, 'w:pPr');
      const numPr = child(pPr, 'w:numPr');
      const outline = val(pPr, 'w:outlineLvl');
      this.raw.set(id, {
        basedOn: val(s, 'w:basedOn'),
        name: val(s, 'w:name'),
        outline: outline === undefined ? undefined : Number(outline),
        bold: onOff(child(child(s, 'w:rPr'), 'w:b')),
        numId: val(numPr, 'w:numId'),
        ilvl: val(numPr, 'w:ilvl') === undefined ? undefined : Number(val(numPr, 'w:ilvl')),
        font: runFont(child(s, 'w:rPr')),
        vanish: onOff(child(child(s, 'w:rPr'), 'w:vanish')),
      });
    }
  }

  facts(id: string | undefined): StyleFacts {
    if (!id) return NONE;
    const hit = this.cache.get(id);
    if (hit) return hit;
    const out = this.resolve(id, new Set());
    this.cache.set(id, out);
    return out;
  }

  private resolve(id: string, seen: Set<string>): StyleFacts {
    const s = this.raw.get(id);
    if (!s || seen.has(id)) return NONE;
    seen.add(id);
    const base = s.basedOn ? this.resolve(s.basedOn, seen) : NONE;
    return {
      heading: headingLevel(s) ?? base.heading,
      bold: s.bold ?? base.bold,
      numId: s.numId ?? base.numId,
      ilvl: s.ilvl ?? base.ilvl,
      font: s.font ?? base.font,
      vanish: s.vanish ?? base.vanish,
    };
  }
}

/** "heading 2" (Word writes built-in names in English whatever the interface language), "Title", or an outline level. */
function headingLevel(s: RawStyle): number | null {
  const m = /^heading\s*([1-9])$/i.exec(s.name ?? '');
  if (m) return Number(m[1]);
  if (/^title$/i.test(s.name ?? '')) return 1;
  if (s.outline !== undefined && s.outline >= 0 && s.outline <= 8) return s.outline + 1;
  return null;
}
