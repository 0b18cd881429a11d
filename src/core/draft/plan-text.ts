/**
 * Plain-text and markdown plans (the form of the seeds) to a PlanDocument.
 *
 * Lines join into paragraphs until a blank line, a new bullet or number, a
 * heading, or a markdown hard break ("  " at the end): text copied from a PDF
 * wraps mid-sentence, text from Word has one paragraph per line, and both come
 * out whole. Lines with two or more tabs between words, or "| a | b |" rows, are table rows;
 * a table continues across blank lines while rows keep coming.
 */
import { cleanText } from '../text/normalize';
import type { PlanBlock, PlanDocument, PlanParagraph } from './document';
import { isFootnoteLine, splitLabel, stripInline } from './inline';

interface OpenParagraph {
  lines: string[];
  heading: number | null;
  bullet: boolean;
  bold: boolean;
  footnote: boolean;
}

const HEADING = /^(#{1,6})\s+/;
const RAW_BULLET = /^(?:[-+•●▪◦‣–—]|\*(?!\*))\s+/;
const WHOLE_BOLD = /^(?:\*\*|__)(?!\s).*(?:\*\*|__)$/;
const HARD_BREAK = / {2,}$|\\$/;
const WRAP_MIN = 50;
/** A wrapped line reaches this share of the document's long lines. */
const WRAP_SHARE = 0.8;
const NUMBER_START =
  /^(?:\*+)?(?:(?:[IVXL]{1,7}\s*[.)]|\d{1,2}(?:\.\d{1,2})*\s*[.)]|\d{1,2}(?:\.\d{1,2})+|[a-zđ]\s*\))\s|[IVXL]{1,7}\s*(?:[.)]|[-–—]\s*)(?=\**\p{Lu}))/u;

/**
 * Two tabs or more. A table starts on tabs between words: tabs only before or
 * after the text are a typed indent ("\t\tKT. CHỦ TỊCH"), not cells. Once a
 * table has started, a row may open or close on empty cells ("\ta) …\tSở Y tế\t\t").
 */
function isTabRow(line: string, inTable = false): boolean {
  return ((inTable ? line : line.trim()).match(/\t/g) ?? []).length >= 2;
}

function isPipeRow(line: string): boolean {
  const s = line.trim();
  return s.startsWith('|') && s.endsWith('|') && s.length > 2 && (s.match(/\|/g) ?? []).length >= 3;
}

function isTableLine(line: string, inTable = false): boolean {
  return isTabRow(line, inTable) || isPipeRow(line);
}

function splitRow(line: string): string[] {
  if (isTabRow(line, true)) return line.split('\t');
  const inner = line.trim().slice(1, -1);
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|'));
}

/** A separator row: "---", "| :--- | --- |". */
function isSeparatorRow(cells: string[]): boolean {
  return cells.every((c) => /^[\s:|-]*$/.test(c)) && cells.some((c) => c.includes('-'));
}

/**
 * One cell's text. HTML lists that converters leave in a cell
 * (`<ul …> - a - b`) become one "- " line per item, and "<br>" a line break,
 * so the agency-list rules split them as they would a typed cell.
 */
export function cellText(raw: string): string {
  let s = raw.replace(/<br\s*\/?>/gi, '\n');
  if (/<(?:ul|ol|li)\b/i.test(s)) {
    s = s.replace(/<li\b[^>]*>/gi, '\n- ').replace(/<\/?(?:ul|ol|li)\b[^>]*>/gi, '\n');
    s = s
      .split('\n')
      .flatMap((line) => line.split(/(?:^|\s)[-+•]\s+/))
      .map((item) => item.trim())
      .filter(Boolean)
      .map((item) => `- ${item}`)
      .join('\n');
  }
  return cleanText(
    s
      .split('\n')
      .map((line) => stripInline(line))
      .join('\n'),
    { keepLineBreaks: true },
  );
}

export function parsePlanText(text: string): PlanDocument {
  const lines = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/);
  const wrapWidth = wrapWidthOf(lines);
  const blocks: PlanBlock[] = [];
  let open: OpenParagraph | null = null;
  let table: string[][] | null = null;

  const flush = () => {
    if (open) {
      const p = toParagraph(open, blocks.length + 1);
      if (p) blocks.push(p);
      open = null;
    }
  };
  const closeTable = () => {
    if (table && table.length) blocks.push({ kind: 'table', index: blocks.length + 1, rows: table });
    table = null;
  };

  for (let i = 0; i < lines.length; i++) {
    // A page break of a PDF copy (a form feed, a page number alone, the blank lines around them) is not
    // there: the sentence it cut goes on after it.
    const run = blankRun(lines, i);
    if (run.pageBreak) {
      i = run.end - 1;
      continue;
    }
    const line = lines[i].replace(/\f/g, '');
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      // A table goes on across blank lines while the next line with text is another row.
      if (table && !isTableLine(nextWithText(lines, i) ?? '', true)) closeTable();
      // The rest of the blank run says no more: passed over at once, not looked through from each line.
      i = run.end - 1;
      continue;
    }
    if (isTableLine(line, table !== null)) {
      flush();
      const cells = splitRow(line);
      if (!isSeparatorRow(cells)) (table ??= []).push(cells.map(cellText));
      continue;
    }
    closeTable();

    const heading = HEADING.exec(trimmed);
    const body = heading ? trimmed.slice(heading[0].length) : trimmed;
    const bullet = RAW_BULLET.test(body);
    const footnote = isFootnoteLine(body);
    const last = open?.lines[open.lines.length - 1];
    // A line going on in lower case goes on the sentence above: past a ";" or ":" where the page broke
    // a long line, and always after one that ends no sentence ("3. Liên hiệp các Hội Khoa học và Kỹ thuật↵tỉnh").
    const continues =
      last !== undefined &&
      /^\p{Ll}/u.test(body) &&
      (last.trim().length >= WRAP_MIN || !/[.;:!?]$/u.test(last.trim()));
    const startsBlock =
      heading ||
      bullet ||
      footnote ||
      NUMBER_START.test(body) ||
      open?.heading != null ||
      (open?.footnote && !continues);
    if (!open || startsBlock || !(continues || wraps(last ?? '', wrapWidth))) {
      flush();
      open = { lines: [], heading: heading ? heading[1].length : null, bullet, bold: true, footnote };
    }
    const current: OpenParagraph = open;
    current.lines.push(body.replace(HARD_BREAK, ''));
    current.bold &&= WHOLE_BOLD.test(body.replace(RAW_BULLET, '').replace(HARD_BREAK, '').trim());
    if (HARD_BREAK.test(line)) flush();
  }
  flush();
  closeTable();
  return { blocks };
}

/**
 * Whether a line reads as cut by wrapping (copied from a PDF): long, and not
 * ending a sentence. Short lines ("Phụ lục", "TM. ỦY BAN NHÂN DÂN") stand alone.
 */
function wraps(line: string, width: number): boolean {
  const s = line.trim();
  return s.length >= width && !/[.;:!?]$/.test(s);
}

/**
 * How long a line must be to have been cut by wrapping: a PDF copy cuts its
 * lines near the page's width, so a line well short of the longest tenth
 * ended where its writer ended it ("9. Đề nghị Báo và Phát thanh, Truyền hình
 * Lạng Sơn" above a line of 90 characters); never less than WRAP_MIN.
 */
function wrapWidthOf(lines: string[]): number {
  const widths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const long = widths.length ? widths[Math.floor(0.9 * (widths.length - 1))] : 0;
  return Math.max(WRAP_MIN, Math.floor(WRAP_SHARE * long));
}

/** A page number alone on its line, as a PDF copy keeps it: "2", "- 2 -", "Trang 2", "2/15". */
const PAGE_NUMBER = /^(?:-\s*)?(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*-)?$/iu;

/**
 * The run of blank lines, form feeds and page numbers starting at line `i`:
 * where it ends (`i` when line `i` has text), and whether it is a page break
 * (it holds a form feed or a page number).
 */
function blankRun(lines: string[], i: number): { end: number; pageBreak: boolean } {
  let j = i;
  let marked = false;
  for (; j < lines.length; j++) {
    const s = lines[j].trim();
    const bare = s.replace(/\f/g, '').trim();
    if (bare !== '' && !PAGE_NUMBER.test(bare)) break;
    if (s.includes('\f') || bare !== '') marked = true;
  }
  // The text after a form feed on the same line is the next page's first line: the break ends before it.
  return { end: j, pageBreak: marked };
}

function nextWithText(lines: string[], i: number): string | null {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim() !== '') return lines[j];
  return null;
}

function toParagraph(open: OpenParagraph, index: number): PlanParagraph | null {
  const joined = open.lines.join(' ');
  const raw = open.bullet ? joined.replace(RAW_BULLET, '') : joined;
  const text = stripInline(raw);
  if (text === '') return null;
  const label = splitLabel(text);
  // A hard-wrapped multi-line run of bold parts ("**a  \nb**") is bold only when it all is.
  const bold = open.bold || WHOLE_BOLD.test(raw.trim());
  return {
    kind: 'paragraph',
    index,
    label: label.label,
    bullet: open.bullet || label.bullet,
    heading: open.heading,
    bold,
    text: cleanText(label.rest),
    ...(open.footnote ? { footnote: true } : {}),
  };
}
