/**
 * An appendix table inside the plan (a Word table, tab-separated or markdown
 * rows) read with the workbook reader itself: each table becomes a
 * SheetModel and goes through `findTables`, so header detection, group rows
 * and the cell-list rules are the ones `phuluc validate` applies.
 */
import type { AgencyRegistry } from '../agency/registry';
import type { SheetModel } from '../model/sheet';
import { cellOf, type TaskRow, type TaskTable } from '../model/task';
import { findTables } from '../table/read-table';
import { compareKey } from '../text/compare-key';
import type { PlanDocument, PlanTable } from './document';
import { labelKind, splitLabel } from './inline';
import type { DraftTask } from './propose';
import { planFields } from '../table/plan-fields';

export interface DocumentAppendix {
  tables: TaskTable[];
  tasks: DraftTask[];
  /** The appendix's own title lines above its first table ("Phụ lục", "CÁC NHIỆM VỤ …", "(Kèm theo …)"). */
  titleLines: string[];
}

export function tableSheet(t: PlanTable, name: string): SheetModel {
  const cells = t.rows.map((row) => row.map((text) => (text === '' ? undefined : { value: text })));
  return {
    name,
    cells,
    merges: t.merges ?? [],
    hiddenRows: [],
    hiddenCols: [],
    colCount: Math.max(0, ...t.rows.map((r) => r.length)),
  };
}

/** The paragraphs just above a table, from the last "Phụ lục" line down. */
function titleAbove(doc: PlanDocument, table: PlanTable): string[] {
  const before = doc.blocks.slice(0, doc.blocks.indexOf(table));
  const lines: string[] = [];
  for (let i = before.length - 1; i >= 0 && lines.length < 6; i--) {
    const b = before[i];
    if (b.kind !== 'paragraph' || b.footnote) break;
    lines.unshift(b.text);
    if (/^phu luc\b/.test(compareKey(b.text))) return lines;
  }
  return [];
}

/**
 * A plan has no outcomes yet: its only "Kết quả thực hiện" column, in a table
 * with no status column and no other result column, says what the task must
 * produce ("Kế hoạch được ban hành"), and is drafted as the expected result.
 */
function outcomeHoldsResult(table: TaskTable): boolean {
  const { result, outcome, status } = table.columns;
  return result === undefined && status === undefined && outcome !== undefined;
}

/**
 * A sub-task row the table leaves unnumbered, its letter typed before its text
 * ("a) Đào tạo trong nước"): numbered with that letter, as the plan shows it,
 * not left as a task missing from the numbering.
 */
function subTaskLetter(task: string): string | null {
  const { label } = splitLabel(task);
  return labelKind(label)?.kind === 'letter' && label ? label.replace(/\)$/, '') : null;
}

/**
 * A table that goes on from the one above it: Word tables split where the
 * page broke, the second without the header row. Read under the first one's
 * header rows, its own rows numbered as in the document.
 */
function continuation(prev: { block: PlanTable; headerRows: number }, next: PlanTable): PlanTable {
  const width = (t: PlanTable) => Math.max(0, ...t.rows.map((r) => r.length));
  if (width(prev.block) !== width(next)) return next;
  const n = prev.headerRows;
  return {
    kind: 'table',
    index: next.index,
    rows: [...prev.block.rows.slice(0, n), ...next.rows],
    merges: [
      ...(prev.block.merges ?? []).filter((m) => m.bottom < n),
      ...(next.merges ?? []).map((m) => ({ ...m, top: m.top + n, bottom: m.bottom + n })),
    ],
  };
}

interface ReadTable {
  table: TaskTable;
  title: string[];
  /** Rows added above the document's own (a continued table's borrowed header). */
  borrowed: number;
}

/** Every task table in the document, a headerless one right after another read as its continuation. */
function documentTables(doc: PlanDocument, registry: AgencyRegistry): ReadTable[] {
  const out: ReadTable[] = [];
  let prev: { block: PlanTable; headerRows: number; at: number } | null = null;
  doc.blocks.forEach((block, at) => {
    if (block.kind !== 'table') return;
    let found = findTables(tableSheet(block, 'Phụ lục'), registry).filter(({ table }) => table.tasks.length);
    let borrowed = 0;
    if (found.length === 0 && prev && prev.at === at - 1) {
      const joined = continuation(prev, block);
      borrowed = joined.rows.length - block.rows.length;
      found = borrowed
        ? findTables(tableSheet(joined, 'Phụ lục'), registry).filter(({ table }) => table.tasks.length)
        : [];
    }
    const title = titleAbove(doc, block);
    for (const { table } of found)
      out.push({ table, title: borrowed ? out[out.length - 1].title : title, borrowed });
    // The header a continuation borrows is the last table's own (never a borrowed one).
    const last = found[found.length - 1]?.table;
    prev =
      last && !borrowed
        ? { block, headerRows: last.headerRow, at }
        : prev && found.length
          ? { ...prev, at }
          : null;
  });
  return out;
}

/**
 * Several appendices ("Phụ lục I", "Phụ lục II"), each numbering its tasks
 * from 1: each becomes a group of the drafted table, headed by its title, so
 * the numbering restarts where the plan's does.
 */
function appendixGroups(read: ReadTable[]): (string | null)[] {
  const restarts = read.some((r, i) => i > 0 && r.table.tasks[0]?.stt?.trim() === '1' && r.borrowed === 0);
  const grouped = read.some((r) => r.table.tasks.some((t) => t.group));
  if (!restarts || grouped) return read.map(() => null);
  let n = 0;
  return read.map((r, i) => {
    if (i > 0 && r.borrowed) return null;
    n++;
    const own = r.title.filter((l) => !/^phu luc\b/.test(compareKey(l)) && !l.trim().startsWith('('));
    return `${ROMAN[n - 1] ?? n}. ${own[0] ?? r.title[0] ?? 'Phụ lục'}`;
  });
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Two rows reading a field from one cell: a cell the plan's table merges over both. */
function sameCell(table: TaskTable, a: TaskRow, b: TaskRow, field: 'stt' | 'task'): boolean {
  const cell = cellOf(table, a, field);
  return cell !== null && cell === cellOf(table, b, field);
}

/** The task tables of the document, or null when it has none. */
export function readDocumentAppendix(doc: PlanDocument, registry: AgencyRegistry): DocumentAppendix | null {
  const read = documentTables(doc, registry);
  if (read.length === 0) return null;
  const groups = appendixGroups(read);
  const tasks: DraftTask[] = [];
  let group: string | null = null;
  read.forEach(({ table, title, borrowed }, i) => {
    group = groups[i] ?? (borrowed ? group : null);
    const resultIsOutcome = outcomeHoldsResult(table);
    table.tasks.forEach((row, k) => {
      const above = table.tasks[k - 1];
      tasks.push({
        ...planFields(row),
        ...(resultIsOutcome ? { result: row.outcome ?? '' } : {}),
        ...(group ? { group } : {}),
        stt: row.stt || subTaskLetter(row.task),
        source: { heading: title[0] ?? 'Phụ lục', paragraph: row.row - borrowed, proposed: false },
        ...(above && sameCell(table, above, row, 'task') && sameCell(table, above, row, 'stt')
          ? { subRow: true }
          : {}),
      });
    });
  });
  // Several appendices drafted as one table take the layout's title, not the first one's.
  const titleLines = groups.some(Boolean) ? [] : read[0].title;
  return { tables: read.map((r) => r.table), tasks, titleLines };
}
