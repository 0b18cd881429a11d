/**
 * The one entry both faces call: the command line (`phuluc validate`) and the
 * task pane give the same findings because they both come through here.
 */
import { copyWith } from './copy-with';
import type { Context } from './model/context';
import type { Finding, HiddenPlace } from './model/finding';
import { isMetadataSheet, parseAddress, type WorkbookModel } from './model/sheet';
import type { TaskRow, TaskTable } from './model/task';
import { inPlanYear } from './deadline/parse';
import { runRules } from './rules/run';
import { rules as allRules } from './rules';
import type { Rule } from './rules/define-rule';
import { textOutsideRules } from './rules/outside-cells';
import { readPlanInfo, readWorkbookTables, type PlanInfo } from './table/read-table';
import { SheetReader } from './table/sheet-reader';
import { withFormulaValues } from './table/formula-values';
import { leadCellAgencies, partnerCellAgencies } from './agency/roles';
import { provinceAtEnd } from './agency/agency-key';
import type { AgencyRegistry } from './agency/registry';
import { collationRanks } from './text/collation-ranks';

export interface CheckResult {
  tables: TaskTable[];
  findings: Finding[];
  /** The province the agency names were read with: given, named by the title lines or by the agencies; null when none. */
  province: string | null;
}

/** `rules`: all of them unless a caller lists only some of the findings (the merge, core/merge/kept.ts). */
export function checkWorkbook(
  given: WorkbookModel,
  ctx0: Context,
  rules: readonly Rule[] = allRules,
): CheckResult {
  // Formulas a program wrote without their results (`=A5+1`, `=ROW()-4`, `=C7`): the simple ones computed.
  const wb = withFormulaValues(given);
  // One reader per sheet: its legacy-encoding guess and header search serve both the title lines and the tables.
  // phuluc's own metadata sheet is no one's to check.
  const sheets = wb.sheets.filter((s) => !isMetadataSheet(s));
  const readers = new Map(sheets.map((s) => [s, new SheetReader(s)]));
  // What each sheet's title lines say, read once: the province, the plan date, the horizon.
  const infos = new Map(sheets.map((s) => [s.name, readPlanInfo(readers.get(s) as SheetReader)]));
  let ctx = withDocumentProvince(infos, ctx0);
  // Without --province, each table is read with the province its own title lines name (two provinces'
  // appendices in one workbook); the document's province serves the tables whose lines name none.
  const opts = { ownProvince: !ctx0.registry.province };
  let { tables, findings, infos: titles } = readWorkbookTables(wb, ctx.registry, readers, opts);
  // Still no province: the agency names may say it ("Công an tỉnh Bắc Ninh"); read again with it, so that
  // "Báo, Phát thanh và Truyền hình Bắc Ninh" is never taken for the province-less "… Truyền hình tỉnh".
  const named = ctx.registry.province ? null : provinceOfAgencies(tables, ctx.registry);
  if (named) {
    ctx = { ...ctx, registry: ctx.registry.withProvince(named) };
    ({ tables, findings, infos: titles } = readWorkbookTables(wb, ctx.registry, readers, opts));
  }
  const infoOf = (table: TaskTable) => tableInfo(titles.get(table), infos.get(table.sheet));
  for (const table of tables) {
    // A one-year plan's "Quý III", "Tháng 6", "Trước 30/6" are in its year.
    const year = infoOf(table)?.year;
    if (year) for (const row of table.tasks) if (row.deadline) row.deadline = inPlanYear(row.deadline, year);
  }
  const ruleFindings = tables.flatMap((table) =>
    runRules(table, tableContext(infoOf(table), ctx, opts.ownProvince), rules),
  );
  // Titles, headers and other cells no rule reads: legacy and decomposed text there is converted by fix too.
  // The cells the rules' fixes cover are gathered only if such a cell is found (in most sheets none is).
  let fixed: Set<string> | null = null;
  const told = (sheet: string, cell: string) =>
    (fixed ??= new Set(ruleFindings.flatMap((f) => (f.fix ? [`${f.fix.sheet}!${f.fix.cell}`] : [])))).has(
      `${sheet}!${cell}`,
    );
  const outside = textOutsideRules(readers, told);
  const sheetOrder = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const all = markHidden([...findings, ...ruleFindings, ...outside], wb);
  return { tables, findings: sortFindings(all, sheetOrder), province: ctx.registry.province };
}

/**
 * Findings on a hidden sheet, row or column say so: Excel selects such a cell without showing it. The
 * row is the cell's own (a field merged down from a row above is there), else the finding's row.
 */
export function markHidden(findings: Finding[], wb: WorkbookModel): Finding[] {
  const sheets = new Map<string, { sheet: boolean; rows: Set<number>; cols: Set<number> }>();
  for (const s of wb.sheets)
    if (s.hidden || s.hiddenRows.length || s.hiddenCols.length)
      sheets.set(s.name, { sheet: !!s.hidden, rows: new Set(s.hiddenRows), cols: new Set(s.hiddenCols) });
  if (sheets.size === 0) return findings;
  return findings.map((f) => {
    const hidden = f.sheet === null ? undefined : sheets.get(f.sheet);
    if (!hidden) return f;
    const places: HiddenPlace[] = hidden.sheet ? ['sheet'] : [];
    let row = f.row === null ? null : f.row - 1;
    let col: number | null = null;
    if (f.cell) {
      try {
        ({ row, col } = parseAddress(f.cell));
      } catch {
        // Not an address: the finding's row alone tells.
      }
    }
    if (row !== null && hidden.rows.has(row)) places.push('row');
    if (col !== null && hidden.cols.has(col)) places.push('column');
    return places.length ? copyWith(f, { hidden: places }) : f;
  });
}

/** Without --province, the province the appendix names ("… của UBND tỉnh Ninh Bình") completes agency names. */
function withDocumentProvince(infos: ReadonlyMap<string, PlanInfo>, ctx: Context): Context {
  if (ctx.registry.province) return ctx;
  for (const info of infos.values()) {
    if (info.province) return { ...ctx, registry: ctx.registry.withProvince(info.province) };
  }
  return ctx;
}

/** Every agency a row names, lead cell and partners cell (role words left out). */
function namesIn(row: TaskRow): string[] {
  const lead = row.raw.lead ? leadCellAgencies(row.raw.lead) : null;
  return [
    ...(lead ? [...lead.lead, ...lead.partners] : []),
    ...(row.raw.partners ? partnerCellAgencies(row.raw.partners) : []),
  ];
}

/**
 * The one province the lead and partner names end with, if they name exactly
 * one. A place at the end of a name is a province only after "tỉnh" or "thành
 * phố", or in a name the registry knows as a provincial body: "Đại học Quốc
 * gia Hà Nội" and "Đoàn Thanh niên Cộng sản Hồ Chí Minh" name no province.
 */
function provinceOfAgencies(tables: readonly TaskTable[], registry: AgencyRegistry): string | null {
  const found = new Set<string>();
  for (const table of tables)
    for (const row of table.tasks)
      for (const item of namesIn(row)) {
        const province = provinceAtEnd(item);
        if (!province) continue;
        const match = province.afterHead ? null : registry.resolve(item);
        const provincial = match !== null && match.kind !== 'unknown' && !match.national && !match.collective;
        if (province.afterHead || (provincial && province.name !== 'Hồ Chí Minh')) found.add(province.name);
      }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * Without a plan date or horizon from the user, the appendix's own lines say
 * them ("Kèm theo Kế hoạch số … ngày 04 tháng 3 năm 2026", "… ĐẾN NĂM 2030").
 */
function tableContext(info: PlanInfo | undefined, ctx: Context, ownProvince: boolean): Context {
  if (!info) return ctx;
  const registry =
    ownProvince && info.province && info.province !== ctx.registry.province
      ? ctx.registry.withProvince(info.province)
      : ctx.registry;
  // A one-year plan ("KẾ HOẠCH … NĂM 2026") ends with its year.
  return {
    ...ctx,
    registry,
    planDate: ctx.planDate ?? info.date ?? info.month ?? null,
    horizon: ctx.horizon ?? info.horizon ?? info.year ?? null,
  };
}

/**
 * What a table's plan is, from the lines above it: its own title lines where
 * they say it (the table of another province, another appendix below the
 * first), the top of its sheet where they do not.
 */
function tableInfo(own: PlanInfo | undefined, sheet: PlanInfo | undefined): PlanInfo | undefined {
  if (!own || !sheet) return own ?? sheet;
  const attached = own.number || own.date || own.month ? own : sheet;
  const titled = own.horizon !== null || own.year !== undefined ? own : sheet;
  return {
    number: attached.number,
    date: attached.date,
    ...(attached.month ? { month: attached.month } : {}),
    province: own.province ?? sheet.province,
    horizon: titled.horizon,
    ...(titled.year !== undefined ? { year: titled.year } : {}),
  };
}

/** `localeCompare`'s order: a collator for the default locale, as it makes one. */
const LOCALE_ORDER = new Intl.Collator();

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/** Stable order: sheet (in workbook order), then row, column, severity, code — so both faces list findings alike. */
export function sortFindings(
  findings: Finding[],
  sheetOrder: ReadonlyMap<string, number> = new Map(),
): Finding[] {
  const colOf = (cell: string | null) => (cell ? cell.replace(/\d+$/, '').padStart(3, ' ') : '');
  const sheetRank = (name: string | null) => (name === null ? -1 : (sheetOrder.get(name) ?? sheetOrder.size));
  // Columns and codes are compared as `localeCompare` orders them, through the rank of each distinct one: a
  // large table has tens of thousands of findings and a few columns and codes, and the collator is slow.
  const columns = findings.map((f) => colOf(f.cell));
  const columnRank = collationRanks(columns, LOCALE_ORDER);
  const codeRank = collationRanks(
    findings.map((f) => f.code),
    LOCALE_ORDER,
  );
  const keys = findings.map((f, i) => ({
    finding: f,
    sheet: sheetRank(f.sheet),
    row: f.row ?? 0,
    column: columnRank.get(columns[i]) as number,
    severity: severityRank[f.severity],
    code: codeRank.get(f.code) as number,
  }));
  keys.sort(
    (a, b) =>
      a.sheet - b.sheet || a.row - b.row || a.column - b.column || a.severity - b.severity || a.code - b.code,
  );
  return keys.map((k) => k.finding);
}
