/**
 * Word versions of the seed plans, built in code: the seed's paragraphs with
 * their numbers typed by hand (`typed`) or made by Word's list numbering with
 * bold headings (`numbered`), and optionally the appendix as a Word table.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { PlanParagraph } from '../../../src/core/draft/document';
import { labelKind } from '../../../src/core/draft/inline';
import { parsePlanText } from '../../../src/core/draft/plan-text';
import type { SeedTable } from '../../fixtures/seed-tables';
import { buildDocx, OUTLINE_NUM, type DocxBlock, type DocxParagraph } from './docx-builder';

/** ../shared/seeds next to the repository, as the issue places them. */
export const SEEDS_DIR = path.resolve(__dirname, '../../../../shared/seeds');

export type SeedKey = '000' | '001' | '002' | '003' | '004';

/** The seed's text, or null when ../shared/seeds is absent (tests skip with a message). */
export function seedText(key: SeedKey): string | null {
  if (!fs.existsSync(SEEDS_DIR)) return null;
  const name = fs.readdirSync(SEEDS_DIR).find((n) => n.startsWith(`${key}_`) && n.endsWith('.txt'));
  return name ? fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8') : null;
}

function typedParagraph(p: PlanParagraph): DocxParagraph {
  const text = p.bullet ? `- ${p.text}` : p.label ? `${p.label} ${p.text}` : p.text;
  return { runs: [{ text, bold: p.bold }] };
}

/** Roman sections on level 0 in a bold heading style, "1." on 1, "1.1." on 2, "a)" on 3; bullets through a list style. */
function numberedParagraph(p: PlanParagraph): DocxParagraph {
  const kind = labelKind(p.label);
  if (p.bullet) return { runs: [{ text: p.text }], style: 'ListBullet' };
  if (!kind) return { runs: [{ text: p.text, bold: p.bold }] };
  if (kind.kind === 'roman')
    return { runs: [{ text: p.text }], style: 'Heading1', num: { id: OUTLINE_NUM, level: 0 } };
  const level = kind.kind === 'letter' ? 3 : Math.min(kind.depth, 2);
  return { runs: [{ text: p.text, bold: p.bold || p.heading !== null }], num: { id: OUTLINE_NUM, level } };
}

export function seedDocx(text: string, style: 'typed' | 'numbered', appendix?: SeedTable): Uint8Array {
  const blocks: DocxBlock[] = [];
  for (const b of parsePlanText(text).blocks) {
    if (b.kind === 'table') {
      if (!appendix) blocks.push({ kind: 'table', rows: b.rows });
      continue;
    }
    if (b.footnote) continue;
    // The seed's own appendix (tab rows, or a PDF's interleaved lines) gives way to the Word table.
    if (appendix && b.text === 'Phụ lục') break;
    blocks.push(style === 'typed' ? typedParagraph(b) : numberedParagraph(b));
  }
  if (appendix) {
    for (const line of appendix.titleLines)
      blocks.push({ runs: [{ text: line, bold: !line.startsWith('(') }] });
    blocks.push({ kind: 'table', rows: [appendix.headers, ...appendix.rows] });
  }
  return buildDocx(blocks);
}
