/** The catalogue: every rule a single workbook can raise, in the order findings are explained. */
import { agencyAlias, agencySpelling, agencyUnknown } from './agency-names';
import deadlineAfterHorizon from './deadline-after-horizon';
import deadlineAmbiguous from './deadline-ambiguous';
import deadlineBeforePlan from './deadline-before-plan';
import deadlineEmpty from './deadline-empty';
import deadlineUnparsed from './deadline-unparsed';
import type { Rule } from './define-rule';
import formulaNoValue from './formula-no-value';
import leadCollective from './lead-collective';
import leadEmpty from './lead-empty';
import leadIsPartner from './lead-is-partner';
import leadMultiple from './lead-multiple';
import legacyEncoding from './legacy-encoding';
import outcomeEmpty from './outcome-empty';
import overdue from './overdue';
import resultEmpty from './result-empty';
import statusEmpty from './status-empty';
import statusInconsistent from './status-inconsistent';
import statusInvalid from './status-invalid';
import sttSequence from './stt-sequence';
import taskDuplicate from './task-duplicate';
import taskEmpty from './task-empty';
import textNotNfc from './text-not-nfc';
import textPunctuation from './text-punctuation';
import textSpacing from './text-spacing';

export const rules: readonly Rule[] = [
  taskEmpty,
  leadEmpty,
  deadlineEmpty,
  deadlineUnparsed,
  deadlineAmbiguous,
  deadlineBeforePlan,
  deadlineAfterHorizon,
  resultEmpty,
  sttSequence,
  taskDuplicate,
  agencyUnknown,
  agencySpelling,
  agencyAlias,
  leadMultiple,
  leadCollective,
  leadIsPartner,
  legacyEncoding,
  textNotNfc,
  textSpacing,
  textPunctuation,
  statusEmpty,
  statusInvalid,
  statusInconsistent,
  outcomeEmpty,
  overdue,
  formulaNoValue,
];
