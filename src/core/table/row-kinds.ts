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
  return leftOfTask && text === text.toLocaleUpperCase('vi') ? text : null;
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

/**
 * The signature block, the list of recipients or the notes under the table:
 * the table has ended. A note counts where a row starts, at or left of
 * `notesUpTo` (the task column): in a column further right ("Lưu ý: lùi sang
 * 2027" under "Ghi chú") it is a task's remark.
 */
export function isFooterRow(
  reader: SheetReader,
  row: number,
  sttCol: number | undefined,
  notesUpTo = Infinity,
): boolean {
  if (sttCol !== undefined && isNumberCell(reader.cell(row, sttCol))) return false;
  const width = reader.width(row);
  let first = true;
  for (let c = 0; c < width; c++) {
    const cell = reader.cell(row, c);
    if (first && typeof cell?.value === 'string' && cell.value.trim() !== '') {
      first = false;
      if (c <= notesUpTo && NOTE.test(reader.text(row, c))) return true;
    }
    if (
      typeof cell?.value === 'string' &&
      cell.value.length <= MAX_FOOTER_LENGTH &&
      isFooterText(reader.text(row, c))
    ) {
      return true;
    }
  }
  return false;
}
