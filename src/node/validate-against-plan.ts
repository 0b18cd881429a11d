/**
 * `phuluc validate --plan`: an agency's report checked against the plan it
 * answers, before it is sent — the same matching `phuluc merge` will do, so
 * a row the merge would reject (E_TASK_NOT_IN_PLAN) or a task it would miss
 * (W_TASK_NOT_REPORTED) shows up now, in the agency's own file.
 */
import * as path from 'node:path';
import { markHidden } from '../core/engine';
import { consolidate, detectReportingAgency, readTemplateMetadata } from '../core/merge';
import { keptWithPlan } from '../core/merge/findings';
import type { Plan } from '../core/merge';
import type { Context } from '../core/model/context';
import type { Finding } from '../core/model/finding';
import type { WorkbookModel } from '../core/model/sheet';
import type { FileResult } from './validate-files';

export function checkAgainstPlan(
  result: FileResult,
  wb: WorkbookModel,
  plan: Plan,
  ctx: Context,
): FileResult {
  if (result.tables.length === 0) return result;
  const template = readTemplateMetadata(wb);
  const agency = detectReportingAgency({
    sheets: wb.sheets,
    tables: result.tables,
    fileName: path.basename(result.path),
    template,
    registry: ctx.registry,
  });
  const merged = consolidate(
    plan,
    [{ path: result.path, agency, tables: result.tables, findings: [], template }],
    { asOf: ctx.asOf, registry: ctx.registry, beforeDateInclusive: ctx.beforeDateInclusive },
  );
  // The report's own overdue flags stay: the merge judges overdue tasks on the plan, not in this file.
  const own = result.findings.filter((f) => keptWithPlan(f) || f.code === 'W_OVERDUE');
  // A row not in the plan may be a hidden one: said so, as the engine says it of its own findings.
  const fromPlan: Finding[] = markHidden(
    merged.findings.filter((f) => f.path === result.path).map(({ path: _path, ...f }) => f),
    wb,
  );
  return { ...result, findings: [...own, ...fromPlan] };
}
