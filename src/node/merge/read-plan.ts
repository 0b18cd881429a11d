/**
 * The plan a merge checks reports against. Its province (from the
 * "(Kèm theo Kế hoạch số … của UBND tỉnh …)" line) completes agency names
 * such as "Báo và Phát thanh, Truyền hình {tỉnh}" when --province is not given.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../core/engine';
import { planFromTables } from '../../core/merge';
import { readPlanInfo, type PlanInfo } from '../../core/table/read-table';
import type { WorkbookModel } from '../../core/model/sheet';
import { readWorkbookBufferLean } from '../fast/lean-read';
import { UsageError } from '../commands/io';
import { registryFor } from './registry-spec';
import type { PlanRecord, Reason, RegistrySpec } from './types';
import { messageRef } from '../../core/messages';

/** The plan cannot be used: nothing is written, the command exits 1. */
export class PlanError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.id);
  }
}

function planInfo(wb: WorkbookModel): PlanInfo {
  const infos = wb.sheets.filter((s) => !s.hidden).map((s) => readPlanInfo(s));
  return (
    infos.find((i) => i.province || i.number || i.date) ??
    infos[0] ?? { number: null, date: null, province: null, horizon: null }
  );
}

export async function readPlan(
  file: string,
  display: string,
  spec: RegistrySpec,
  asOf: string,
): Promise<{ record: PlanRecord; spec: RegistrySpec }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A plan that is not there is a mistyped path (wrong usage, exit 2), as for a missing input.
    if (code === 'ENOENT') throw new UsageError('cli.fileNotFound', { file: display });
    throw new PlanError({
      id: 'merge.planUnreadable',
      data: { file: display, reason: messageRef('read.reason.io-error') },
    });
  }
  // The lean reader gives the full reader's model for .xlsx, and hands any other format to it.
  const outcome = await readWorkbookBufferLean(bytes, path.basename(file));
  if (!outcome.ok)
    throw new PlanError({
      id: 'merge.planUnreadable',
      data: { file: display, reason: messageRef(`read.reason.${outcome.reason}`) },
    });
  const info = planInfo(outcome.workbook);
  const withProvince: RegistrySpec =
    spec.province || !info.province ? spec : { ...spec, province: info.province };
  const ctx = { asOf, planDate: null, horizon: null, registry: registryFor(withProvince) };
  const { tables, findings, province } = checkWorkbook(outcome.workbook, ctx);
  // A plan whose lines name no province may name it in its agencies ("Công an tỉnh Bắc Ninh"): the reports
  // are read with the province their plan was read with, each once (not read again once its own names say it).
  const planSpec = withProvince.province || !province ? withProvince : { ...withProvince, province };
  const plan = planFromTables(display, tables, findings);
  const startYear = Number((info.date ?? info.month ?? '').slice(0, 4));
  if (startYear > 0) plan.startYear = startYear;
  if (plan.tasks.length === 0) throw new PlanError({ id: 'merge.planNoTasks', data: { file: display } });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { record: { path: display, sha256, plan, info }, spec: planSpec };
}
