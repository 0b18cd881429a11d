import type { Field } from './task';
import type { MessageData } from '../messages';

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding's cell cannot be seen: its sheet, row or column is hidden. */
export type HiddenPlace = 'sheet' | 'row' | 'column';

/** The safe repairs, applied to a cell in this order when several touch it. */
export type FixKind = 'legacy' | 'nfc' | 'spacing' | 'punctuation' | 'agency' | 'removePartner' | 'renumber';

/**
 * A fix is data: the new text of one cell with only this repair applied. The
 * edges decide how to write it; `core/fix/compose.ts` chains several repairs of
 * one cell in FixKind order so they never undo each other.
 */
export interface Fix {
  kind: FixKind;
  sheet: string;
  cell: string;
  before: string;
  after: string;
  /** For 'agency': the spelling replaced and its canonical name. For 'removePartner': the names removed, as written and canonical (joined by "\n"). */
  from?: string;
  to?: string;
  /** For 'legacy': which encoding the cell was in; the font becomes Times New Roman. */
  encoding?: 'tcvn3' | 'vni';
  /** With `encoding`: the cell in Unicode, run by run (a cell may mix legacy and Unicode runs). */
  decoded?: string;
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
  data: MessageData;
  /** A suggested value shown to the user (canonical name, corrected status …). */
  suggestion?: string;
  fix?: Fix;
  /**
   * The finding's sheet, row or column is hidden (in that order): the message then says so, so that the
   * user looking for the cell finds it. Absent when everything is visible.
   */
  hidden?: readonly HiddenPlace[];
}
