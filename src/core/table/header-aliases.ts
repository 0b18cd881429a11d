/**
 * Column headers of task tables (DOMAIN.md §2-3) to fields. A header matches
 * on its comparison key, so case, diacritics, line breaks and spacing do not
 * matter. Exact aliases are tried first, then a few wording rules ordered so
 * that no field steals another's header ("Cơ quan chủ trì" is never partners).
 */
import type { Field } from '../model/task';
import { compareKey } from '../text/compare-key';

export const HEADER_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  stt: ['TT', 'STT', 'Stt', 'Số TT', 'Số thứ tự'],
  task: [
    'Nội dung nhiệm vụ',
    'Nhiệm vụ',
    'Nội dung',
    'Tên nhiệm vụ',
    'Nội dung công việc',
    'Nhiệm vụ, giải pháp',
    'Mục tiêu, nhiệm vụ',
    'Nội dung hoạt động',
  ],
  lead: [
    'Cơ quan chủ trì',
    'Đơn vị chủ trì',
    'Chủ trì',
    'Cơ quan chủ trì thực hiện',
    'Cơ quan/đơn vị chủ trì',
    'Cơ quan chịu trách nhiệm',
    'Đơn vị chịu trách nhiệm',
    // A single "who does it" column names the agency accountable for the task.
    'Cơ quan thực hiện',
    'Đơn vị thực hiện',
    'Cơ quan, đơn vị thực hiện',
    'Cơ quan/đơn vị thực hiện',
    'Đơn vị đầu mối',
    'Cơ quan đầu mối',
  ],
  partners: [
    'Cơ quan phối hợp',
    'Đơn vị phối hợp',
    'Phối hợp',
    'Cơ quan phối hợp thực hiện',
    'Cơ quan/đơn vị phối hợp',
  ],
  result: [
    'Kết quả cần đạt',
    'Kết quả đạt được',
    'Sản phẩm',
    'Kết quả/sản phẩm',
    'Sản phẩm đầu ra',
    'Kết quả',
    'Kết quả, sản phẩm',
    'Sản phẩm, kết quả',
    'Dự kiến sản phẩm',
    'Dự kiến kết quả',
    // Plans that end each task in a document name its form ("Kế hoạch", "Quyết định của UBND tỉnh").
    'Hình thức văn bản',
    'Hình thức sản phẩm',
  ],
  deadline: [
    'Thời hạn hoàn thành',
    'Thời gian hoàn thành',
    'Thời hạn',
    'Thời gian thực hiện',
    'Tiến độ',
    'Thời gian',
    'Tiến độ hoàn thành',
    'Tiến độ thực hiện',
    'Năm hoàn thành',
    'Lộ trình thực hiện',
    'Lộ trình',
    'Thời điểm hoàn thành',
  ],
  note: ['Ghi chú'],
  status: ['Mức độ hoàn thành', 'Tình trạng', 'Trạng thái', 'Tình trạng thực hiện'],
  outcome: ['Kết quả thực hiện', 'Tình hình thực hiện', 'Kết quả triển khai', 'Kết quả triển khai thực hiện'],
  issues: ['Khó khăn, vướng mắc', 'Khó khăn', 'Vướng mắc'],
  proposals: ['Đề xuất, kiến nghị', 'Đề xuất', 'Kiến nghị', 'Kiến nghị, đề xuất'],
  taskId: ['Mã nhiệm vụ'],
};

/**
 * Headers that name the deadline in a plan but the status in a report
 * ("Tiến độ", "Tiến độ thực hiện"): the reader decides by the column's cells.
 */
const STATUS_OR_DEADLINE = ['Tiến độ', 'Tiến độ hoàn thành', 'Tiến độ thực hiện'];
/**
 * A header that names the outcome but often heads the status words in a
 * report ("Tình hình thực hiện": "Hoàn thành", "Đang thực hiện"): the cells
 * decide too.
 */
const STATUS_OR_OUTCOME = ['Tình hình thực hiện'];

export interface HeaderMatch {
  field: Field;
  /** An alias matched as a whole (not a wording rule). */
  exact: boolean;
  /** The header may also be a status column; decided by the cells. */
  maybeStatus: boolean;
}

/** Wording rules on the comparison key, in priority order. */
const RULES: readonly [RegExp, Field][] = [
  [/^ma (nhiem vu|nv)\b/, 'taskId'],
  [/^ghi chu\b/, 'note'],
  [/\b(kho khan|vuong mac|nguyen nhan)\b|^l[iy] do\b/, 'issues'],
  [/\b(de xuat|kien nghi)\b/, 'proposals'],
  [/\b(chu tri|chiu trach nhiem)\b/, 'lead'],
  [/\bphoi hop\b/, 'partners'],
  // "Cơ quan, đơn vị thực hiện (chính)", "Đơn vị đầu mối thực hiện": who does the task, its lead.
  [/^(co quan|don vi)( (co quan|don vi))? (thuc hien|dau moi)\b/, 'lead'],
  [/^(muc do|tinh trang|trang thai)\b|\bmuc do hoan thanh\b/, 'status'],
  [/^(ket qua|tinh hinh) (da )?(thuc hien|trien khai)\b/, 'outcome'],
  // "Nội dung đã thực hiện" is what was done (a report's outcome); "Nội dung thực hiện" is the task.
  [/^(noi dung|cong viec) da (thuc hien|trien khai|lam)\b/, 'outcome'],
  [/^(ket qua|san pham|du kien (san pham|ket qua)|hinh thuc (van ban|san pham))\b/, 'result'],
  [/^(thoi han|thoi gian|thoi diem|tien do|lo trinh|nam hoan thanh|han hoan thanh)\b/, 'deadline'],
  [/^(noi dung|nhiem vu|ten nhiem vu|ten cong viec|cong viec|muc tieu nhiem vu|hoat dong)\b/, 'task'],
];

const BRACKETED = /\([^()]*\)/g;
/** A start date is not a deadline ("Thời gian bắt đầu"). */
const NOT_A_HEADER = /\bbat dau\b/;
/** Rules only apply to header-sized text ("Kết quả thực hiện đến thời điểm báo cáo"), never to a sentence in a data cell. */
const MAX_RULE_WORDS = 10;
/** Longer cells are data, never headers: they are not even keyed. */
export const MAX_HEADER_LENGTH = 80;

let exactKeys: Map<string, HeaderMatch> | null = null;
const cache = new Map<string, HeaderMatch | null>();

function exactTable(): Map<string, HeaderMatch> {
  if (exactKeys) return exactKeys;
  exactKeys = new Map();
  const maybeStatus = new Set([...STATUS_OR_DEADLINE, ...STATUS_OR_OUTCOME].map(headerKey));
  for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [Field, readonly string[]][]) {
    for (const alias of aliases) {
      const key = headerKey(alias);
      exactKeys.set(key, { field, exact: true, maybeStatus: maybeStatus.has(key) });
    }
  }
  return exactKeys;
}

/** The comparison key of a header, without a trailing column number ("Nội dung (2)", "Ghi chú *"). */
export function headerKey(text: string): string {
  return compareKey(text.replace(/\s+/g, ' '))
    .replace(/(\s+\d{1,2})+$/, '')
    .trim();
}

/** The field a header cell names, or null. Cached: headers repeat across sheets and files. */
export function matchHeader(text: string): HeaderMatch | null {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return null;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  // A bracketed aside ("Mức độ hoàn thành (Đã hoàn thành/Đang thực hiện/…)") is tried without, when it hides the name.
  const found =
    matchKey(headerKey(text)) ??
    (text.includes('(') ? matchKey(headerKey(text.replace(BRACKETED, ' '))) : null);
  if (cache.size > 50_000) cache.clear();
  cache.set(text, found);
  return found;
}

function matchKey(key: string): HeaderMatch | null {
  if (key === '') return null;
  const exact = exactTable().get(key);
  if (exact) return exact;
  if (NOT_A_HEADER.test(key) || key.split(' ').length > MAX_RULE_WORDS) return null;
  for (const [re, field] of RULES) {
    if (re.test(key))
      return {
        field,
        exact: false,
        maybeStatus:
          (field === 'deadline' && key.startsWith('tien do')) ||
          (field === 'outcome' && key.startsWith('tinh hinh')),
      };
  }
  return null;
}
