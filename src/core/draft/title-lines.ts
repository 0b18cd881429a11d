/**
 * The lines above a drafted appendix table, filled from the plan: "Phụ lục",
 * the title, and "(Kèm theo Kế hoạch số 548/KH-UBND ngày 04 tháng 3 năm 2026
 * của UBND tỉnh Cao Bằng)". They are document content, Vietnamese in every
 * interface language, like the layout's own title lines. What the plan leaves
 * blank stays blank for staff to fill, never guessed; the validator reads the
 * plan date and horizon back from these lines.
 */
import { TITLE_LINES } from '../appendix-layout';
import { compareKey } from '../text/compare-key';
import type { PlanHeader } from './metadata';

const BLANK = '     ';

/** Decree 30/2020: days below 10 and the months January and February take a leading zero. */
function dayText(n: number | null): string {
  return n === null ? BLANK : String(n).padStart(2, '0');
}

function monthText(n: number | null): string {
  return n === null ? BLANK : n <= 2 ? String(n).padStart(2, '0') : String(n);
}

export function noteLine(header: PlanHeader): string {
  const number = header.number ?? `${BLANK}/${header.symbol ?? 'KH-UBND'}`;
  const { day, month, year } = header.dateParts;
  const date = `ngày ${dayText(day)} tháng ${monthText(month)} năm ${year ?? BLANK}`;
  return `(Kèm theo Kế hoạch số ${number} ${date} của ${header.issuer ?? `UBND tỉnh${BLANK}`})`;
}

/**
 * The document's own appendix title when it has one (without its "Phụ lục"
 * and "(Kèm theo …)" lines), else the layout's title, with the plan's
 * horizon so the validator can check deadlines against it.
 */
export function appendixTitleLines(header: PlanHeader, documentTitle: string[]): string[] {
  const own = documentTitle.filter((l) => !/^phu luc\b/.test(compareKey(l)) && !l.trim().startsWith('('));
  const label = TITLE_LINES.find((l) => l.style === 'label')?.text ?? 'Phụ lục';
  const base = TITLE_LINES.find((l) => l.style === 'title')?.text ?? '';
  const title = own.length ? own : [header.horizon ? `${base} ĐẾN NĂM ${header.horizon}` : base];
  return [label, ...title, noteLine(header)];
}
