/**
 * A plan document as the draft engine reads it: paragraphs with their
 * numbering and emphasis, and tables as rows of cell text. The .txt/.md parser
 * (plan-text.ts) and the .docx reader (src/node/docx) both produce this shape,
 * so everything after reading is one code path.
 */
import { compareKey } from '../text/compare-key';

export interface PlanParagraph {
  kind: 'paragraph';
  /** 1-based position among the document's paragraphs and tables. */
  index: number;
  /** The numbering label as shown: "IV.", "1.1.", "9)", "a)"; null when unnumbered or bulleted. */
  label: string | null;
  /** A bulleted item ("- ", "+ ", "•", or a Word bullet list). */
  bullet: boolean;
  /** Heading level from a markdown "#" or a Word heading style/outline level; null for body text. */
  heading: number | null;
  /** Every visible character is bold (a "**…**" line, or bold runs in Word). */
  bold: boolean;
  /** The text without its label or bullet mark, emphasis and footnote marks removed, cleaned. */
  text: string;
  /** A footnote's own text: never body content. */
  footnote?: boolean;
}

export interface PlanTable {
  kind: 'table';
  index: number;
  /** Cell text row by row; lines inside a cell joined with "\n", bullets inside a cell kept as "- ". */
  rows: string[][];
  /** Merged cells (0-based, inclusive), from a Word table's gridSpan/vMerge. */
  merges?: { top: number; left: number; bottom: number; right: number }[];
}

export type PlanBlock = PlanParagraph | PlanTable;

export interface PlanDocument {
  blocks: PlanBlock[];
}

export function paragraphs(doc: PlanDocument): PlanParagraph[] {
  return doc.blocks.filter((b): b is PlanParagraph => b.kind === 'paragraph');
}

/** "Phụ lục", "PHỤ LỤC I": the appendix's own label line. */
export function isAppendixLabel(text: string): boolean {
  return /^phu luc(?: [ivx\d]+)?$/.test(compareKey(text));
}

/** The paragraph as a reader sees it: label and text. */
export function shownText(p: PlanParagraph): string {
  return p.label ? `${p.label} ${p.text}` : p.text;
}
