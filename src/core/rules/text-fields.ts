import type { Fix, FixKind } from '../model/finding';
import { NO_SOURCE, type Field, type TaskRow } from '../model/task';

/** The fields whose cells the reading changed (decoded, cleaned, joined), in column order of appearance. */
export function sourceFields(row: TaskRow): readonly Field[] {
  // Most rows are read as stored: three rules ask for each of them.
  if (row.source === NO_SOURCE) return NO_FIELDS;
  return (Object.keys(row.source) as Field[]).filter((f) => row.source[f]?.text);
}

const NO_FIELDS: readonly Field[] = Object.freeze([]);

/** Fields that hold agency lists, where separators carry meaning. */
export const LIST_FIELDS: readonly Field[] = ['lead', 'partners'];

/**
 * A fix on one field's cell. `before` is always the cell as stored, so the
 * edges can check nothing changed under them; `encoding` travels along so a
 * chain of fixes on a legacy cell starts by converting it.
 */
export function cellFix(
  row: TaskRow,
  field: Field,
  kind: FixKind,
  after: string,
  extra: Pick<Fix, 'from' | 'to'> = {},
): Omit<Fix, 'sheet' | 'cell'> {
  const src = row.source[field];
  const fix: Omit<Fix, 'sheet' | 'cell'> = {
    kind,
    before: src?.text ?? row.raw[field] ?? '',
    after,
    ...extra,
  };
  if (src?.encoding) fix.encoding = src.encoding;
  if (src?.encoding && src.decoded !== undefined) fix.decoded = src.decoded;
  return fix;
}
