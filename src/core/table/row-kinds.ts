/**
 * Rows inside a table that are not tasks: group headings ("I. NHÓM GIẢI
 * PHÁP …") and what closes the table: notes ("Ghi chú: …") and the signature
 * block ("Nơi nhận", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").
 */
import type { Field } from '../model/task';
import { compareKey } from '../text/compare-key';
import { isNumberCell, type SheetReader } from './sheet-reader';

const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const LETTER = /^[A-ZĐ]$/;

/** "I", "II.", "A", "B)": the numbering of a section, not of a task. */
export function isGroupNumber(stt: string): boolean {
  const s = stt.replace(/[.):]$/, '').trim();
  return ROMAN.test(s) || LETTER.test(s);
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

function label(number: string, heading: string): string {
  if (!heading) return number;
  const n = number.replace(/[.):]$/, '').trim();
  const numbered = heading.startsWith(n) && /^[.):\s]/.test(heading.slice(n.length));
  return numbered ? heading : `${n}. ${heading}`;
}

/**
 * The heading a group row gives to the tasks below it, or null for a task row.
 * A group row has a section number in the STT column and no lead or deadline,
 * or holds one text only: merged across the table, or written in capitals.
 */
export function groupHeading(
  reader: SheetReader,
  row: number,
  filled: number[],
  columns: Map<Field, number>,
): string | null {
  const sttCol = columns.get('stt');
  // A numbered row is a task: skip reading its STT as text.
  const sttCell = sttCol === undefined ? undefined : reader.cell(row, sttCol);
  if (filled.length > 1 && isNumberCell(sttCell)) return null;
  const stt = sttCol === undefined ? '' : reader.text(row, sttCol);
  const blank = (f: Field) => {
    const c = columns.get(f);
    return c === undefined || reader.text(row, c) === '';
  };
  if (stt && isGroupNumber(stt) && blank('lead') && blank('deadline')) {
    const headingCol = filled.find((c) => c !== sttCol);
    return label(stt, headingCol === undefined ? '' : reader.text(row, headingCol));
  }
  if (filled.length !== 1) return null;
  const col = filled[0];
  const text = reader.text(row, col);
  if (!hasLetters(text)) return null;
  const m = reader.merge(row, col);
  if (m && m.top === row && m.right > m.left) return text;
  const taskCol = columns.get('task');
  const leftOfTask = taskCol === undefined || col <= taskCol;
  // Vietnamese has no case mapping of its own (the root one is it), and asking for 'vi' costs four times more.
  return leftOfTask && text === text.toUpperCase() ? text : null;
}

/** Whether a text starts, after any marks, with a small letter: the rest of a sentence begun above. */
export function startsLowercase(text: string): boolean {
  // "eCabinet", "eKYC": a name written so, not the rest of a sentence.
  return /^[^\p{L}\d]*\p{Ll}+(?![\p{Lu}\d])/u.test(text);
}

/**
 * How an unnumbered heading is worded ("Nhóm 1: …", "Lĩnh vực giáo dục", "Phần II"), or a line ending with
 * a colon: a wrapped line of a task's text ("Nghị quyết số 57-NQ/TW …") is not a heading.
 */
const HEADING_WORDS = /^(?:nhóm|phần|mục|chương|lĩnh vực|nội dung|nhiệm vụ)(?=\s|$)|:$/iu;

/** "3", "3.", "3)" as the number 3; null for anything else. */
export function wholeNumber(stt: string): number | null {
  const digits = numberDigits(stt.trim());
  return digits === null ? null : Number(digits);
}

/**
 * The digits of "3", "3." or "3)", else null: a character loop, as every task row of a table asks it
 * (a pattern's match made a little array each time).
 */
export function numberDigits(stt: string): string | null {
  let end = stt.length;
  const last = stt.charCodeAt(end - 1);
  if (last === 0x2e || last === 0x29) end--;
  if (end === 0) return null;
  for (let i = 0; i < end; i++) {
    const c = stt.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
  }
  return end === stt.length ? stt : stt.slice(0, end);
}

/** "1.1", "a", "a)", "-", "+": how the tasks (or parts) under a numbered row are numbered. */
export function isSubNumber(stt: string, parent: string): boolean {
  return stt.startsWith(`${parent}.`) || /^[a-zđ][.)]?$/.test(stt) || /^[-+•*]$/.test(stt);
}

/**
 * A row above tasks that is their heading though no section number marks it:
 * it holds only the task text (and a number), leaves the lead and the deadline
 * to the rows below, and those rows are its tasks — numbered under it ("1" over
 * "1.1", "1.2"; a number merged over "a)", "b)"), or, for an unnumbered row,
 * numbered on in the list without it ("Nhóm 2: …" between tasks 3 and 4).
 * `nextRow`: the next row with content (-1 if none); `previousNumber`: the number of the task above.
 * Returns the heading, or null.
 */
export function parentHeading(
  reader: SheetReader,
  row: number,
  filled: number[],
  columns: Map<Field, number>,
  nextRow: () => number,
  previousNumber: () => number | null,
): string | null {
  const taskCol = columns.get('task');
  const sttCol = columns.get('stt');
  const leadCol = columns.get('lead');
  const deadlineCol = columns.get('deadline');
  if (taskCol === undefined || sttCol === undefined) return null;
  if (leadCol === undefined && deadlineCol === undefined) return null;
  if (filled.some((c) => c !== taskCol && c !== sttCol) || !filled.includes(taskCol)) return null;
  // Looked for only now: most rows are tasks, with more than a task text and a number.
  const next = nextRow();
  if (next < 0) return null;
  const text = reader.text(row, taskCol);
  const has = (col: number | undefined) => col !== undefined && reader.text(next, col) !== '';
  if (!has(leadCol) && !has(deadlineCol)) return null;
  const stt = filled.includes(sttCol) ? reader.text(row, sttCol) : '';
  const nextStt = reader.sourceRow(next, sttCol) === next ? reader.text(next, sttCol) : null;
  if (stt === '') {
    // Unnumbered between 1 and 3 it is task 2 left unnumbered; between 1 and 2 (or before 1) it numbers nothing.
    const n = nextStt ? wholeNumber(nextStt) : null;
    const previous = n === null ? null : previousNumber();
    const inSequence = n !== null && (previous === null || n === 1 || n === previous + 1);
    return inSequence && HEADING_WORDS.test(text) ? text : null;
  }
  const number = stt.replace(/[.):]$/, '').trim();
  // The rows below share this row's number through a merged cell, or number themselves under it.
  if (nextStt === null || isSubNumber(nextStt, number)) return label(number, text);
  return null;
}

const FOOTER = [
  /^noi nhan\b/,
  /^(tm|kt|q|tl|ttl|tuq) (uy ban|ubnd|chu tich|pho chu tich|giam doc|thu truong|truong ban|so|ban)\b/,
  /^(pho )?(chu tich|giam doc|thu truong|truong ban|truong phong)$/,
  /^nguoi (lap|lap bieu|ki|ki ten)$/,
  /^thu truong (don vi|co quan)\b/,
  /^xac nhan cua\b/,
];
const MAX_FOOTER_LENGTH = 60;
const keyCache = new Map<string, boolean>();

function isFooterText(text: string): boolean {
  if (text.length > MAX_FOOTER_LENGTH) return false;
  let hit = keyCache.get(text);
  if (hit === undefined) {
    const key = compareKey(text);
    hit = FOOTER.some((re) => re.test(key));
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(text, hit);
  }
  return hit;
}

/** "Ghi chú: …", "* Lưu ý:", "(*) Chú thích:": notes under the table, however long. */
const NOTE = /^[\s*()\-–]*(?:ghi chú|lưu ý|chú thích)\s*:/iu;
/** "Tổng cộng: 7 nhiệm vụ", "Cộng:": a total under the list or under a group. */
const TOTAL = /^(?:tổng cộng\b|cộng\s*(?::|$))/iu;
/** "Phụ lục II": the title of the next appendix. */
const NEXT_APPENDIX = /^phụ lục(?:\s+(?:[IVXL]+|\d+)[.:]?)?$/iu;
/** A cell of marks only ("*", "-", "(*)"): what precedes a note, not its text. */
const MARKS_ONLY = /^[\s*()\-–•.]+$/;

/**
 * A table's columns, `left` to `right`: what stands beside it (another table, its
 * notes and signatures) is not its row. The whole row by default.
 */
export interface Columns {
  left: number;
  right: number;
}

const WHOLE_ROW: Columns = { left: 0, right: Infinity };

/** The row's first text past any marks, and its column; null for a numbered row or one without text. */
function firstText(
  reader: SheetReader,
  row: number,
  sttCol: number | undefined,
  within: Columns,
): { col: number; text: string } | null {
  if (sttCol !== undefined && isNumberCell(reader.cell(row, sttCol))) return null;
  const end = Math.min(within.right, reader.width(row) - 1);
  for (let c = within.left; c <= end; c++) {
    const cell = reader.cell(row, c);
    if (typeof cell?.value !== 'string' || cell.value.trim() === '') continue;
    const text = reader.text(row, c);
    if (!MARKS_ONLY.test(text)) return { col: c, text };
  }
  return null;
}

/** A total ("Tổng cộng: …", "Cộng:") or a note ("Ghi chú: …") as the row's first text: not the signatures. */
export function isTotalOrNote(
  reader: SheetReader,
  row: number,
  sttCol: number | undefined,
  within: Columns = WHOLE_ROW,
): boolean {
  const first = firstText(reader, row, sttCol, within);
  return first !== null && (NOTE.test(first.text) || TOTAL.test(first.text));
}

/**
 * The signature block, the list of recipients, the notes or the total under
 * the table, or the title of the next appendix: the table has ended. A note
 * counts where a row starts, at or left of `notesUpTo` (the task column): in a
 * column further right ("Lưu ý: lùi sang 2027" under "Ghi chú") it is a task's remark.
 */
export function isFooterRow(
  reader: SheetReader,
  row: number,
  sttCol: number | undefined,
  notesUpTo = Infinity,
  within: Columns = WHOLE_ROW,
): boolean {
  if (sttCol !== undefined && isNumberCell(reader.cell(row, sttCol))) return false;
  const first = firstText(reader, row, sttCol, within);
  if (first && first.col <= notesUpTo && [NOTE, TOTAL, NEXT_APPENDIX].some((re) => re.test(first.text)))
    return true;
  const end = Math.min(within.right, reader.width(row) - 1);
  for (let c = within.left; c <= end; c++) {
    const cell = reader.cell(row, c);
    if (
      typeof cell?.value === 'string' &&
      cell.value.length <= MAX_FOOTER_LENGTH &&
      isFooterText(reader.text(row, c))
    )
      return true;
  }
  return false;
}
