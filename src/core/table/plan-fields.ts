import type { TaskRow } from '../model/task';

/** The plan's own columns of a task row, as every consumer of a plan (draft, merge) carries them. */
export function planFields(row: TaskRow) {
  return {
    stt: row.stt,
    group: row.group,
    task: row.task,
    lead: row.lead,
    partners: row.partners,
    result: row.result,
    deadline: row.deadline,
  };
}
