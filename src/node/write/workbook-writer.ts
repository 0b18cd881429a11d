/**
 * A workbook phuluc writes (the provincial report), as an .xlsx package
 * written straight into an output stream: each sheet's XML is deflated and
 * handed to the output piece by piece as it is made, and the parts every
 * sheet adds to (shared strings, styles, the workbook's sheet list and names)
 * at the end. Every zip entry carries one fixed time, so the same content
 * gives the same bytes.
 */
import { type AsyncFlateStreamHandler, Zip, type ZipInputFile } from 'fflate';
import type { Writable } from 'node:stream';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { PIECE_CHARS, SheetWriter, type PartSink, type PrintSetup, type StringTable } from './sheet-writer';
import { StyleTable } from './style-table';
import { escapeText, textElement } from './xlsx-text';

export interface BookProperties {
  title: string;
  creator: string;
  /** The document category (the report's marker). */
  category: string;
  /** Created and modified. */
  date: Date;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Texts stored once, in order of first use; their XML is made only when the part is written. */
class SharedStrings implements StringTable {
  private readonly index = new Map<string, number>();
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  write(sink: PartSink): void {
    let piece = `${XML_HEAD}<sst xmlns="${MAIN}" count="${this.uses}" uniqueCount="${this.index.size}">`;
    for (const text of this.index.keys()) {
      piece += `<si>${textElement('', text)}</si>`;
      if (piece.length >= PIECE_CHARS) {
        sink(piece, false);
        piece = '';
      }
    }
    sink(`${piece}</sst>`, true);
  }
}

/**
 * zlib's fast deflating: a thousand files' report (3.2 MB of XML) deflated in 13 ms against 37 ms at its
 * default level 6, and 13% larger (333 against 295 KB). The report is written once the whole round is read,
 * so its time adds to the merge's in full.
 */
const LEVEL = 2;

/**
 * An entry deflated by Node's zlib and summed by its CRC-32, added to fflate's
 * zip writer as its documented `ZipInputFile` (fflate's own pass-through
 * entry would sum it in JavaScript: 15 ms of a thousand files' report, against
 * 1 ms here; native deflating takes a third of fflate's time). Each piece is
 * deflated on its own and ends with a sync flush (no final block), the last
 * with the final block: together, one deflate stream.
 */
class NativeDeflate implements ZipInputFile {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;
  /** The CRC-32 of the pieces so far; the entry's once the last has come. */
  private sum = 0;

  constructor(
    readonly filename: string,
    readonly mtime: Date,
  ) {}

  push(chunk: Uint8Array, final: boolean): void {
    this.sum = crc32(chunk, this.sum);
    this.size += chunk.length;
    // The zip writer reads the size and CRC when it is handed the last piece.
    if (final) this.crc = this.sum;
    const flush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    if (!this.ondata) throw new Error(`${this.filename}: written before it was added to the package`);
    this.ondata(null, new Uint8Array(deflateRawSync(chunk, { level: LEVEL, finishFlush: flush })), final);
  }
}

/** A sheet's name quoted for a formula or defined name: 'Chi tiết nhiệm vụ'. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

export class WorkbookWriter {
  readonly styles: StyleTable;
  private readonly strings = new SharedStrings();
  private readonly sheets: SheetWriter[] = [];
  private readonly zip: Zip;
  private readonly written: Promise<void>;

  constructor(
    private readonly out: Writable,
    private readonly props: BookProperties,
    font: { name: string; size: number },
    private readonly mtime: Date,
  ) {
    this.styles = new StyleTable(font.name, font.size);
    let fail: (e: unknown) => void = () => undefined;
    this.written = new Promise<void>((resolve, reject) => {
      fail = reject;
      out.once('error', reject);
      out.once('finish', resolve);
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) return fail(error);
      out.write(chunk);
      if (final) out.end();
    });
  }

  /** A sheet after the others; it is written out as its rows come, and finished by `commit`. */
  addSheet(name: string, frozenRows: number | null, print: PrintSetup): SheetWriter {
    const sink = this.part(`xl/worksheets/sheet${this.sheets.length + 1}.xml`);
    const sheet = new SheetWriter(
      name,
      this.sheets.length === 0,
      frozenRows,
      print,
      this.strings,
      this.styles,
      sink,
    );
    this.sheets.push(sheet);
    return sheet;
  }

  /** The sheet is complete: the rest of its part is written. A sheet is added once the one before is committed. */
  commit(sheet: SheetWriter): void {
    sheet.end();
  }

  /** The remaining parts; resolves once the output has taken the whole package. */
  async finish(): Promise<void> {
    this.strings.write(this.part('xl/sharedStrings.xml'));
    this.add('xl/styles.xml', this.styles.xml());
    this.add('xl/workbook.xml', this.workbookXml());
    this.add('xl/_rels/workbook.xml.rels', this.workbookRels());
    this.add('docProps/core.xml', this.coreXml());
    this.add(
      'docProps/app.xml',
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
        `<Application>${escapeText(this.props.creator)}</Application></Properties>`,
    );
    this.add(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">` +
        `<Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${PKG_RELS}/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${DOC_RELS}/extended-properties" Target="docProps/app.xml"/>` +
        '</Relationships>',
    );
    this.add('[Content_Types].xml', this.contentTypes());
    this.zip.end();
    await this.written;
  }

  private add(name: string, xml: string): void {
    this.part(name)(xml, true);
  }

  /** A new entry of the package, written piece by piece. */
  private part(name: string): PartSink {
    const entry = new NativeDeflate(name, this.mtime);
    this.zip.add(entry);
    return (xml, last) => entry.push(Buffer.from(xml, 'utf8'), last);
  }

  private workbookXml(): string {
    const sheets = this.sheets.map(
      (s, i) => `<sheet name="${escapeText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    );
    // Excel keeps a filter's range as a hidden name, and the rows printed on every page as another.
    const names: string[] = [];
    this.sheets.forEach((s, i) => {
      if (s.filterRange)
        names.push(
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
            `${escapeText(quoted(s.name))}!${absolute(s.filterRange)}</definedName>`,
        );
    });
    this.sheets.forEach((s, i) => {
      if (s.titleRows)
        names.push(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">` +
            `${escapeText(quoted(s.name))}!$${s.titleRows.from}:$${s.titleRows.to}</definedName>`,
        );
    });
    return (
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}">` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
      `<sheets>${sheets.join('')}</sheets>` +
      (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
      '<calcPr calcId="191029"/></workbook>'
    );
  }

  private workbookRels(): string {
    const n = this.sheets.length;
    const sheets = this.sheets.map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    );
    return (
      `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">${sheets.join('')}` +
      `<Relationship Id="rId${n + 1}" Type="${DOC_RELS}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>'
    );
  }

  private coreXml(): string {
    const p = this.props;
    const date = p.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return (
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${escapeText(p.title)}</dc:title><dc:creator>${escapeText(p.creator)}</dc:creator>` +
      `<cp:lastModifiedBy>${escapeText(p.creator)}</cp:lastModifiedBy><cp:category>${escapeText(p.category)}</cp:category>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
      '</cp:coreProperties>'
    );
  }

  private contentTypes(): string {
    const sheets = this.sheets.map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`,
    );
    return (
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>${sheets.join('')}` +
      `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>'
    );
  }
}
