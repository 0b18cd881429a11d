/**
 * Task status words (DOMAIN.md §3, VIETNAMESE.md §4) to status codes.
 * Matching ignores case, marks, extra spaces, punctuation and a share done
 * ("đạt 80%"); "thời hạn" counts as "hạn", "trễ hạn" as "quá hạn", and
 * "đúng hạn" and "trước hạn" as "trong hạn".
 */
import type { StatusCode } from '../model/task';
import { compareKey } from '../text/compare-key';

/** The statuses that say the work is done. */
export const DONE: ReadonlySet<StatusCode> = new Set<StatusCode>([
  'DONE_ON_TIME',
  'DONE_LATE',
  'DONE_THIS_PERIOD',
]);

/** Display order: done, in progress, not started, then the special cases. */
export const STATUS_CODES: readonly StatusCode[] = [
  'DONE_ON_TIME',
  'DONE_LATE',
  'IN_PROGRESS',
  'IN_PROGRESS_LATE',
  'NOT_STARTED',
  'DONE_THIS_PERIOD',
  'SUSPENDED',
  'CANCELLED',
];

/** Canonical labels: the Vietnamese ones are what `fix` writes and templates offer. */
export const STATUS_LABELS: Record<StatusCode, { vi: string; en: string }> = {
  DONE_ON_TIME: { vi: 'Đã hoàn thành đúng hạn', en: 'Done on time' },
  DONE_LATE: { vi: 'Đã hoàn thành quá hạn', en: 'Done late' },
  IN_PROGRESS: { vi: 'Đang thực hiện trong hạn', en: 'In progress' },
  IN_PROGRESS_LATE: { vi: 'Đang thực hiện quá hạn', en: 'In progress past due' },
  NOT_STARTED: { vi: 'Chưa thực hiện', en: 'Not started' },
  DONE_THIS_PERIOD: { vi: 'Đã thực hiện trong kỳ', en: 'Done this period' },
  SUSPENDED: { vi: 'Tạm dừng', en: 'Suspended' },
  CANCELLED: { vi: 'Không thực hiện', en: 'Cancelled' },
};

/**
 * Accepted wordings besides the canonical labels. Decisions:
 * - "Chưa thực hiện" with any timing ("đúng hạn", "quá hạn") is NOT_STARTED:
 *   whether it is overdue is the deadline's business (`isOverdue`).
 * - "Chưa hoàn thành" (the Government's "not completed", within time or
 *   overdue) is work under way: IN_PROGRESS / IN_PROGRESS_LATE.
 * - "Chờ xác nhận" (reported done, awaiting the assigning body's confirmation)
 *   counts as DONE_ON_TIME: it is the agency's claim, like every status here.
 * - Part of the work done ("Hoàn thành một phần", "Cơ bản hoàn thành", "Đã
 *   thực hiện được một phần"), like "Hoàn thành 50%", is work under way:
 *   IN_PROGRESS, or IN_PROGRESS_LATE when late words follow.
 * - "Không hạn" ("no deadline", a task category in tracking software) says
 *   nothing about progress, so it is not a status: parseStatus returns null.
 * - "Thực hiện thường xuyên" ("carried out as a matter of routine"), the usual
 *   report on a continuous task, is DONE_THIS_PERIOD, the status for those.
 * - "(Đã) ban hành" ("issued"), the usual report on a task whose result is a
 *   document, is done: DONE_ON_TIME, then checked against the deadline.
 * - A partner's "Đã phối hợp" ("Đã tham gia phối hợp", "Đã phối hợp thực
 *   hiện", "… với Sở X"), like "Đã tổ chức thực hiện", says its part was
 *   carried out: the verbs of doing fold into "thực hiện" (statusKey), so it
 *   reads as "Đã thực hiện", DONE_THIS_PERIOD.
 * - "Đã thực hiện" followed only by how often or how ("hằng năm", "định kỳ",
 *   "trong năm 2026", "theo kế hoạch") is the usual report on a recurring
 *   task: DONE_THIS_PERIOD.
 * - "Chưa đến kỳ", "Chưa đến (thời) hạn", "Chưa đến thời điểm" (a task due
 *   every few years, whose period has not come) and "Chưa phát sinh" (an
 *   on-demand task nobody asked for yet) are NOT_STARTED: whether that is
 *   late is the deadline's business, as for "Chưa thực hiện".
 */
const VARIANTS: Record<StatusCode, string[]> = {
  DONE_ON_TIME: [
    'Hoàn thành',
    'Đã hoàn thành',
    'HT',
    'Đã HT',
    'HT đúng hạn',
    'Hoàn thành đúng hạn',
    'Hoàn thành trong hạn',
    'Hoàn thành đúng tiến độ',
    'Đã xong',
    'Xong',
    'Chờ xác nhận',
    'Ban hành',
    'Done',
  ],
  DONE_LATE: [
    'Hoàn thành quá hạn',
    'Hoàn thành chậm',
    'Hoàn thành trễ',
    'HT quá hạn',
    'Hoàn thành nhưng quá hạn',
  ],
  IN_PROGRESS: [
    'Đang thực hiện',
    'Đang triển khai',
    'Đang triển khai thực hiện',
    'Đang tiến hành',
    'Đang làm',
    'Đang hoàn thiện',
    'Đang tiếp tục thực hiện',
    'Đang triển khai trong hạn',
    'Chưa hoàn thành',
    'Chưa hoàn thành trong hạn',
    'Chưa xong',
    'Đúng tiến độ',
  ],
  IN_PROGRESS_LATE: [
    'Quá hạn',
    'Chậm tiến độ',
    'Chậm',
    'Đang triển khai quá hạn',
    'Đang thực hiện chậm',
    'Chưa hoàn thành quá hạn',
    'Overdue',
  ],
  NOT_STARTED: [
    'Chưa triển khai',
    'Chưa bắt đầu',
    'Chưa thực hiện trong hạn',
    'Chưa thực hiện quá hạn',
    'Chưa triển khai quá hạn',
  ],
  DONE_THIS_PERIOD: [
    'Đã thực hiện',
    'Đã triển khai',
    'Thực hiện trong kỳ',
    'Hoàn thành trong kỳ',
    'Đã hoàn thành trong kỳ',
    'Thực hiện thường xuyên',
    'Đã thực hiện thường xuyên',
    'Thường xuyên',
  ],
  SUSPENDED: ['Tạm hoãn', 'Tạm dừng thực hiện', 'Tạm ngừng', 'Tạm dừng triển khai', 'Hoãn'],
  CANCELLED: ['Đã hủy', 'Hủy', 'Dừng thực hiện', 'Ngừng thực hiện', 'Không triển khai', 'Hủy bỏ'],
};

/**
 * Verbs of doing, alone or in a row ("tham gia phối hợp", "tổ chức triển khai
 * thực hiện"), end with one that says the work was carried out: "thực hiện".
 * "Tổ chức" alone ("Đã tổ chức hội nghị") names the work, not a status.
 */
const DOING =
  /\b(?:(?:tham gia|phoi hop|to chuc|trien khai|thuc hien) )*(?:tham gia|phoi hop|trien khai|thuc hien)\b/g;

/** Folding key plus the synonyms that make "trễ hạn" = "quá hạn" and "đúng hạn" = "trong hạn". */
function statusKey(text: string): string {
  // "Hoàn thành 100%", "Đang thực hiện (đạt 80%)": the share done says no more than the words.
  const key = compareKey(text.replace(/(?:đạt\s*)?\d+(?:[.,]\d+)?\s*%/giu, ' '))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\bthoi han\b/g, 'han')
    .replace(/\btre han\b/g, 'qua han')
    .replace(/\b(dung|truoc) han\b/g, 'trong han')
    .replace(/\s+/g, ' ')
    .trim();
  // Not after "Không": "Không tham gia", "Không phối hợp được" say no such thing as "Không thực hiện" (cancelled).
  return key.startsWith('khong ') ? key : key.replace(DOING, 'thuc hien');
}

let table: Map<string, StatusCode> | null = null;
function lookup(): Map<string, StatusCode> {
  if (table) return table;
  table = new Map();
  for (const code of STATUS_CODES) {
    for (const word of [STATUS_LABELS[code].vi, STATUS_LABELS[code].en, ...VARIANTS[code]]) {
      table.set(statusKey(word), code);
    }
  }
  return table;
}

const SHARE = /(\d+(?:[.,]\d+)?)\s*%/u;
/** Words after a status that take back what it says ("Hoàn thành nhưng chưa nghiệm thu"). */
const HEDGE = /\b(mot phan|chua|khong)\b/;
const LATE = /\b(qua han|cham)\b/;
/** The late form of an on-time status. */
const LATE_FORM: Partial<Record<StatusCode, StatusCode>> = {
  DONE_ON_TIME: 'DONE_LATE',
  IN_PROGRESS: 'IN_PROGRESS_LATE',
};
/** Work under way, on time or not. */
const UNDER_WAY: ReadonlySet<StatusCode> = new Set<StatusCode>(['IN_PROGRESS', 'IN_PROGRESS_LATE']);

/** Words that say the work is done, which a share of it ("một phần") makes work under way. */
const WORK_DONE = String.raw`(?:hoan thanh|ht|xong|thuc hien|trien khai)`;
/** "Cơ bản hoàn thành", "Bước đầu đã triển khai": some of the work done. */
const PARTLY_BEFORE = new RegExp(String.raw`^(?:da )?(?:co ban|buoc dau) (?:da )?${WORK_DONE}\b`);
/**
 * "Hoàn thành một phần", "Hoàn thành được phần lớn", "Hoàn thành bước đầu",
 * "Hoàn thành cơ bản", "Đã triển khai từng phần"; "một số (nội dung)" only
 * after "hoàn thành", since "Đã thực hiện một số hoạt động" reports what was done.
 */
const PARTLY_AFTER = new RegExp(
  String.raw`^(?:da )?(?:${WORK_DONE} (?:duoc )?(?:mot phan|tung phan|phan lon|buoc dau|co ban)|(?:hoan thanh|ht) (?:duoc )?mot so)\b`,
);

/** Part of the work done: under way, late when late words follow; null when the words say no such thing. */
function partly(key: string): StatusCode | null {
  if (!PARTLY_BEFORE.test(key) && !PARTLY_AFTER.test(key)) return null;
  return LATE.test(key) ? 'IN_PROGRESS_LATE' : 'IN_PROGRESS';
}

/** How often or how a recurring task was carried out: "hằng năm", "định kỳ", "trong năm 2026", "theo kế hoạch". */
const PERIODIC = String.raw`(?:thuong xuyen|lien tuc|dinh ki|hang (?:nam|quy|thang|ki)|trong (?:ki|nam|quy|thang)(?: \d{4})?|nam \d{4}|theo ke hoach|day du)`;
/** "Đã thực hiện hằng năm", "Thực hiện định kỳ và thường xuyên": done this period. */
const THIS_PERIOD = new RegExp(String.raw`^(?:da )?thuc hien(?: (?:va )?${PERIODIC})+$`);
/**
 * "Đã phối hợp với Sở Nội vụ", "Đã phối hợp với Sở Văn hóa, Thể thao và Du
 * lịch": a partner's part carried out. Only the agency may follow: a clause
 * more ("… xây dựng dự thảo, đang trình UBND tỉnh", "… dự kiến hoàn thành quý
 * IV", "… 15/20 xã") says how far the work is, which these words do not.
 */
const WITH_LEAD = /^da thuc hien voi (.+)$/;
const MAX_AGENCY_WORDS = 10;
const STILL_GOING = /\b(?:dang|du kien|cho|se|tiep tuc|chuan bi|trinh|mot phan|chua|khong)\b|\d/;
/** "Chưa đến kỳ (báo cáo)", "Chưa đến thời hạn", "Chưa tới thời điểm thực hiện": the time has not come. */
const NOT_YET_DUE = String.raw`chua (?:den|toi) (?:ki|han|thoi diem|thoi gian|luc|giai doan)\b`;
/** The above, or "Chưa phát sinh" (nothing asked yet): not started, not said late. */
const NOT_DUE = new RegExp(String.raw`^(?:${NOT_YET_DUE}|(?:chua|khong) phat sinh\b)`);
/** "Chưa thực hiện (chưa đến kỳ)", "Chưa triển khai do chưa đến hạn": not started, and why. */
const NOT_STARTED_AS_NOT_DUE = new RegExp(String.raw`^(?:(?:do|vi|boi) )?${NOT_YET_DUE}`);
const SAYS_NOT_YET_DUE = new RegExp(String.raw`(?:^|\b)${NOT_YET_DUE}`);

/**
 * Whether a status cell says the task is not yet due: "Chưa đến hạn", "Chưa
 * đến kỳ", "Chưa đến thời hạn", "Chưa tới thời điểm", also as the reason
 * for "Chưa thực hiện (chưa đến kỳ)". Such a status is NOT_STARTED; on a
 * task whose due date has passed it contradicts the calendar
 * (`deniesDueDate`).
 */
export function saysNotYetDue(text: string): boolean {
  return SAYS_NOT_YET_DUE.test(statusKey(text));
}

/** Two readings of work under way ("Đang thực hiện, chưa hoàn thành quá hạn"): late when either is. */
function underWay(a: StatusCode, b: StatusCode): StatusCode {
  return a === 'IN_PROGRESS_LATE' || b === 'IN_PROGRESS_LATE' ? 'IN_PROGRESS_LATE' : 'IN_PROGRESS';
}

/** The status the words name: whole, without a leading "Đã", or their longest known start before an aside. */
function fromWords(key: string): StatusCode | null {
  const words = lookup();
  const whole = words.get(key) ?? (key.startsWith('da ') ? words.get(key.slice(3)) : undefined);
  if (whole) return whole;
  const part = partly(key);
  if (part) return part;
  if (THIS_PERIOD.test(key)) return 'DONE_THIS_PERIOD';
  // "Chưa đến kỳ báo cáo nhưng đã quá hạn" says two things: not a status.
  if (NOT_DUE.test(key)) return LATE.test(key) ? null : 'NOT_STARTED';
  const partner = WITH_LEAD.exec(key);
  if (partner)
    return STILL_GOING.test(partner[1]) || partner[1].split(' ').length > MAX_AGENCY_WORDS
      ? null
      : 'DONE_THIS_PERIOD';
  // "Đã hoàn thành (chậm so với kế hoạch)": the longest start of two words or more that names a status.
  const parts = (key.startsWith('da ') ? key.slice(3) : key).split(' ');
  for (let n = parts.length - 1; n >= 2; n--) {
    const code = words.get(parts.slice(0, n).join(' '));
    if (!code) continue;
    const rest = parts.slice(n).join(' ');
    if (code === 'NOT_STARTED' && NOT_STARTED_AS_NOT_DUE.test(rest)) return code;
    if (HEDGE.test(rest)) {
      // "Đang thực hiện, chưa hoàn thành": under way, said twice.
      const again = UNDER_WAY.has(code) ? fromWords(rest.replace(/^nhung /, '')) : null;
      return again && UNDER_WAY.has(again) ? underWay(code, again) : null;
    }
    // "… chậm so với kế hoạch" after an on-time word: late.
    return LATE.test(rest) ? (LATE_FORM[code] ?? code) : code;
  }
  // "Đang xây dựng dự thảo", "Đang hoàn thiện hồ sơ": work under way, whatever the work.
  if (key.startsWith('dang ')) return LATE.test(key) ? 'IN_PROGRESS_LATE' : 'IN_PROGRESS';
  return null;
}

/**
 * The status code a cell's text names, or null (empty or not a status).
 * "Hoàn thành 100%" reads as "Hoàn thành", "Hoàn thành 80%" as work under
 * way (the share takes back the word), "100%" alone as done; a leading "Đã"
 * is optional ("Đã hoàn thành chậm" = "Hoàn thành chậm").
 */
export function parseStatus(text: string): StatusCode | null {
  const key = statusKey(text);
  const share = SHARE.exec(text);
  const percent = share ? Number(share[1].replace(',', '.')) : null;
  if (key === '' || key === 'dat') return percent === 100 ? 'DONE_ON_TIME' : null;
  const code = fromWords(key);
  if (code && percent !== null && percent < 100 && DONE.has(code))
    return code === 'DONE_LATE' ? 'IN_PROGRESS_LATE' : 'IN_PROGRESS';
  return code;
}
