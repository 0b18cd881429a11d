/**
 * Pieces of SpreadsheetML the in-place fix writes and reads by pattern: text
 * elements, escapes, and a rich text's first run.
 */

/** An optional namespace prefix ("x:"), for patterns over parts other writers prefix. */
export const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';

// Characters XML cannot hold, written as OOXML's escapes (the reader decodes them back).
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\r\uFFFE\uFFFF]/g;

/** Text for element content or a double-quoted attribute. */
export function escapeText(s: string): string {
  return s
    .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
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
