import type { Field } from './task';

export type Severity = 'error' | 'warning' | 'info';

/** A fix is data: the new text of one cell. The edges decide how to write it. */
export interface Fix {
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

/**
 * A problem found in users' data. The core never renders text: `messageId` and
 * `data` go through the message catalogue at the edge (CLI, task pane).
 */
export interface Finding {
  code: string;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  field: Field | null;
  messageId: string;
  data: Record<string, string | number>;
  /** A suggested value shown to the user (canonical name, corrected status …). */
  suggestion?: string;
  fix?: Fix;
}
