/** The `validate --json` document (CONTRACT.md, schemaVersion 1). */
import { findingMessage, type Lang } from '../../core/messages';
import type { Finding } from '../../core/model/finding';
import type { TaskRow, TaskTable } from '../../core/model/task';
import type { FileResult } from '../validate-files';

export const SCHEMA_VERSION = 1;

export function taskJson(task: TaskRow) {
  const d = task.deadline;
  return {
    row: task.row,
    stt: task.stt,
    group: task.group,
    task: task.task,
    lead: task.lead,
    partners: task.partners,
    result: task.result,
    deadline: d ? { text: d.text, kind: d.kind, start: d.start, due: d.due, every: d.every } : null,
    status: task.status,
    outcome: task.outcome,
  };
}

export function tableJson(table: TaskTable) {
  return {
    sheet: table.sheet,
    kind: table.kind,
    headerRow: table.headerRow,
    firstDataRow: table.firstDataRow,
    lastDataRow: table.lastDataRow,
    columns: table.columns,
    tasks: table.tasks.map(taskJson),
  };
}

export interface IssueJson {
  code: string;
  severity: Finding['severity'];
  sheet: string | null;
  cell: string | null;
  row: number | null;
  field: Finding['field'];
  message: string;
  /** Always present, null when there is none: scripts read the field without testing for it. */
  suggestion: string | null;
  /**
   * Added field (CONTRACT.md: fields may be added): present only when the issue's sheet, row or column is
   * hidden, e.g. ["row"]; the message then ends with the same hint ("(dòng đang ẩn)").
   */
  hidden?: Finding['hidden'];
}

export function issueJson(f: Finding, lang: Lang): IssueJson {
  const issue: IssueJson = {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    field: f.field,
    message: findingMessage(f, lang),
    suggestion: f.suggestion ?? null,
  };
  if (f.hidden?.length) issue.hidden = [...f.hidden];
  return issue;
}

export function countSeverities(findings: readonly Finding[]) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function validateJson(results: readonly FileResult[], lang: Lang) {
  const all = results.flatMap((r) => r.findings);
  return {
    schemaVersion: SCHEMA_VERSION,
    files: results.map((r) => ({
      path: r.path,
      format: r.format,
      tables: r.tables.map(tableJson),
      issues: r.findings.map((f) => issueJson(f, lang)),
    })),
    summary: {
      files: results.length,
      tables: results.reduce((n, r) => n + r.tables.length, 0),
      tasks: results.reduce((n, r) => n + r.tables.reduce((m, tb) => m + tb.tasks.length, 0), 0),
      ...countSeverities(all),
    },
  };
}
