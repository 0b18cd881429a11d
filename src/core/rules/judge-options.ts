import type { JudgeOptions } from '../deadline';
import type { Context } from '../model/context';

/**
 * How a report's deadlines are judged in this context: "Trước ngày X" as the
 * user set it, and recurring deadlines anchored at the plan's first year, the
 * year of its date (VIETNAMESE.md §5: "N năm/lần" counts from the plan's start
 * year unless it says). Without a plan date, "5 năm/lần" has no due date.
 */
export function judgeOptions(ctx: Context): JudgeOptions {
  const year = ctx.planDate ? Number(ctx.planDate.slice(0, 4)) : NaN;
  return Number.isInteger(year) && year >= 1900
    ? { beforeDateInclusive: ctx.beforeDateInclusive, anchorYear: year }
    : { beforeDateInclusive: ctx.beforeDateInclusive };
}
