/**
 * Reading a deadline cell (DOMAIN.md §4, VIETNAMESE.md §5) into a `Deadline`.
 * Never throws: what cannot be read is `unparsed`, its text kept as written.
 */
import { copyWith } from '../copy-with';
import type { Deadline } from '../model/task';
import type { SheetCell } from '../model/sheet';
import { memoize } from '../memo';
import { cleanText } from '../text/normalize';
import {
  dateFormatParts,
  daysInMonth,
  endOfMonth,
  formatDateVi,
  isDateFormat,
  isoToSerial,
  isValidDate,
  serialToIso,
  toIso,
} from './dates';
import { foldDeadline, phraseKey } from './normalize';
import {
  dateSpan,
  dayBefore,
  listSpan,
  periodSpan,
  rangeSpan,
  singleSpan,
  yearlessPeriodEnd,
  yearlessPeriodEnds,
  type DayOfYear,
  type Span,
} from './spans';

export interface DeadlineOptions {
  /**
   * The year recurring deadlines start from: the plan's first year unless
   * stated. Without it a recurring deadline has no `start`/`due`, and
   * `dueAsOf` anchors it at the year its `JudgeOptions` give (the plan's),
   * else, when its cycles fit a calendar year, at the as-of year.
   */
  anchorYear?: number;
}

type Reading = Omit<Deadline, 'text'>;

const UNPARSED: Reading = { kind: 'unparsed', start: null, due: null, every: null };

/** Words meaning "all the time": never overdue by date. */
const CONTINUOUS = [
  'Thường xuyên',
  'Liên tục',
  'Thường xuyên, liên tục',
  'Hằng ngày',
  'Thực hiện thường xuyên',
];
/** Words meaning "whenever asked": no due date, flagged so the user knows. */
const ON_DEMAND = [
  'Theo yêu cầu',
  'Khi có yêu cầu',
  'Đột xuất',
  'Theo nhiệm vụ được giao',
  'Theo chỉ đạo',
  'Khi có chỉ đạo',
];
/**
 * Trailing words that add no date ("Hàng năm và theo nhiệm vụ được giao",
 * "trước ngày 10 tháng 12 hằng năm và khi có yêu cầu"), and a trailing remark
 * in brackets without digits ("Quý I/2026 (ban hành kế hoạch)").
 */
const QUALIFIER =
  /\s*[,;]?\s*(?:(?:va|hoac)\s+)?(?:theo nhiem vu duoc giao|khi co yeu cau|theo yeu cau|theo quy dinh)$|\s*\([^()\d]*\)$/;
/**
 * "Thường xuyên, hằng năm", "Liên tục, hằng quý": routine words with a
 * frequency are still routine; the frequency is the reporting cycle.
 */
const ROUTINE_WORD = String.raw`(?:thuong xuyen|lien tuc|hang (?:nam|quy|thang|ngay)|dinh ky)`;
const ROUTINE = new RegExp(
  String.raw`^(?=.*\b(?:thuong xuyen|lien tuc)\b)${ROUTINE_WORD}(?:\s*(?:,|;|va)?\s*${ROUTINE_WORD})+$`,
);
/**
 * A verb before the time ("Hoàn thành trong Quý II/2026", "Hoàn thành trước
 * 30/6/2026", "Tổ chức hằng năm"): the time after it is the deadline.
 */
const LEADING_VERB = /^(?:hoan thanh|thuc hien|trien khai|ban hanh|to chuc|bao cao)(?:\s*:\s*|\s+)(.+)$/;
/** "Trước ngày 15/12/2026", "Ngày 15/12/2026": the day, for "… hằng năm". */
const BEFORE_DAY = /^(?:(?:truoc|cham nhat(?: la)?|den|vao|han)\s+)?(?:ngay\s*)?/;

/** "Từ năm 2026 trở đi", "Năm 2026 và các năm tiếp theo": ongoing from then. */
const ONWARDS = /^(?:tu\s+)?(.+?)\s*,?\s*(?:(?:va\s+)?cac nam tiep theo|tro di|tro ve sau)$/;

let phraseSets: { continuous: Set<string>; onDemand: Set<string> } | null = null;
function phrases(): { continuous: Set<string>; onDemand: Set<string> } {
  phraseSets ??= {
    continuous: new Set(CONTINUOUS.map(phraseKey)),
    onDemand: new Set(ON_DEMAND.map(phraseKey)),
  };
  return phraseSets;
}

const UNIT: Record<string, string> = { nam: 'y', quy: 'q', thang: 'm' };

/** Months in one cycle of a recurrence ("1y" → 12, "1q" → 3, "6m" → 6); null when not recurring. */
export function cycleMonths(every: string | null): number | null {
  const m = every ? /^(\d+)([yqm])$/.exec(every) : null;
  if (!m) return null;
  return Number(m[1]) * (m[2] === 'y' ? 12 : m[2] === 'q' ? 3 : 1);
}

/**
 * The first cycle of a recurrence of `months` months anchored at the start
 * of `year`: it opens on 1 January and closes at the end of its last month
 * (31 Dec for yearly, 31 Mar for quarterly, the end of the N-th year for
 * "N năm/lần").
 */
export function firstCycleIn(months: number, year: number): { start: string; due: string } {
  const last = months - 1;
  return { start: toIso(year, 1, 1), due: endOfMonth(year + Math.floor(last / 12), (last % 12) + 1) };
}

/** A recurrence anchored at the start of anchorYear (`firstCycleIn`). Without an anchor both are null. */
function recurring(every: string, anchorYear: number | undefined): Reading {
  if (anchorYear === undefined) return { kind: 'recurring', start: null, due: null, every };
  return { kind: 'recurring', ...firstCycleIn(cycleMonths(every) as number, anchorYear), every };
}

/** Counts written in words after folding ("Hai năm một lần", "Năm năm/lần"); "tư" is left out, as "từ" folds to it. */
const NUMBER_WORDS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};
const COUNT = String.raw`(\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)`;
const FREQ_UNIT = String.raw`(nam|quy|thang)`;
const ONCE = String.raw`(?:0?1|mot)`;
const UNIT_MONTHS: Record<string, number> = { nam: 12, quy: 3, thang: 1 };

function count(word: string | undefined): number {
  if (word === undefined) return 1;
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 0);
}

/**
 * How often, written any of the usual ways (after "Định kỳ" is taken off):
 * - N units a time: "5 năm/lần", "3 năm một lần", "02 năm/01 lần", "Hai năm một lần", "Năm/lần";
 * - every N units: "Mỗi năm", "Mỗi 5 năm một lần", "Mỗi quý 1 lần";
 * - K times in N units: "1 lần/năm", "01 lần/02 năm", "2 lần/năm" (every 6 months).
 * A bare "N tháng" is a frequency only after "Định kỳ" (`periodic`): alone it may mean "within N months".
 * The recurrence ("5y", "1q", "6m"), or null when the words say no frequency or one that does not divide into
 * whole months ("3 lần/quý").
 */
const FREQUENCY_FORMS: { re: RegExp; n: number; unit: number; k?: number; periodic?: boolean }[] = [
  {
    re: new RegExp(String.raw`^${COUNT} ${FREQ_UNIT}\s*(?:\/\s*(?:${ONCE}\s*)?|${ONCE}\s*)lan$`),
    n: 1,
    unit: 2,
  },
  { re: new RegExp(String.raw`^${COUNT} ${FREQ_UNIT}$`), n: 1, unit: 2, periodic: true },
  { re: new RegExp(String.raw`^${FREQ_UNIT}\s*\/\s*(?:${ONCE}\s*)?lan$`), n: 0, unit: 1 },
  { re: new RegExp(String.raw`^moi (?:${COUNT} )?${FREQ_UNIT}(?:\s*${ONCE}\s*lan)?$`), n: 1, unit: 2 },
  {
    re: new RegExp(String.raw`^${COUNT} lan\s*(?:\/|moi|trong)\s*(?:${COUNT}\s*)?${FREQ_UNIT}$`),
    k: 1,
    n: 2,
    unit: 3,
  },
];

export function frequencyOf(s: string, periodic: boolean): string | null {
  for (const form of FREQUENCY_FORMS) {
    const m = form.re.exec(s);
    if (!m || (form.periodic && !periodic)) continue;
    const n = form.n === 0 ? 1 : count(m[form.n]);
    const k = form.k === undefined ? 1 : count(m[form.k]);
    const unit = m[form.unit];
    if (n < 1 || k < 1) return null;
    if (k === 1) return `${n}${UNIT[unit]}`;
    const months = (n * UNIT_MONTHS[unit]) / k;
    if (!Number.isInteger(months)) return null;
    return months % 12 === 0 ? `${months / 12}y` : `${months}m`;
  }
  return null;
}

/**
 * Several frequencies listed, as reporting regimes are ("Định kỳ 6 tháng và
 * hằng năm", "Hằng quý, 6 tháng, năm", "Hằng tháng, quý, năm"): due at the
 * end of each shortest cycle, the longer ones falling on its ends. When the
 * longer ones are not whole multiples of it ("Hằng quý và 2 tháng/lần") the
 * frequency is left unknown, for a finding. Null when any item is not a
 * frequency.
 */
function frequencyList(s: string, anchorYear: number | undefined): Reading | null {
  const items = s.split(/\s*(?:[,;]|\bva\b)\s*/);
  if (items.length < 2) return null;
  const cycles: { every: string; months: number }[] = [];
  for (const item of items) {
    const word = item.replace(/^(?:dinh ky|hang)\s+/, '');
    const every = /^(?:nam|quy|thang)$/.test(word) ? `1${UNIT[word]}` : frequencyOf(word, true);
    const months = cycleMonths(every);
    if (every === null || months === null) return null;
    cycles.push({ every, months });
  }
  const shortest = cycles.reduce((a, b) => (b.months < a.months ? b : a));
  if (cycles.some((c) => c.months % shortest.months !== 0))
    return { kind: 'recurring', start: null, due: null, every: null, doubt: 'frequency-unknown' };
  return recurring(shortest.every, anchorYear);
}

/**
 * "5 năm/lần, từ năm 2027", "Hằng quý (kể từ 2027)", "Bắt đầu từ năm 2027, 2 năm một lần": the recurrence written
 * with the year it starts from, which anchors it (not the plan's start year).
 */
const FROM_YEAR = String.raw`\(?(?:ke |bat dau )?tu (?:nam )?((?:19|20|21)\d\d)\)?`;
const EVERY_FROM_YEAR = [
  new RegExp(String.raw`^(.+?)\s*,?\s*${FROM_YEAR}$`),
  new RegExp(String.raw`^${FROM_YEAR}\s*,?\s*(.+)$`),
];

/** A span of years a recurrence is bounded by: "giai đoạn 2026-2030", "2026 - 2030", "từ năm 2026 đến năm 2030", "đến năm 2030". */
const BOUND = String.raw`(?:trong )?(?:giai doan|tu|den)\s.+|\d{4}\s*-\s*\d{4}`;
const BOUNDED = [
  new RegExp(String.raw`^(.+?)\s*(?:[,;]\s*|\s)(${BOUND})$`),
  new RegExp(String.raw`^(${BOUND})\s*[,;]\s*(.+)$`),
];

/**
 * "Hằng năm, giai đoạn 2026-2030", "Giai đoạn 2026-2030, hằng năm", "Hằng quý đến năm 2030", "2 năm/lần
 * (giai đoạn 2026-2030)": a recurrence over a
 * span of years. It recurs from the span's first year when the span has one, else from the anchor; where it ends
 * is the plan's horizon's business. Null when either part does not read.
 */
function boundedRecurrence(s: string, periodic: boolean, anchorYear: number | undefined): Reading | null {
  // "2 năm/lần (giai đoạn 2026-2030)": the span in brackets.
  const plain = s.replace(/\s*\(([^()]+)\)$/, ', $1');
  for (const [i, re] of BOUNDED.entries()) {
    const m = re.exec(plain);
    if (!m) continue;
    const [every, bound] = i === 0 ? [m[1], m[2]] : [m[2], m[1]];
    const text = `${periodic ? 'dinh ky ' : ''}${every}`;
    const span = rangeSpan(bound.replace(/^trong\s+/, ''));
    const until = span ? null : /^den\s+(?:het\s+)?(.+)$/.exec(bound);
    if (!span && !(until && periodSpan(until[1]))) continue;
    const r = readCore(text, span ? Number(span.start.slice(0, 4)) : anchorYear);
    if (r?.kind === 'recurring' && r.every !== null) return r;
  }
  return null;
}

/**
 * "Trước ngày 10/12 hằng năm": yearly, due that day. The due date stored is
 * the one in the anchor year (null without an anchor); `dueAsOf` moves it to
 * the year being judged. 29/02 falls back to 28/02 in common years.
 */
function yearlyOn(day: number, month: number, anchorYear: number | undefined): Reading | null {
  // Checked against a leap year so that 29/02 is accepted.
  if (!isValidDate(2000, month, day)) return null;
  if (anchorYear === undefined) return { kind: 'recurring', start: null, due: null, every: '1y' };
  const d = Math.min(day, daysInMonth(anchorYear, month));
  return { kind: 'recurring', start: toIso(anchorYear, 1, 1), due: toIso(anchorYear, month, d), every: '1y' };
}

const BEFORE = String.raw`(?:(?:truoc|cham nhat(?: la)?|den|vao|han)\s+)?(?:ngay\s*)?`;
const DAY_MONTH = String.raw`(\d{1,2})\s*(?:[/.-]|thang)\s*(\d{1,2})`;
const YEARLY_ON = [
  new RegExp(String.raw`^${BEFORE}${DAY_MONTH}\s*,?\s*hang nam$`),
  new RegExp(String.raw`^hang nam\s*,?\s*${BEFORE}${DAY_MONTH}$`),
];
/** "Trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm": several days a year. */
const YEARLY_ON_SEVERAL = new RegExp(
  String.raw`^${BEFORE}${DAY_MONTH}(?:\s*(?:,|;|va)\s*${BEFORE}${DAY_MONTH})+\s*,?\s*hang nam$`,
);
const DAY_MONTH_ALL = new RegExp(DAY_MONTH, 'g');

/** "Trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm": the days written, or null. */
function severalDays(s: string): DayOfYear[] | null {
  if (!YEARLY_ON_SEVERAL.test(s)) return null;
  const days = [...s.matchAll(DAY_MONTH_ALL)].map((m) => ({ day: Number(m[1]), month: Number(m[2]) }));
  return days.some((d) => !isValidDate(2000, d.month, d.day)) ? null : days;
}

/**
 * Several days a year: due on the first of them, recurring every 12/N months
 * when they are evenly spaced (15/6 and 15/12 → "6m"; the ends of June and
 * December too, `monthEnds`); otherwise the frequency is left unknown, for a
 * finding, rather than guessed.
 */
function severalAYear(written: DayOfYear[], anchorYear: number | undefined, monthEnds: boolean): Reading {
  const days = [...written].sort((a, b) => a.month - b.month || a.day - b.day);
  const gap = 12 / days.length;
  const even =
    Number.isInteger(gap) &&
    days.every(
      (d, i) => i === 0 || (d.month - days[i - 1].month === gap && (monthEnds || d.day === days[0].day)),
    );
  const first = yearlyOn(days[0].day, days[0].month, anchorYear) as Reading;
  return even
    ? copyWith(first, { every: `${gap}m` })
    : copyWith(first, { every: null, doubt: 'frequency-unknown' as const });
}

function fromSpan(span: Span, kind: Deadline['kind'], due = span.end): Reading {
  const r: Reading = {
    kind,
    start: kind === 'date' || kind === 'until' ? null : span.start,
    due,
    every: null,
  };
  return span.doubt ? copyWith(r, { doubt: span.doubt }) : r;
}

/** The reading of folded text with its trailing qualifiers already removed. */
function readCore(c: string, anchorYear: number | undefined): Reading | null {
  const key = phraseKey(c);
  if (phrases().continuous.has(key)) return { kind: 'continuous', start: null, due: null, every: null };
  if (phrases().onDemand.has(key))
    return { kind: 'continuous', start: null, due: null, every: null, doubt: 'on-demand' };
  if (ROUTINE.test(c)) return { kind: 'continuous', start: null, due: null, every: null };
  const verb = LEADING_VERB.exec(c);
  if (verb) return readCore(verb[1], anchorYear);

  // "Định kỳ" alone says nothing of how often; "Định kỳ hằng quý" does.
  if (c === 'dinh ky')
    return { kind: 'recurring', start: null, due: null, every: null, doubt: 'frequency-unknown' };
  const s = c.replace(/^dinh ky\s+/, '');
  const periodic = s !== c;

  let m = /^hang (nam|quy|thang)$/.exec(s);
  if (m) return recurring(`1${UNIT[m[1]]}`, anchorYear);
  // "2 năm/lần", "5 năm một lần", "1 lần/năm", "Định kỳ 6 tháng" (a bare "6 tháng" may mean "within 6 months").
  const every = frequencyOf(s, periodic);
  if (every) return recurring(every, anchorYear);
  const listed = frequencyList(s, anchorYear);
  if (listed) return listed;
  // "Hằng năm, từ năm 2026", "5 năm/lần (từ năm 2027)": from the year written, not the anchor's.
  for (const [i, re] of EVERY_FROM_YEAR.entries()) {
    m = re.exec(s);
    if (!m) continue;
    const [rest, year] = i === 0 ? [m[1], m[2]] : [m[2], m[1]];
    const r = readCore(`${periodic ? 'dinh ky ' : ''}${rest.replace(/^\(|\)$/g, '')}`, Number(year));
    if (r?.kind === 'recurring' && r.every !== null && r.start !== null) return r;
  }
  const bounded = boundedRecurrence(s, periodic, anchorYear);
  if (bounded) return bounded;
  for (const re of YEARLY_ON) {
    m = re.exec(s);
    if (m) return yearlyOn(Number(m[1]), Number(m[2]), anchorYear);
  }
  const several = severalDays(s);
  if (several) return severalAYear(several, anchorYear, false);
  // "Hằng năm (trước 15/12)", "Hằng năm (quý III)": the bracket says when in the year.
  m = /^hang nam\s*\((.+)\)$/.exec(s);
  if (m) return readCore(`hang nam ${m[1]}`, anchorYear);
  // "Quý III hằng năm", "Tháng 6 hằng năm", "Hằng năm, 6 tháng đầu năm": yearly, due at the period's end.
  m = /^hang nam\s*,?\s*(.+)$/.exec(s) ?? /^(.+?)\s*,?\s*hang nam$/.exec(s);
  const yearly = m ? yearlessPeriodEnd(m[1]) : null;
  if (yearly) return yearlyOn(yearly.day, yearly.month, anchorYear);
  // "Tháng 6, 12 hằng năm", "Quý II và quý IV hằng năm": at the end of each.
  const ends = m ? yearlessPeriodEnds(m[1]) : null;
  if (ends) return severalAYear(ends, anchorYear, true);
  // "6 tháng đầu năm", "9 tháng đầu năm", "Cuối năm" with no year: that part of every year of the plan.
  const part = /^(?:0?6|sau|0?9|chin) thang|^nua |^cuoi nam$/.test(s) ? yearlessPeriodEnd(s) : null;
  if (part) return yearlyOn(part.day, part.month, anchorYear);

  // "Tháng 6/2026 và hằng năm", "Năm 2026, hằng năm": due at that period's end, then on the same day each year.
  // A day needs no "và" ("15/12/2026 hằng năm"); a period does ("Tháng 6, 12/2026 hằng năm" lists two months).
  m = /^(.+?)\s*(,|;|va)?\s*hang nam$/.exec(s);
  const day = m ? dateSpan(m[1].replace(BEFORE_DAY, '')) : null;
  const first = day ?? (m?.[2] ? singleSpan(m[1]) : null);
  if (first) {
    const [y, mo, d] = first.end.split('-').map(Number);
    return yearlyOn(d, mo, y);
  }

  const single = singleSpan(s);
  if (single) return fromSpan(single, single.kind);

  // "Trước ngày 10/12/2026" is a date; whether the day itself is late is the judge's setting.
  m = /^(?:truoc|cham nhat(?: la)?|den|vao|han)\s+(?:ngay\s*)?(.+)$/.exec(s);
  const date = m ? dateSpan(m[1]) : null;
  if (date) return fromSpan(date, 'date');

  const range = rangeSpan(s) ?? listSpan(s);
  if (range) return fromSpan(range, 'period');

  // "Đến năm 2030" → 2030-12-31; "Trước năm 2030" → 2029-12-31; "Chậm nhất quý II/2026"; "Hết quý I/2026".
  m = /^(den|truoc|cham nhat(?: la)?|het)\s+(?:het\s+)?(.+)$/.exec(s);
  const bound = m ? periodSpan(m[2]) : null;
  if (m && bound) return fromSpan(bound, 'until', m[1] === 'truoc' ? dayBefore(bound) : bound.end);

  // "Từ năm 2026", "Năm 2026 và các năm tiếp theo": ongoing from the start of that period.
  m = ONWARDS.exec(s) ?? /^tu\s+(.+)$/.exec(s);
  const from = m ? singleSpan(m[1]) : null;
  if (from) return { kind: 'continuous', start: from.start, due: null, every: null };

  return null;
}

export function parseDeadline(text: string, opts: DeadlineOptions = {}): Deadline {
  const written = cleanText(text);
  let c = foldDeadline(text);
  // "Sau khi Đề án được phê duyệt", "Quý I/2026 nếu bố trí được kinh phí".
  if (/\b(?:sau khi|neu)\b/.test(c)) return { text: written, ...UNPARSED, doubt: 'conditional' };
  for (;;) {
    const reading = readCore(c, opts.anchorYear);
    if (reading) return { text: written, ...reading };
    const shorter = c.replace(QUALIFIER, '');
    if (shorter === c || shorter === '') return { text: written, ...UNPARSED };
    c = shorter;
  }
}

const yearReads = new Map<number, (text: string) => Deadline | null>();

/**
 * A deadline written without its year ("Quý III", "Tháng 6", "Trước 30/6",
 * "10/12") read in the year of a one-year plan ("KẾ HOẠCH … NĂM 2026"), its
 * text kept as written; any other deadline as it is. A bare number ("12")
 * says too little to be read so.
 */
export function inPlanYear(d: Deadline, year: number): Deadline {
  if (d.kind !== 'unparsed' || d.doubt || !/\p{L}|\d\s*[/.-]\s*\d/u.test(d.text)) return d;
  let read = yearReads.get(year);
  if (!read) {
    const inYear = (text: string): Deadline | null => {
      for (const written of [`${text}/${year}`, `${text} năm ${year}`]) {
        const found = parseDeadline(written);
        if (found.kind !== 'unparsed') return copyWith(found, { text });
      }
      return null;
    };
    yearReads.set(year, (read = memoize(inYear, 10_000)));
  }
  return read(d.text) ?? d;
}

/** Plausible deadline serials: 2000-01-01 … 2100-12-31. */
const SERIAL_MIN = isoToSerial('2000-01-01');
const SERIAL_MAX = isoToSerial('2100-12-31');

/**
 * A deadline cell, whatever its type. Null when empty.
 * - A number with a date format is a date, except that a format showing only
 *   month and year ("mm/yyyy": Excel turned a typed "7/2026" into 1 Jul) is
 *   that month, and one showing only the year is that year.
 * - A number 2000–2100 without a date format is a year ("2028").
 * - A serial of a day in 2000–2100 without any date format (a format lost by
 *   the reader or the export, or a date pasted as its value) is that day: no
 *   other number that large is written in a deadline column, and the day is
 *   exact. It is shown as the date, dd/mm/yyyy. Excel shows the cell as the
 *   bare number ("46022"), though: the table reader says so
 *   (`isBareDateSerial`), in words of its own, not as a vague date.
 * - Text is parsed; booleans and error values are unparsed.
 * Legacy-font text (TCVN3, VNI) must be converted by the caller first.
 */
export function deadlineFromCell(cell: SheetCell | undefined, opts: DeadlineOptions = {}): Deadline | null {
  if (!cell) return null;
  if (cell.error) return { text: cell.error, ...UNPARSED };
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', ...UNPARSED };
  if (typeof v === 'string') return cleanText(v) === '' ? null : parseDeadline(v, opts);
  if (!Number.isFinite(v)) return { text: String(v), ...UNPARSED };
  if (isDateFormat(cell.format)) return serialDeadline(v, cell.format as string);
  if (Number.isInteger(v) && v >= 2000 && v <= 2100) return parseDeadline(String(v), opts);
  if (isBareDateSerial(cell)) return serialDeadline(v, 'dd/mm/yyyy');
  return { text: String(v), ...UNPARSED };
}

/**
 * A number cell with no date format that `deadlineFromCell` reads as a day
 * (46022 → 31/12/2025): a date whose format was lost, or pasted as its value
 * into a General cell, which Excel then shows as "46022".
 */
export function isBareDateSerial(cell: SheetCell): boolean {
  const v = cell.value;
  if (typeof v !== 'number' || cell.error || isDateFormat(cell.format)) return false;
  if (Number.isInteger(v) && v >= 2000 && v <= 2100) return false;
  return v >= SERIAL_MIN && v < SERIAL_MAX + 1;
}

function serialDeadline(serial: number, format: string): Deadline {
  const iso = serialToIso(serial);
  if (!iso) return { text: String(serial), ...UNPARSED };
  const parts = dateFormatParts(format);
  const [y, mo] = [iso.slice(0, 4), iso.slice(5, 7)];
  let span: Span | null = null;
  if (!parts.day && parts.month && parts.year) span = periodSpan(`${mo}/${y}`);
  else if (!parts.day && !parts.month && parts.year) span = periodSpan(y);
  if (span) return { text: parts.month ? `${mo}/${y}` : y, ...fromSpan(span, 'period') };
  return { text: formatDateVi(iso), kind: 'date', start: null, due: iso, every: null };
}
