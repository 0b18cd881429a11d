/** Text as a workbook cell can hold it: the rules every writer of phuluc follows. */

/** XML 1.0 cannot hold these control characters; a file containing them would not open. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Excel's limit per cell: longer text would make the file fail to open. */
export const MAX_CELL_TEXT = 32_767;

/** Without the characters XML cannot hold. */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

/** Without the characters XML cannot hold, and cut with "…" at Excel's limit. */
export function excelText(text: string): string {
  const kept = xmlSafe(text);
  return kept.length > MAX_CELL_TEXT ? `${kept.slice(0, MAX_CELL_TEXT - 1)}…` : kept;
}

/**
 * Lines joined for one cell, stopping at the first line past what the cell
 * can hold: a task every commune reports on gathers far more text than that.
 * `excelText` of it (the writer's) is `excelText` of the whole join.
 */
export function cellLines(lines: Iterable<string>): string {
  let out = '';
  let first = true;
  for (const line of lines) {
    out = first ? xmlSafe(line) : `${out}\n${xmlSafe(line)}`;
    first = false;
    if (out.length > MAX_CELL_TEXT) break;
  }
  return out;
}
