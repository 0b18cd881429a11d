/**
 * One data row to a TaskRow: each field's cell decoded, cleaned and parsed,
 * with the stored text and the cell address kept for the rules and fixes.
 */
import type { AgencyRegistry } from '../agency/registry';
import { splitAgencyList } from '../agency/split-list';
import { deadlineFromCell } from '../deadline/parse';
import { cellAddress, type SheetCell } from '../model/sheet';
import type { Deadline, Field, TaskRow } from '../model/task';
import { parseStatus } from '../status/parse';
import { cleanText } from '../text/normalize';
import { isBlankCell, readCell, type CellReading, type SheetReader } from './sheet-reader';

// Agency cells repeat row after row: split and resolve each distinct text once per registry.
const resolved = new WeakMap<AgencyRegistry, Map<string, string[]>>();

function resolveList(registry: AgencyRegistry, text: string): string[] {
  const names: string[] = [];
  for (const item of splitAgencyList(text, registry)) {
    const match = registry.resolve(item);
    const name = match.kind !== 'unknown' && match.canonical ? match.canonical : cleanText(item);
    if (name !== '') names.push(name);
  }
  return names;
}

function agencies(registry: AgencyRegistry, text: string | undefined): string[] {
  if (!text) return [];
  let cache = resolved.get(registry);
  if (!cache) {
    cache = new Map();
    resolved.set(registry, cache);
  }
  let names = cache.get(text);
  if (!names) {
    names = resolveList(registry, text);
    if (cache.size > 50_000) cache.clear();
    cache.set(text, names);
  }
  // A copy: rows must not share arrays a caller might edit.
  return names.slice();
}

const oneLine = (text: string | undefined): string => (text ? text.replace(/\n/g, ' ') : '');

/**
 * Reads one task from its sheet rows: usually one row; several when the task's
 * cell is merged down over sub-rows that only add list lines (one partner per
 * sub-row). Cells met again through a vertical merge are read once; the
 * lines of a field found in several sub-rows are joined with line breaks.
 */
export function readTaskRow(
  reader: SheetReader,
  rows: readonly number[],
  columns: Map<Field, number>,
  group: string | null,
  registry: AgencyRegistry,
): TaskRow {
  const raw: TaskRow['raw'] = {};
  const source: TaskRow['source'] = {};
  const cells: TaskRow['cells'] = {};
  let deadline: Deadline | null = null;
  for (const [field, col] of columns) {
    const lines: string[] = [];
    let first: SheetCell | null = null;
    let firstReading: CellReading | null = null;
    for (const row of rows) {
      const at = reader.source(row, col);
      if (at.row !== row && rows.includes(at.row)) continue;
      const cell = reader.cell(at.row, at.col);
      if (isBlankCell(cell)) continue;
      const reading = readCell(cell as SheetCell);
      if (!first) {
        first = cell as SheetCell;
        firstReading = reading;
        cells[field] = cellAddress(at.row, at.col);
      }
      lines.push(reading.lines);
    }
    if (!first || !firstReading) {
      const at = reader.source(rows[0], col);
      cells[field] = cellAddress(at.row, at.col);
      continue;
    }
    if (firstReading.stored !== null) {
      const src: TaskRow['source'][Field] = { text: firstReading.stored, encoding: firstReading.encoding };
      if (firstReading.font) src.font = firstReading.font;
      source[field] = src;
    }
    raw[field] = lines.join('\n');
    if (field === 'deadline') {
      // The deadline parser reads Unicode: give it the decoded text of a legacy cell.
      deadline = deadlineFromCell(firstReading.encoding ? { value: firstReading.lines } : first);
      if (typeof first.value === 'number' && deadline) raw.deadline = deadline.text;
    }
  }
  const taskRow: TaskRow = {
    row: rows[0] + 1,
    stt: raw.stt || null,
    group,
    raw,
    task: oneLine(raw.task),
    lead: agencies(registry, raw.lead),
    partners: agencies(registry, raw.partners),
    result: oneLine(raw.result),
    deadline,
    status: raw.status ? parseStatus(oneLine(raw.status)) : null,
    outcome: raw.outcome ? oneLine(raw.outcome) : null,
    source,
    cells,
  };
  if (columns.has('taskId')) taskRow.taskId = raw.taskId || null;
  if (reader.isHidden(rows[0])) taskRow.hidden = true;
  return taskRow;
}
