/**
 * From recognised header columns to one column per field. Three decisions need
 * the table's context: "Tiến độ" is the status in a report and the deadline
 * in a plan, "Tình hình thực hiện" the status when its cells are status
 * words, and "Kết quả đạt được" is the outcome in a report (so is "Kết quả"
 * after a "Tình hình thực hiện" that holds the status).
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
let bareKey: string | null = null;

/**
 * `looksLikeStatus(column)`: true when the column's cells read as statuses,
 * false when they read as something else, null when the column is empty.
 */
export function assignColumns(
  found: HeaderColumn[],
  looksLikeStatus: (column: HeaderColumn) => boolean | null,
): ColumnAssignment {
  const plainDeadline = found.some((c) => c.field === 'deadline' && !c.maybeStatus);
  const fields = found.map((c) => {
    if (!c.maybeStatus || c.field !== 'deadline') return c.field;
    const status = looksLikeStatus(c);
    // An empty "Tiến độ" beside a real deadline column is a status still to fill in.
    return status === true || (status === null && plainDeadline) ? 'status' : c.field;
  });
  // "Tình hình thực hiện" holding status words is the status, unless another column is (named or read as) it.
  const hasStatus = fields.includes('status');
  found.forEach((c, k) => {
    if (c.maybeStatus && c.field === 'outcome' && !hasStatus && looksLikeStatus(c) === true)
      fields[k] = 'status';
  });
  if (fields.includes('status') && !fields.includes('outcome')) {
    achievedKey ??= headerKey('Kết quả đạt được');
    bareKey ??= headerKey('Kết quả');
    // Where "Tình hình thực hiện" holds the status, the "Kết quả" after it says what was achieved.
    const statusAt = fields.indexOf('status');
    const after = found[statusAt].field === 'outcome' ? statusAt : found.length;
    const i = found.findIndex(
      (c, k) =>
        fields[k] === 'result' &&
        (headerKey(c.text) === achievedKey || (k > after && headerKey(c.text) === bareKey)),
    );
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
