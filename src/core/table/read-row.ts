/**
 * One task's sheet rows to a TaskRow: each field's cell decoded, cleaned and
 * parsed, with the stored text kept for the rules and fixes where the reading
 * changed it, and the row of a field's cell where it is not the task's own.
 * Agency lists, deadlines and statuses repeat down a column, so each distinct
 * text is parsed once and shared.
 */
import type { AgencyRegistry } from '../agency/registry';
import { leadCellAgencies, partnerCellAgencies } from '../agency/roles';
import { deadlineFromCell } from '../deadline/parse';
import { memoize } from '../memo';
import type { SheetCell } from '../model/sheet';
import { NO_SOURCE, type Deadline, type Field, type TaskRow } from '../model/task';
import { parseStatus } from '../status/parse';
import { cleanText } from '../text/normalize';
import { isFormulaWithoutValue, mayGiveEmptyText } from './formula-values';
import { isBlankCell, type CellReading, type SheetReader } from './sheet-reader';

/** The columns of a table, prepared once for all its rows. */
export interface RowLayout {
  /** `report`: a field in which an agency writes about a task (REPORT_FIELDS), told once for all rows. */
  fields: { field: Field; col: number; report: boolean }[];
  hasTaskId: boolean;
  /**
   * Further partner columns (the partners split by level): their agencies join
   * the task's partners; the rules read the first partners column only.
   */
  morePartners: readonly number[];
}

/** What an agency writes about a task: a cell with neither a letter nor a digit there says nothing. */
const REPORT_FIELDS: ReadonlySet<Field> = new Set(['status', 'outcome', 'issues', 'proposals']);

export function rowLayout(columns: Map<Field, number>, morePartners: readonly number[] = []): RowLayout {
  const fields = [...columns].map(([field, col]) => ({ field, col, report: REPORT_FIELDS.has(field) }));
  return { fields, hasTaskId: columns.has('taskId'), morePartners };
}

/** The text of a column over a task's rows, each cell once (a merged cell is met again in the rows it covers). */
function columnText(reader: SheetReader, rows: readonly number[], col: number): string {
  const lines: string[] = [];
  for (const row of rows) {
    const at = reader.sourceRow(row, col);
    if (at !== row && rows.includes(at)) continue;
    const cell = reader.cell(at, col);
    if (!isBlankCell(cell)) lines.push(reader.read(at, col, cell as SheetCell).lines);
  }
  return lines.join('\n');
}

const MAX_CACHED = 50_000;

/**
 * Keeps `value` for `key`. Callers look a text up themselves and make its value only when it is missing:
 * a maker passed in for every row would be a closure made for every row.
 */
function keep<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, value);
  return value;
}

const partnerLists = new WeakMap<AgencyRegistry, Map<string, readonly string[]>>();
const leadCells = new WeakMap<AgencyRegistry, Map<string, LeadCell>>();

/** A lead cell's agencies: the leads, and the partners it names itself ("Sở Y tế chủ trì, phối hợp với …"). */
interface LeadCell {
  lead: readonly string[];
  partners: readonly string[];
}

function resolveNames(registry: AgencyRegistry, items: readonly string[]): readonly string[] {
  const names: string[] = [];
  for (const item of items) {
    const match = registry.resolve(item);
    const name = match.kind !== 'unknown' && match.canonical ? match.canonical : cleanText(item);
    if (name !== '') names.push(name);
  }
  return Object.freeze(names);
}

const NO_AGENCIES: readonly string[] = Object.freeze([]);
const NO_LEAD: LeadCell = Object.freeze({ lead: NO_AGENCIES, partners: NO_AGENCIES });

function memoFor<V>(maps: WeakMap<AgencyRegistry, Map<string, V>>, registry: AgencyRegistry): Map<string, V> {
  let cache = maps.get(registry);
  if (!cache) maps.set(registry, (cache = new Map()));
  return cache;
}

/** The agencies a partners cell names; rows naming the same list share one frozen array. */
function partnerCell(registry: AgencyRegistry, text: string | undefined): readonly string[] {
  if (!text) return NO_AGENCIES;
  const memo = memoFor(partnerLists, registry);
  return memo.get(text) ?? keep(memo, text, resolveNames(registry, partnerCellAgencies(text, registry)));
}

function leadCell(registry: AgencyRegistry, text: string | undefined): LeadCell {
  if (!text) return NO_LEAD;
  const memo = memoFor(leadCells, registry);
  const kept = memo.get(text);
  if (kept) return kept;
  const parts = leadCellAgencies(text, registry);
  return keep(
    memo,
    text,
    Object.freeze({
      lead: resolveNames(registry, parts.lead),
      partners: parts.partners.length ? resolveNames(registry, parts.partners) : NO_AGENCIES,
    }),
  );
}

/** The partners column's names, then those the lead cell names as partners, each once. */
function allPartners(column: readonly string[], inLead: readonly string[]): readonly string[] {
  if (inLead.length === 0) return column;
  if (column.length === 0) return inLead;
  return Object.freeze([...new Set([...column, ...inLead])]);
}

/** Parsed deadlines, shared by the rows that write the same text: frozen, as the rows keep them. */
const textDeadline = memoize((text) => {
  const deadline = deadlineFromCell({ value: text });
  return deadline && Object.freeze(deadline);
}, MAX_CACHED);
const readStatus = memoize(parseStatus, MAX_CACHED);

/** The deadline of a cell; text cells (decoded from a legacy font if need be) parsed once per text. */
function readDeadline(cell: SheetCell, reading: CellReading): Deadline | null {
  if (typeof cell.value !== 'string') return deadlineFromCell(cell);
  // The parser reads Unicode: a legacy cell is given its decoded text.
  return textDeadline(reading.encoding ? reading.lines : cell.value);
}

const oneLine = (text: string | undefined): string =>
  !text ? '' : text.includes('\n') ? text.replace(/\n/g, ' ') : text;

/**
 * Reads one task from its sheet rows: usually one row; several when the task's
 * cell is merged down over sub-rows that only add list lines (one partner per
 * sub-row). Cells met again through a vertical merge are read once; the
 * lines of a field found in several sub-rows are joined with line breaks.
 */
export function readTaskRow(
  reader: SheetReader,
  rows: readonly number[],
  layout: RowLayout,
  group: string | null,
  registry: AgencyRegistry,
): TaskRow {
  const raw: TaskRow['raw'] = {};
  let source: TaskRow['source'] | undefined;
  let cellRows: TaskRow['cellRows'];
  let noValue: TaskRow['noValue'];
  const own = rows[0];
  let deadline: Deadline | null = null;
  for (const { field, col, report } of layout.fields) {
    let first: SheetCell | undefined;
    let reading: CellReading | undefined;
    let text = '';
    for (const row of rows) {
      const at = reader.sourceRow(row, col);
      if (at !== row && rows.includes(at)) continue;
      const cell = reader.cell(at, col);
      if (isBlankCell(cell)) continue;
      const r = reader.read(at, col, cell as SheetCell);
      if (!first) {
        first = cell;
        reading = r;
        if (at !== own) (cellRows ??= {})[field] = at + 1;
        text = r.lines;
      } else {
        text += `\n${r.lines}`;
      }
    }
    if (!first || !reading) {
      const at = reader.sourceRow(own, col);
      if (at !== own) (cellRows ??= {})[field] = at + 1;
      const cell = reader.cell(at, col);
      if (isFormulaWithoutValue(cell) && !mayGiveEmptyText(cell.formula))
        (noValue ??= {})[field] = cell.formula;
      continue;
    }
    // "-" or "…" where an agency has nothing to say about a task it does not lead: no report, not a status.
    if (report && !/[\p{L}\p{N}]/u.test(text)) continue;
    // A cell read exactly as stored (no legacy font, nothing cleaned, one cell) is its own raw text (TaskRow.source).
    if (reading.stored !== null && (reading.encoding !== null || reading.stored !== text)) {
      const src: TaskRow['source'][Field] = { text: reading.stored, encoding: reading.encoding };
      if (reading.font) src.font = reading.font;
      if (reading.decoded !== undefined) src.decoded = reading.decoded;
      (source ??= {})[field] = src;
    }
    raw[field] = text;
    if (field === 'deadline') {
      deadline = readDeadline(first, reading);
      // A date cell reads as the date it shows (dd/mm/yyyy), not its serial number.
      if (typeof first.value === 'number' && deadline) raw.deadline = deadline.text;
    }
  }
  const status = raw.status ? oneLine(raw.status) : '';
  const lead = leadCell(registry, raw.lead);
  let partners = partnerCell(registry, raw.partners);
  for (const col of layout.morePartners)
    partners = allPartners(partners, partnerCell(registry, columnText(reader, rows, col)));
  const taskRow: TaskRow = {
    row: rows[0] + 1,
    stt: raw.stt || null,
    group,
    raw,
    task: oneLine(raw.task),
    lead: lead.lead,
    partners: allPartners(partners, lead.partners),
    result: oneLine(raw.result),
    deadline,
    status: status ? readStatus(status) : null,
    outcome: raw.outcome ? oneLine(raw.outcome) : null,
    source: source ?? NO_SOURCE,
  };
  if (cellRows) taskRow.cellRows = cellRows;
  if (layout.hasTaskId) taskRow.taskId = raw.taskId || null;
  if (reader.isHidden(rows[0])) taskRow.hidden = true;
  if (noValue) taskRow.noValue = noValue;
  return taskRow;
}
