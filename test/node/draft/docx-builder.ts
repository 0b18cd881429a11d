/**
 * Test-only .docx writer: the OOXML parts a Word plan needs (document.xml
 * with paragraphs, runs, list numbering and tables; numbering.xml;
 * styles.xml), built as strings and zipped with fflate. Not a general writer.
 */
import { strToU8, zipSync } from 'fflate';

export interface Run {
  text: string;
  bold?: boolean;
  /** A hand-made footnote mark. */
  superscript?: boolean;
  /** The run's font (".VnTime" for TCVN3 text, "VNI-Times" for VNI). */
  font?: string;
}

export interface DocxParagraph {
  kind?: 'p';
  runs: Run[];
  /** Paragraph style id ("Heading2", "ListBullet"). */
  style?: string;
  num?: { id: number; level: number };
}

export interface DocxTable {
  kind: 'table';
  /** Cell text; "\n" separates the cell's paragraphs, a line "- x" becomes a Word bullet item. */
  rows: string[][];
  /** Horizontal spans: [row, col, span] — the spanned cells after it are dropped from `rows[row]`. */
  spans?: [number, number, number][];
  /** Vertical merges: [row, col, rows] — the cell runs down `rows` rows; the cells below it are written empty, as Word does. */
  vMerges?: [number, number, number][];
  /** Cells [row, col] holding only a Word-numbered empty paragraph (list STT_NUM, "%1."), as an auto-numbered STT column. */
  autoNumbered?: [number, number][];
  /** Cells [row, col, font] whose runs are set in that font (".VnTime" for a cell typed in TCVN3). */
  cellFonts?: [number, number, string][];
}

export type DocxBlock = DocxParagraph | DocxTable;

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function run(r: Run): string {
  const props = [
    r.font ? `<w:rFonts w:ascii="${esc(r.font)}" w:hAnsi="${esc(r.font)}"/>` : '',
    r.bold ? '<w:b/>' : '',
    r.superscript ? '<w:vertAlign w:val="superscript"/>' : '',
  ].join('');
  const parts = r.text.split('\n').map((t) => `<w:t xml:space="preserve">${esc(t)}</w:t>`);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${parts.join('<w:br/>')}</w:r>`;
}

function paragraph(p: DocxParagraph): string {
  const pPr = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.num ? `<w:numPr><w:ilvl w:val="${p.num.level}"/><w:numId w:val="${p.num.id}"/></w:numPr>` : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${p.runs.map(run).join('')}</w:p>`;
}

function cell(
  text: string,
  span: number,
  vMerge: 'restart' | 'continue' | null,
  autoNumbered = false,
  font?: string,
): string {
  const lines = vMerge === 'continue' ? [''] : text.split('\n');
  const paras = autoNumbered
    ? [paragraph({ runs: [], num: { id: STT_NUM, level: 0 } })]
    : lines.map((line) =>
        line.startsWith('- ')
          ? paragraph({ runs: [{ text: line.slice(2), font }], num: { id: BULLET_NUM, level: 0 } })
          : paragraph({ runs: [{ text: line, font }] }),
      );
  const props = [
    span > 1 ? `<w:gridSpan w:val="${span}"/>` : '',
    vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : vMerge === 'continue' ? '<w:vMerge/>' : '',
  ].join('');
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paras.join('')}</w:tc>`;
}

function table(t: DocxTable): string {
  const spans = new Map((t.spans ?? []).map(([r, c, n]) => [`${r}:${c}`, n]));
  const merged = new Map<string, 'restart' | 'continue'>();
  for (const [r, c, n] of t.vMerges ?? []) {
    merged.set(`${r}:${c}`, 'restart');
    for (let k = 1; k < n; k++) merged.set(`${r + k}:${c}`, 'continue');
  }
  const numbered = new Set((t.autoNumbered ?? []).map(([r, c]) => `${r}:${c}`));
  const fonts = new Map((t.cellFonts ?? []).map(([r, c, f]) => [`${r}:${c}`, f]));
  const rows = t.rows.map((row, r) => {
    const cells = row.map((text, c) =>
      cell(
        text,
        spans.get(`${r}:${c}`) ?? 1,
        merged.get(`${r}:${c}`) ?? null,
        numbered.has(`${r}:${c}`),
        fonts.get(`${r}:${c}`),
      ),
    );
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows.join('')}</w:tbl>`;
}

/** The list of the numbered builder: I. / 1. / 1.1. / a) on levels 0-3. */
export const OUTLINE_NUM = 1;
/** A bullet list. */
export const BULLET_NUM = 2;
/** A single-level decimal list ("1.", "2.", …), as Word numbers an STT column. */
export const STT_NUM = 3;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="${OUTLINE_NUM}"><w:abstractNumId w:val="0"/></w:num>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="${BULLET_NUM}"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="${STT_NUM}"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/></w:style>
  <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="${BULLET_NUM}"/></w:numPr></w:pPr></w:style>
</w:styles>`;

export function buildDocx(blocks: DocxBlock[]): Uint8Array {
  const body = blocks.map((b) => (b.kind === 'table' ? table(b) : paragraph(b))).join('\n');
  return docxPackage(body, STYLES, NUMBERING);
}

/** A .docx whose body is `body` (raw WordprocessingML), with its styles part and, if given, its numbering. */
export function docxPackage(body: string, styles: string, numbering?: string): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const numberingType = numbering
    ? '\n  <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    : '';
  const numberingRel = numbering
    ? '\n  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    : '';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${numberingType}
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${numberingRel}
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`),
    'word/document.xml': strToU8(document),
    'word/styles.xml': strToU8(styles),
    ...(numbering ? { 'word/numbering.xml': strToU8(numbering) } : {}),
  };
  return zipSync(files);
}
