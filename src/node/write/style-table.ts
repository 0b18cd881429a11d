/**
 * The cell formats of a workbook phuluc writes, each given its place in
 * styles.xml once: fonts, fills, borders and number formats are shared by
 * the formats that use them, as Excel itself stores them.
 */
import { escapeText } from './xlsx-text';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; the workbook's default size when left out. */
  size?: number;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center';
  wrap?: boolean;
  /** Thin borders on all four sides. */
  border?: boolean;
  /** A solid fill, as ARGB ("FFD9E1F2"). */
  fill?: string;
  /** A number format code ("0.0%", "dd/mm/yyyy"). */
  numFmt?: string;
}

/** The first index SpreadsheetML leaves to a workbook's own number formats. */
const FIRST_CUSTOM_FORMAT = 164;

/** Distinct XML fragments, each with its index in order of first use. */
class Distinct {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(first: string[] = []) {
    first.forEach((x) => this.id(x));
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export class StyleTable {
  private readonly fonts: Distinct;
  // SpreadsheetML reserves the first two fills (none and the gray pattern) whatever a workbook uses.
  private readonly fills = new Distinct([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Distinct(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly formats = new Map<string, number>();
  private readonly xfs: Distinct;
  // The same style object is asked for on every row of its column: answered without building its XML again.
  private readonly known = new WeakMap<CellStyle, number>();

  constructor(
    private readonly fontName: string,
    private readonly fontSize: number,
  ) {
    this.fonts = new Distinct([this.fontXml({})]);
    this.xfs = new Distinct(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  }

  /** The index of `style` in the cell formats (0: the default). */
  id(style: CellStyle): number {
    const seen = this.known.get(style);
    if (seen !== undefined) return seen;
    const font = this.fonts.id(this.fontXml(style));
    const fill = style.fill
      ? this.fills.id(
          `<fill><patternFill patternType="solid"><fgColor rgb="${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const border = style.border
      ? this.borders.id(
          '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>' +
            '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>',
        )
      : 0;
    const format = style.numFmt ? this.formatId(style.numFmt) : 0;
    const align = [
      style.horizontal ? ` horizontal="${style.horizontal}"` : '',
      style.vertical ? ` vertical="${style.vertical}"` : '',
      style.wrap ? ' wrapText="1"' : '',
    ].join('');
    const applies = [
      font ? ' applyFont="1"' : '',
      fill ? ' applyFill="1"' : '',
      border ? ' applyBorder="1"' : '',
      format ? ' applyNumberFormat="1"' : '',
      align ? ' applyAlignment="1"' : '',
    ].join('');
    const head = `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}`;
    const id = this.xfs.id(align ? `${head}><alignment${align}/></xf>` : `${head}/>`);
    this.known.set(style, id);
    return id;
  }

  /** styles.xml. */
  xml(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeText(code)}"/>`,
    );
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length ? list('numFmts', formats) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }

  private fontXml(style: CellStyle): string {
    return (
      '<font>' +
      (style.bold ? '<b/>' : '') +
      (style.italic ? '<i/>' : '') +
      `<sz val="${style.size ?? this.fontSize}"/><name val="${escapeText(this.fontName)}"/><family val="1"/>` +
      '</font>'
    );
  }

  private formatId(code: string): number {
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }
}
