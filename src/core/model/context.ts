import type { AgencyRegistry } from '../agency/registry';

/**
 * Settings read once at an edge (CLI flags, pane settings) and passed down.
 * No core module reads the clock, the environment or a global.
 */
export interface Context {
  /** ISO date the report is judged at. */
  asOf: string;
  /**
   * ISO date of the plan, or its month ("2026-03") when a draft leaves the day
   * blank; deadlines before it are suspect. Null: no check.
   */
  planDate: string | null;
  /** Last year of the plan's horizon; deadlines after its end are suspect. Null: no check. */
  horizon: number | null;
  registry: AgencyRegistry;
  /** "Trước ngày X": whether X itself is still on time (true) or already late. */
  beforeDateInclusive?: boolean;
}
