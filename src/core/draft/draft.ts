/**
 * From a plan document to the rows of its appendix: the document's own
 * appendix table when it has one (read by the workbook engine), otherwise
 * tasks proposed from its implementation section; with the plan's metadata
 * either way.
 */
import type { AgencyRegistry } from '../agency/registry';
import { readDocumentAppendix } from './appendix-table';
import { isAppendixLabel, type PlanDocument } from './document';
import type { PlanHeader } from './metadata';
import { proposeTasks, type DraftTask, type ReportDeadline } from './propose';
import { appendixTitleLines } from './title-lines';

export interface PlanMeta extends PlanHeader {
  focalAgency: string | null;
  reportDeadlines: ReportDeadline[];
}

export type DraftProblem =
  /** Nothing to read: no paragraph with text, no table. */
  | 'empty'
  /** Neither an appendix table nor an implementation section. */
  | 'no-section'
  /** An implementation section that assigns no task. */
  | 'no-tasks';

export type DraftOutcome =
  | {
      ok: true;
      meta: PlanMeta;
      /** Where the rows come from: the document's table, or proposals from the implementation section. */
      mode: 'table' | 'proposed';
      tasks: DraftTask[];
      titleLines: string[];
      /** The implementation section's heading, when found. */
      section: string | null;
      /** A "Phụ lục" heading with no table the reader could use (a PDF copy's flattened table). */
      appendixUnread: boolean;
    }
  | { ok: false; problem: DraftProblem; meta: PlanMeta; section: string | null };

function hasAppendixLabel(doc: PlanDocument): boolean {
  return doc.blocks.some((b) => b.kind === 'paragraph' && isAppendixLabel(b.text));
}

function isEmpty(doc: PlanDocument): boolean {
  return !doc.blocks.some((b) =>
    b.kind === 'table' ? b.rows.some((r) => r.some(Boolean)) : !b.footnote && b.text !== '',
  );
}

export function draftPlan(doc: PlanDocument, header: PlanHeader, registry: AgencyRegistry): DraftOutcome {
  // Deadlines are read as the workbook reader reads the cell they are written to, without an
  // anchor year: "trước ngày 10 tháng 12 hàng năm" is due on 10 December each year (DOMAIN.md §4),
  // so the task `validate` reads back and the plan's reporting deadline say the same.
  const proposal = proposeTasks(doc, registry);
  const meta: PlanMeta = {
    ...header,
    focalAgency: proposal.focalAgency,
    reportDeadlines: proposal.reportDeadlines,
  };
  if (isEmpty(doc)) return { ok: false, problem: 'empty', meta, section: null };

  const appendix = readDocumentAppendix(doc, registry);
  if (appendix) {
    const titleLines = appendixTitleLines(header, appendix.titleLines);
    return {
      ok: true,
      meta,
      mode: 'table',
      tasks: appendix.tasks,
      titleLines,
      section: proposal.section,
      appendixUnread: false,
    };
  }
  if (proposal.tasks.length === 0) {
    return {
      ok: false,
      problem: proposal.section ? 'no-tasks' : 'no-section',
      meta,
      section: proposal.section,
    };
  }
  const tasks = proposal.tasks.map((t, i) => ({ ...t, stt: String(i + 1) }));
  return {
    ok: true,
    meta,
    mode: 'proposed',
    tasks,
    titleLines: appendixTitleLines(header, []),
    section: proposal.section,
    appendixUnread: hasAppendixLabel(doc) && !proposal.appendixRead,
  };
}
