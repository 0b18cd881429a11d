/**
 * Reads a plan file for `phuluc draft`, telling the kind from the bytes, not
 * the name: a Word document (.docx), or UTF-8 text (.txt, .md — the seeds'
 * form). What cannot be read comes back as a reason the catalogue renders
 * (`draft.reason.*`, `read.reason.*`), never as an exception.
 */
import * as fs from 'node:fs/promises';
import type { PlanDocument } from '../../core/draft/document';
import { parsePlanText } from '../../core/draft/plan-text';
import { isOle2 } from '../read/cfb';
import { isZip } from '../read/zip-guard';
import { readDocx, type DocxFailure } from './read-docx';

export type PlanFormat = 'docx' | 'txt' | 'md';

export type PlanFileOutcome =
  | { ok: true; doc: PlanDocument; format: PlanFormat }
  /** `reason` is a message id: "draft.reason.legacy-doc", "read.reason.not-found" … */
  | { ok: false; reason: string };

/** A plan is a few hundred kilobytes; a text file past this is not one. */
const MAX_PLAN_BYTES = 64 * 1024 * 1024;

const DRAFT_REASONS: ReadonlySet<string> = new Set([
  'not-a-docx',
  'legacy-doc',
  'bad-xml',
  'spreadsheet',
  'too-large',
]);

function docxReason(reason: DocxFailure): string {
  // A damaged Word file is opened again in Word, not in Excel as the spreadsheet reason says.
  if (reason === 'corrupt') return 'draft.reason.bad-xml';
  return DRAFT_REASONS.has(reason) ? `draft.reason.${reason}` : `read.reason.${reason}`;
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
}

export function readPlanBytes(bytes: Uint8Array, name: string): PlanFileOutcome {
  if (bytes.length > MAX_PLAN_BYTES) return { ok: false, reason: 'draft.reason.too-large' };
  if (isZip(bytes) || isOle2(bytes)) {
    const out = readDocx(bytes);
    return out.ok
      ? { ok: true, doc: out.doc, format: 'docx' }
      : { ok: false, reason: docxReason(out.reason) };
  }
  if (isPdf(bytes)) return { ok: false, reason: 'draft.reason.pdf' };
  // A .docx that is not a zip was renamed, truncated to nothing useful, or is not Word's at all.
  if (/\.docx$/i.test(name)) return { ok: false, reason: 'draft.reason.not-a-docx' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'draft.reason.not-utf8' };
  }
  // NUL characters do not occur in a text document: some other binary file.
  if (text.includes('\u0000')) return { ok: false, reason: 'draft.reason.unsupported' };
  return { ok: true, doc: parsePlanText(text), format: /\.md$/i.test(name) ? 'md' : 'txt' };
}

export async function readPlanFile(file: string): Promise<PlanFileOutcome> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { ok: false, reason: 'read.reason.io-error' };
    if (stat.size > MAX_PLAN_BYTES) return { ok: false, reason: 'draft.reason.too-large' };
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'read.reason.not-found' : 'read.reason.io-error' };
  }
  return readPlanBytes(bytes, file);
}
