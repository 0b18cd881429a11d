/**
 * What the merge keeps of an agency's report once its file is checked. The
 * rules have run; the consolidation reads each row's texts, its status and
 * the addresses of its task and status cells (its own findings point there),
 * and lists only some of the file's findings. Keeping the rest for every file
 * until all are read made each file's outcome about three times larger.
 */
import type { Finding } from '../model/finding';
import { NO_SOURCE, type Field, type TaskTable } from '../model/task';
import { keptWithPlan, NOT_FOR_REPORTS } from './findings';

/** The cells the merge's own findings point at. */
const MERGE_CELLS: readonly Field[] = ['task', 'status'];

/** Whether the merge lists a report's own finding: with a plan, those about the report's part; without, all but NOT_FOR_REPORTS. */
export function listedFromReport(f: Finding, withPlan: boolean): boolean {
  return withPlan ? keptWithPlan(f) : !NOT_FOR_REPORTS.has(f.code);
}

/** Drops from a checked report what the merge never reads (in place: the tables are the caller's own); returns the findings it lists. */
export function keepForMerge(
  tables: readonly TaskTable[],
  findings: readonly Finding[],
  withPlan: boolean,
): Finding[] {
  for (const table of tables)
    for (const row of table.tasks) {
      // Each cell as stored is for the text rules.
      row.source = NO_SOURCE;
      const cells: TaskTable['tasks'][number]['cells'] = {};
      for (const field of MERGE_CELLS) if (row.cells[field] !== undefined) cells[field] = row.cells[field];
      row.cells = cells;
    }
  return findings.filter((f) => listedFromReport(f, withPlan));
}
