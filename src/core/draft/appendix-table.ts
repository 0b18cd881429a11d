/**
 * An appendix table inside the plan (a Word table, tab-separated or markdown
 * rows) read with the workbook reader itself: each table becomes a
 * SheetModel and goes through `findTables`, so header detection, group rows
 * and the cell-list rules are the ones `phuluc validate` applies.
 */
import type { AgencyRegistry } from '../agency/registry';
import type { SheetModel } from '../model/sheet';
import type { TaskTable } from '../model/task';
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

/** The task tables of the document, or null when it has none. */
export function readDocumentAppendix(doc: PlanDocument, registry: AgencyRegistry): DocumentAppendix | null {
  const tables: TaskTable[] = [];
  const tasks: DraftTask[] = [];
  let titleLines: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    for (const { table } of findTables(tableSheet(block, 'Phụ lục'), registry)) {
      if (table.tasks.length === 0) continue;
      const title = titleAbove(doc, block);
      if (tables.length === 0) titleLines = title;
      tables.push(table);
      const resultIsOutcome = outcomeHoldsResult(table);
      for (const row of table.tasks) {
        tasks.push({
          ...planFields(row),
          ...(resultIsOutcome ? { result: row.outcome ?? '' } : {}),
          stt: row.stt || subTaskLetter(row.task),
          source: { heading: title[0] ?? 'Phụ lục', paragraph: row.row, proposed: false },
        });
      }
    }
  }
  return tables.length ? { tables, tasks, titleLines } : null;
}
