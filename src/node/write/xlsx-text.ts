/**
 * Pieces of SpreadsheetML the in-place fix writes and reads by pattern: text
 * elements, escapes, and a rich text's first run.
 */

/** An optional namespace prefix ("x:"), for patterns over parts other writers prefix. */
export const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';

/**
 * What text cannot hold as it is: the characters XML cannot hold, written as OOXML's escapes (the reader
 * decodes them back), and markup. One pass: most texts have none, and a report writes megabytes of text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const ESCAPED = /[\0-\x08\x0B\x0C\x0E-\x1F\r\uFFFE\uFFFF&<>"]/g;
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for element content or a double-quoted attribute. */
export function escapeText(s: string): string {
  return s.replace(
    ESCAPED,
    (c) => MARKUP[c] ?? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** A `<t>` element; spaces at its ends, tabs and line breaks kept as typed. */
export function textElement(prefix: string, s: string): string {
  const preserve = /^\s|\s$|\n|\t/.test(s) ? ' xml:space="preserve"' : '';
  return `<${prefix}t${preserve}>${escapeText(s)}</${prefix}t>`;
}

const FIRST_RUN = new RegExp(`<(${PREFIX})r>(?:\\s*<\\1rPr\\b[^>]*>([\\s\\S]*?)</\\1rPr>)?`);

/** The content of a rich text's first run properties (`<rPr>`), when that run has them. */
export function firstRunProps(xml: string): string | null {
  return FIRST_RUN.exec(xml)?.[2] ?? null;
}
