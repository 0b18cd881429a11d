/**
 * A rule in ESLint's shape: metadata plus a check that reports through a
 * context. The engine, not the rule, turns reports into findings.
 */
import { copyWith } from '../copy-with';
import type { Context } from '../model/context';
import type { Finding, Fix, Severity } from '../model/finding';
import { cellOf, type Field, type TaskRow, type TaskTable } from '../model/task';
import type { MessageData } from '../messages';
import { memoize } from '../memo';

export interface RuleMeta {
  code: string;
  severity: Severity;
  /** The field the rule looks at, when it is about one field. */
  field?: Field;
  /** Every field the rule reports on, when its reports name another than `field` (the lead or the partners). */
  fields?: readonly Field[];
  /** The rule can offer a safe fix. */
  fixable?: boolean;
}

export interface Report {
  row?: TaskRow;
  field?: Field;
  /** Defaults to the row's cell for `field`. */
  cell?: string | null;
  /** Message variant: `finding.<CODE>.<variant>`. */
  variant?: string;
  data?: MessageData;
  suggestion?: string;
  fix?: Omit<Fix, 'sheet' | 'cell'> & { cell?: string };
}

export interface RuleContext {
  ctx: Context;
  table: TaskTable;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Called once per task row. */
  checkRow?(row: TaskRow, rc: RuleContext): void;
  /** Called once per table, for rules that compare rows. */
  checkTable?(table: TaskTable, rc: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The fields a rule's findings can be on; null when any (a rule over every text cell). */
export function reportFields(meta: RuleMeta): readonly Field[] | null {
  return meta.fields ?? (meta.field ? [meta.field] : null);
}

/** The data of a finding whose message needs none: one frozen object for them all. */
const NO_DATA: MessageData = Object.freeze({});

/** `finding.<CODE>` and `finding.<CODE>.<variant>`, built once each. */
const findingId = memoize((key: string) => `finding.${key}`);

function messageId(code: string, variant: string | undefined): string {
  return findingId(variant ? `${code}.${variant}` : code);
}

/** Turns a rule's report into a finding with its location filled in. */
export function toFinding(meta: RuleMeta, table: TaskTable, r: Report): Finding {
  const field = r.field ?? meta.field ?? null;
  const cell = r.cell !== undefined ? r.cell : r.row && field ? cellOf(table, r.row, field) : null;
  const row = r.row?.row ?? (cell ? Number(/\d+$/.exec(cell)?.[0]) : null);
  const finding: Finding = {
    code: meta.code,
    severity: meta.severity,
    sheet: table.sheet,
    cell,
    row,
    field,
    messageId: messageId(meta.code, r.variant),
    data: r.data ?? NO_DATA,
  };
  if (r.suggestion !== undefined) finding.suggestion = r.suggestion;
  if (r.fix && cell) finding.fix = copyWith(r.fix, { sheet: table.sheet, cell: r.fix.cell ?? cell });
  return finding;
}
