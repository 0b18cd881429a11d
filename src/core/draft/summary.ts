/**
 * A draft as the edges show it: the rows of the appendix workbook (with
 * each row's source and proposed mark), the plan's metadata as JSON, and the
 * metadata lines at the top of the text output.
 */
import { formatDateVi } from '../deadline/dates';
import { t, type Lang } from '../messages';
import type { Deadline } from '../model/task';
import type { PlanMeta } from './draft';
import type { DraftTask } from './propose';
import { upperFirst } from '../text/normalize';

export interface DraftRowData {
  stt: string | null;
  group: string | null;
  task: string;
  lead: readonly string[];
  partners: readonly string[];
  result: string;
  deadline: string;
  subRow: boolean;
}

export interface DraftTableData {
  titleLines: string[];
  rows: DraftRowData[];
  sources: string[];
  proposed: boolean[];
}

/** The source of a row as written in the hidden column: always Vietnamese, like the rest of the workbook. */
export function sourceText(task: DraftTask): string {
  const id = task.source.proposed ? 'draft.source.paragraph' : 'draft.source.row';
  return t(id, { heading: task.source.heading, paragraph: task.source.paragraph }, 'vi');
}

export function draftTable(titleLines: string[], tasks: DraftTask[]): DraftTableData {
  return {
    titleLines,
    rows: tasks.map((task) => ({
      stt: task.stt ?? null,
      group: task.group ?? null,
      task: task.task,
      lead: task.lead,
      partners: task.partners,
      result: task.result,
      // "trước ngày 10 tháng 12 hàng năm" from inside a sentence starts the cell with a capital.
      deadline: task.deadline ? upperFirst(task.deadline.text) : '',
      subRow: task.subRow ?? false,
    })),
    sources: tasks.map(sourceText),
    proposed: tasks.map((task) => task.source.proposed),
  };
}

function deadlineJson(d: Deadline) {
  return { text: d.text, kind: d.kind, start: d.start, due: d.due, every: d.every };
}

/** `plan` in `draft --json` (CONTRACT.md). */
export function planJson(meta: PlanMeta) {
  return {
    number: meta.number,
    symbol: meta.symbol,
    date: meta.date,
    year: meta.dateParts.year,
    province: meta.province,
    issuer: meta.issuer,
    implements: meta.implements,
    horizon: meta.horizon,
    focalAgency: meta.focalAgency,
    reportDeadlines: meta.reportDeadlines.map((r) => ({
      from: r.from,
      to: r.to,
      deadline: deadlineJson(r.deadline),
    })),
  };
}

/** The metadata lines of the text output, indented under "Kế hoạch: …". */
export function planLines(meta: PlanMeta, lang: Lang): string[] {
  const none = t('draft.meta.none', {}, lang);
  const blank = t('draft.meta.blank', {}, lang);
  const line = (id: string, value: string | number | null, missing = none) =>
    t(id, { value: value ?? missing }, lang);
  const lines = [
    line('draft.meta.number', meta.number, meta.symbol ? blank : none),
    line('draft.meta.date', meta.date ? formatDateVi(meta.date) : null, meta.dateParts.year ? blank : none),
    line('draft.meta.province', meta.province),
    line('draft.meta.issuer', meta.issuer),
    line('draft.meta.implements', meta.implements),
    line('draft.meta.horizon', meta.horizon),
    line('draft.meta.focal', meta.focalAgency),
  ];
  for (const r of meta.reportDeadlines)
    lines.push(t('draft.meta.report', { from: r.from, to: r.to, deadline: r.deadline.text }, lang));
  return lines;
}
