/**
 * The stretches of time a deadline names, read from folded text (see
 * `foldDeadline`: lower case, no marks). A span is a single day (`date`) or a
 * calendar period (quarter, month, half year, year, range of years).
 */
import { addDays, daysInMonth, endOfMonth, endOfQuarter, isValidDate, startOfQuarter, toIso } from './dates';

export interface Span {
  kind: 'date' | 'period';
  start: string;
  end: string;
  doubt?: 'ambiguous';
}

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Between a month or quarter and its year: "/", "-", ".", "năm", ", năm", ",".
 * "Quý II, 2026" and "Tháng 6, 2026" cannot be months listed ("Tháng 6, 12
 * hằng năm"): a year has four digits, a month one or two.
 */
const TO_YEAR = String.raw`\s*(?:[/.-]|,?\s*nam|,)\s*`;
const YEAR = String.raw`(\d{4})`;
/** Between two months or quarters of one year: "-", ",", "và", "đến". */
const AND = String.raw`\s*(?:-|,|va|den|toi)\s*`;

/** Plans speak of years 1900–2199; other four-digit numbers are not years here. */
function year(s: string): number | null {
  const y = Number(s);
  return y >= 1900 && y <= 2199 ? y : null;
}

function yearSpan(y: number): Span {
  return { kind: 'period', start: toIso(y, 1, 1), end: toIso(y, 12, 31) };
}

const PERIOD_FORMS: { re: RegExp; build: (m: RegExpExecArray) => Span | null }[] = [
  {
    // "quy i/2026", "quy 1 nam 2026", "q1/2026", "qi/2026"
    re: new RegExp(String.raw`^(?:quy|q)\s*(iv|i{1,3}|[1-4])${TO_YEAR}${YEAR}$`),
    build: (m) => {
      const y = year(m[2]);
      const q = QUARTERS[m[1]];
      return y === null ? null : { kind: 'period', start: startOfQuarter(y, q), end: endOfQuarter(y, q) };
    },
  },
  {
    // "quy ii-iii/2026", "quy ii, iii/2026", "quy ii va quy iii nam 2026": from the first to the last of one year
    re: new RegExp(
      String.raw`^(?:quy|q)\s*(iv|i{1,3}|[1-4])${AND}(?:(?:quy|q)\s*)?(iv|i{1,3}|[1-4])${TO_YEAR}${YEAR}$`,
    ),
    build: (m) => {
      const y = year(m[3]);
      const [a, b] = [QUARTERS[m[1]], QUARTERS[m[2]]];
      return y === null || a >= b
        ? null
        : { kind: 'period', start: startOfQuarter(y, a), end: endOfQuarter(y, b) };
    },
  },
  {
    // "thang 6-7/2026", "thang 6, 7/2026", "thang 6 va thang 7 nam 2026"
    re: new RegExp(String.raw`^(?:thang|t)\s*(\d{1,2})${AND}(?:(?:thang|t)\s*)?(\d{1,2})${TO_YEAR}${YEAR}$`),
    build: (m) => {
      const [first, last] = [monthSpan(m[3], m[1]), monthSpan(m[3], m[2])];
      return first && last && first.start < last.start
        ? { kind: 'period', start: first.start, end: last.end }
        : null;
    },
  },
  {
    // "thang 7/2026", "thang 07 nam 2026", "t7/2026"
    re: new RegExp(String.raw`^(?:thang|t)\s*(\d{1,2})${TO_YEAR}${YEAR}$`),
    build: (m) => monthSpan(m[2], m[1]),
  },
  {
    // "07/2026", "7-2026", "7.2026": a bare month needs a written separator
    re: new RegExp(String.raw`^(\d{1,2})\s*[/.-]\s*${YEAR}$`),
    build: (m) => monthSpan(m[2], m[1]),
  },
  {
    // "6 thang dau nam 2026", "06 thang cuoi nam 2026", "nua dau nam 2026"
    re: new RegExp(String.raw`^(?:(?:0?6|sau) thang|nua) (dau|cuoi) nam\s*${YEAR}$`),
    build: (m) => {
      const y = year(m[2]);
      if (y === null) return null;
      return m[1] === 'dau'
        ? { kind: 'period', start: toIso(y, 1, 1), end: toIso(y, 6, 30) }
        : { kind: 'period', start: toIso(y, 7, 1), end: toIso(y, 12, 31) };
    },
  },
  {
    // "9 thang nam 2026", "09 thang dau nam 2026"
    re: new RegExp(String.raw`^(?:0?9|chin) thang (?:dau )?nam\s*${YEAR}$`),
    build: (m) => {
      const y = year(m[1]);
      return y === null ? null : { kind: 'period', start: toIso(y, 1, 1), end: toIso(y, 9, 30) };
    },
  },
  {
    // "2026", "nam 2026", "cuoi nam 2026", "het nam 2026" (all due 31 Dec)
    re: new RegExp(String.raw`^(?:(?:cuoi|het)\s+)?(?:nam\s*)?${YEAR}$`),
    build: (m) => {
      const y = year(m[1]);
      return y === null ? null : yearSpan(y);
    },
  },
  {
    // "nam hoc 2026-2027": a school year, from September to its end. The Ministry's yearly calendar
    // usually ends it by 31 May, some years later (30 June, mid-July in 2020): read as 31 May and
    // flagged, so the user confirms.
    re: new RegExp(String.raw`^nam hoc\s*${YEAR}\s*[/-]\s*${YEAR}$`),
    build: (m) => {
      const [first, second] = [year(m[1]), year(m[2])];
      return first === null || second !== first + 1
        ? null
        : { kind: 'period', start: toIso(first, 9, 1), end: toIso(second, 5, 31), doubt: 'ambiguous' };
    },
  },
  {
    // "dau nam 2027", "giua nam 2027": early or in the middle of the year, no fixed day. Read as the
    // first quarter or the first half and flagged, so the user confirms.
    re: new RegExp(String.raw`^(dau|giua) nam\s*${YEAR}$`),
    build: (m) => {
      const y = year(m[2]);
      const end = m[1] === 'dau' ? toIso(y ?? 0, 3, 31) : toIso(y ?? 0, 6, 30);
      return y === null ? null : { kind: 'period', start: toIso(y, 1, 1), end, doubt: 'ambiguous' };
    },
  },
];

function monthSpan(ys: string, ms: string): Span | null {
  const y = year(ys);
  const mo = Number(ms);
  if (y === null || mo < 1 || mo > 12) return null;
  return { kind: 'period', start: toIso(y, mo, 1), end: endOfMonth(y, mo) };
}

/** The last day and month of a period named without its year ("quý III", "tháng 6", "6 tháng đầu năm", "cuối năm"). */
export interface DayOfYear {
  day: number;
  month: number;
}

const YEARLESS_FORMS: { re: RegExp; end: (m: RegExpExecArray) => DayOfYear | null }[] = [
  {
    re: /^(?:quy|q)\s*(iv|i{1,3}|[1-4])$/,
    end: (m) => lastDay(QUARTERS[m[1]] * 3),
  },
  {
    re: /^(?:thang|t)\s*(\d{1,2})$/,
    end: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? lastDay(Number(m[1])) : null),
  },
  {
    re: /^(?:(?:0?6|sau) thang|nua) (dau|cuoi) nam$/,
    end: (m) => lastDay(m[1] === 'dau' ? 6 : 12),
  },
  { re: /^(?:0?9|chin) thang (?:dau )?nam$/, end: () => lastDay(9) },
  { re: /^cuoi nam$/, end: () => lastDay(12) },
];

/** A month's last day; February's is the 29th (of a leap year), which a common year turns into the 28th. */
function lastDay(month: number): DayOfYear {
  return { day: daysInMonth(2000, month), month };
}

/** Where a period named without its year ends each year; null for anything else. */
export function yearlessPeriodEnd(c: string): DayOfYear | null {
  for (const form of YEARLESS_FORMS) {
    const m = form.re.exec(c);
    if (m) return form.end(m);
  }
  return null;
}

/** "tháng 6, 12", "tháng 6 và tháng 12", "quý II, IV": where each of several periods of a year ends; null for anything else. */
export function yearlessPeriodEnds(c: string): DayOfYear[] | null {
  const m = /^(quy|q|thang|t)\s*(.+)$/.exec(c);
  if (!m) return null;
  const quarters = m[1].startsWith('q');
  const unit = quarters ? /^(?:quy|q)\s*/ : /^(?:thang|t)\s*/;
  const items = m[2].split(/\s*(?:[,;]|\bva\b)\s*/).map((item) => item.replace(unit, ''));
  if (items.length < 2) return null;
  const ends: DayOfYear[] = [];
  for (const item of items) {
    const month = quarters ? (QUARTERS[item] ?? 0) * 3 : /^\d{1,2}$/.test(item) ? Number(item) : 0;
    if (month < 1 || month > 12) return null;
    ends.push(lastDay(month));
  }
  return ends;
}

/** A day written day-first: "10/12/2026", "10-12-2026", "10.12.2026", "ngay 10 thang 12 nam 2026". */
const DATE_FORMS: RegExp[] = [
  /^(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/,
  /^(?:ngay\s*)?(\d{1,2})\s*(thang)\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})$/,
];

/** Year first, as ISO writes it and as some exports leave it: "2026-12-10", "2026/12/10". Never ambiguous. */
const YEAR_FIRST = /^(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;

export function dateSpan(c: string): Span | null {
  const iso = YEAR_FIRST.exec(c);
  if (iso) {
    const [y, mo, d] = [year(iso[1]), Number(iso[3]), Number(iso[4])];
    if (y === null || !isValidDate(y, mo, d)) return null;
    const day = toIso(y, mo, d);
    return { kind: 'date', start: day, end: day };
  }
  for (const re of DATE_FORMS) {
    const m = re.exec(c);
    if (!m) continue;
    const y = year(m[4]);
    const mo = Number(m[3]);
    const d = Number(m[1]);
    if (y === null || !isValidDate(y, mo, d)) return null;
    const iso = toIso(y, mo, d);
    return { kind: 'date', start: iso, end: iso };
  }
  return null;
}

/** One named period; "trong", "cuối", "vào" before it change nothing ("Trong quý I/2026"). */
export function periodSpan(c: string): Span | null {
  const s = c.replace(/^(?:trong|cuoi|vao)\s+(?=(?:quy|q|thang|t|nam)\b|\d)/, '');
  for (const form of PERIOD_FORMS) {
    const m = form.re.exec(s);
    if (m) return form.build(m);
  }
  return null;
}

/** A single date or period. */
export function singleSpan(c: string): Span | null {
  return dateSpan(c) ?? periodSpan(c);
}

/**
 * "Giai đoạn 2026-2030", "2026 - 2030", "Từ năm 2026 đến năm 2030",
 * "Từ 01/7/2026 đến 31/12/2026": from the start of the first part to the end
 * of the second. Every "-" or "đến" is tried as the divide, since dates hold dashes too.
 */
export function rangeSpan(c: string): Span | null {
  const s = c.replace(/^giai doan\s*/, '').replace(/^tu\s+/, '');
  const divide = /\s*-\s*|\s+(?:den|toi)\s+/g;
  for (let m = divide.exec(s); m; m = divide.exec(s)) {
    const a = singleSpan(s.slice(0, m.index).replace(/^tu\s+/, ''));
    const b = singleSpan(s.slice(m.index + m[0].length).replace(/^(?:het\s+)/, ''));
    if (a && b && a.start <= b.end) {
      return {
        kind: 'period',
        start: a.start,
        end: b.end,
        ...(a.doubt || b.doubt ? { doubt: 'ambiguous' } : {}),
      };
    }
  }
  return null;
}

/**
 * "2026, 2027", "Năm 2026 và năm 2027", "Quý II/2026; quý IV/2027": work in
 * each of the periods listed, in order, so from the start of the first to
 * the end of the last.
 */
export function listSpan(c: string): Span | null {
  const parts = c.split(/\s*(?:[,;]|\bva\b)\s*/);
  if (parts.length < 2) return null;
  const spans: Span[] = [];
  for (const part of parts) {
    // Days listed ("30/6/2026, 31/12/2026") are milestones, each due: not one stretch of work.
    const span = periodSpan(part);
    if (!span || (spans.length && span.start <= spans[spans.length - 1].end)) return null;
    spans.push(span);
  }
  const [first, last] = [spans[0], spans[spans.length - 1]];
  return {
    kind: 'period',
    start: first.start,
    end: last.end,
    ...(spans.some((s) => s.doubt) ? { doubt: 'ambiguous' } : {}),
  };
}

/** The day before a span starts: what "Trước <span>" leaves ("Trước năm 2030" → 2029-12-31). */
export function dayBefore(span: Span): string {
  return addDays(span.start, -1);
}
