/**
 * Calendar dates as ISO strings (YYYY-MM-DD) and Excel serial numbers.
 * Pure day arithmetic: no `Date`, so no local time zone can shift a day
 * (an instant is given a date in Vietnam's own zone only, `dateInVietnam`).
 */

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Builds "YYYY-MM-DD"; the caller has checked the date is valid. */
export function toIso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Splits a real ISO date into numbers; null when the text is not one. */
export function splitIso(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const parts: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(...parts) ? parts : null;
}

export function isIsoDate(s: string): boolean {
  return splitIso(s) !== null;
}

/** The date in Vietnam at an instant, whatever the computer's time zone: the edges pass the clock's. */
export function dateInVietnam(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(instant);
}

/** Serial of 1970-01-01; Excel counts a fictitious 1900-02-29 (serial 60) before it. */
const SERIAL_EPOCH_1970 = 25569;
const MAX_SERIAL = 2958465; // 9999-12-31, Excel's last date

/**
 * Excel serial (1900 system; 1 = 1900-01-01, 60 = the fictitious 1900-02-29)
 * to ISO. The time of day is dropped. Null outside Excel's date range.
 */
export function serialToIso(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const whole = Math.floor(n);
  if (whole < 1 || whole > MAX_SERIAL) return null;
  if (whole === 60) return '1900-02-29';
  const days = whole < 60 ? whole - SERIAL_EPOCH_1970 + 1 : whole - SERIAL_EPOCH_1970;
  return toIso(...civilFromDays(days));
}

/**
 * ISO date to Excel serial, the inverse of `serialToIso`. Throws a RangeError
 * on text that is not a date Excel can hold: callers pass dates they built or
 * validated (`isIsoDate`), never raw user text.
 */
export function isoToSerial(iso: string): number {
  if (iso === '1900-02-29') return 60;
  const parts = splitIso(iso);
  if (!parts || parts[0] < 1900) throw new RangeError(`not an Excel date: ${iso}`);
  const days = daysFromCivil(...parts);
  return iso < '1900-03-01' ? days + SERIAL_EPOCH_1970 - 1 : days + SERIAL_EPOCH_1970;
}

/** "10/12/2026", "1-7-2026", "01.07.2026" (day first, always) → ISO; null when not a real date. */
export function parseDateVi(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? toIso(y, mo, d) : null;
}

/** "2026-12-10" → "10/12/2026" (Vietnamese order). Text that is not an ISO date comes back unchanged. */
export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function endOfMonth(y: number, m: number): string {
  return toIso(y, m, daysInMonth(y, m));
}

/** Last day of quarter q (1–4) of year y. */
export function endOfQuarter(y: number, q: number): string {
  return endOfMonth(y, q * 3);
}

export function startOfQuarter(y: number, q: number): string {
  return toIso(y, q * 3 - 2, 1);
}

/** Orders ISO dates: negative, zero or positive. YYYY-MM-DD sorts as text. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ISO date n days after (or before, n < 0) a valid ISO date. */
export function addDays(iso: string, n: number): string {
  const parts = splitIso(iso);
  if (!parts) throw new RangeError(`not an ISO date: ${iso}`);
  return toIso(...civilFromDays(daysFromCivil(...parts) + n));
}

/** Removes what a number format shows literally: "quoted", \x, _x, *x, [brackets]. */
function formatTokens(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
}

/**
 * Whether an Excel number format code shows a date: a day, month or year
 * token outside quotes and brackets. Elapsed time ("[h]:mm") and clock
 * times ("h:mm:ss", where m means minutes) are not dates. Readers resolve
 * built-in format ids to their codes before this is called.
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return fmt.split(';').some((section) => {
    const t = formatTokens(section);
    if (/[dy]/.test(t)) return true;
    return /m/.test(t) && !/[hs]/.test(t);
  });
}

/**
 * Which parts of a date a format shows, so a cell formatted "mm/yyyy" can be
 * read as the month someone typed rather than its first day.
 */
export function dateFormatParts(fmt: string | undefined): { day: boolean; month: boolean; year: boolean } {
  const t = fmt ? formatTokens(fmt.split(';')[0]) : '';
  // "m" next to h or s is minutes, not a month.
  const month = /m/.test(t.replace(/h+[^a-z]*m+|m+[^a-z]*s+/g, ''));
  return { day: /d/.test(t), month, year: /y/.test(t) };
}
