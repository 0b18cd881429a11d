/**
 * From recognised header columns to one column per field. Two decisions need
 * the table's context: "Tiến độ" is the status in a report and the deadline
 * in a plan, and "Kết quả đạt được" is the outcome in a report.
 */
import type { Field } from '../model/task';
import { headerKey } from './header-aliases';
import type { HeaderColumn } from './find-header';

export interface ColumnAssignment {
  /** Field → 0-based column: the first column found for the field. */
  columns: Map<Field, number>;
  /** Later columns naming a field already taken. */
  duplicates: { field: Field; first: number; second: number }[];
}

let achievedKey: string | null = null;

/**
 * `looksLikeStatus(col)`: true when the column's cells read as statuses,
 * false when they read as something else, null when the column is empty.
 */
export function assignColumns(
  found: HeaderColumn[],
  looksLikeStatus: (col: number) => boolean | null,
): ColumnAssignment {
  const plainDeadline = found.some((c) => c.field === 'deadline' && !c.maybeStatus);
  const fields = found.map((c) => {
    if (!c.maybeStatus) return c.field;
    const status = looksLikeStatus(c.col);
    // An empty "Tiến độ" beside a real deadline column is a status still to fill in.
    return status === true || (status === null && plainDeadline) ? 'status' : c.field;
  });
  if (fields.includes('status') && !fields.includes('outcome')) {
    achievedKey ??= headerKey('Kết quả đạt được');
    const i = found.findIndex((c, k) => fields[k] === 'result' && headerKey(c.text) === achievedKey);
    if (i >= 0) fields[i] = 'outcome';
  }
  const columns = new Map<Field, number>();
  const duplicates: ColumnAssignment['duplicates'] = [];
  found.forEach((c, k) => {
    const field = fields[k];
    const first = columns.get(field);
    if (first === undefined) columns.set(field, c.col);
    else duplicates.push({ field, first, second: c.col });
  });
  return { columns, duplicates };
}
