import type { findings as vi } from '../vi/findings';

/** English messages: findings. Typed against the Vietnamese source so a missing translation fails to compile. */
export const findings: Record<keyof typeof vi, string> = {
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Note',
  'field.stt': 'No.',
  'field.task': 'Task',
  'field.lead': 'Lead agency',
  'field.partners': 'Coordinating agencies',
  'field.result': 'Expected result',
  'field.deadline': 'Deadline',
  'field.note': 'Note',
  'field.status': 'Status',
  'field.outcome': 'Outcome',
  'field.issues': 'Difficulties',
  'field.proposals': 'Proposals',
  'field.taskId': 'Task id',
  'finding.E_FILE_UNREADABLE': 'Cannot read the file: {reason}',
  'finding.E_FILE_ENCRYPTED':
    'The file is password-protected; open it in Excel, remove the password and save it again',
  'finding.E_TABLE_NOT_FOUND':
    'No task table found (a header row with columns such as "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn" is needed)',
  'finding.E_TABLE_NOT_FOUND.empty': 'The task table has no task rows under its header',
  'finding.E_COLUMN_MISSING': 'The table has no "{column}" column',
  'finding.W_COLUMN_DUPLICATE':
    'Columns {first} and {second} are both "{column}"; only column {first} is used',
  'finding.E_TASK_EMPTY': 'Row {row} has content but no task text',
  'finding.E_TASK_EMPTY.formulaError': 'The task cell holds only the formula error “{error}”, no task',
  'finding.E_LEAD_EMPTY': 'The task has no lead agency',
  'finding.E_LEAD_EMPTY.formulaError':
    'The lead agency cell holds only the formula error “{error}”, no agency',
  'finding.E_DEADLINE_EMPTY': 'The task has no deadline',
  'finding.E_DEADLINE_UNPARSED':
    'The deadline “{text}” cannot be understood (write e.g. Quý II/2026, Tháng 7/2026, 10/12/2026, Hằng năm, Thường xuyên)',
  'finding.E_DEADLINE_UNPARSED.formulaError':
    'The deadline cell holds only the formula error “{text}”, no deadline',
  'finding.E_DEADLINE_UNPARSED.conditional': 'The deadline “{text}” depends on a condition and has no date',
  'finding.W_DEADLINE_AMBIGUOUS': 'The deadline “{text}” has no clear date',
  'finding.W_DEADLINE_AMBIGUOUS.bareNumber':
    'The deadline cell holds the number {number}, which Excel shows as a number, not a date; it was read as {date}. Format the cell as a date (dd/mm/yyyy) or type the deadline again',
  'finding.W_DEADLINE_BEFORE_PLAN': "The deadline “{text}” ({due}) is before the plan's date ({planDate})",
  'finding.W_DEADLINE_BEFORE_PLAN.month':
    "The deadline “{text}” ({due}) is before the plan's month ({planDate})",
  'finding.W_DEADLINE_AFTER_HORIZON': "The deadline “{text}” ({due}) is after the plan's horizon ({horizon})",
  'finding.W_RESULT_EMPTY': 'The task has no expected result',
  'finding.W_STT_SEQUENCE': 'Number “{stt}” breaks the sequence (expected {expected})',
  'finding.W_STT_SEQUENCE.empty': 'The task has no number (expected {expected})',
  'finding.W_TASK_DUPLICATE': 'The task repeats the task in row {otherRow}',
  'finding.W_AGENCY_UNKNOWN': '“{name}” is not in the agency list',
  'finding.W_AGENCY_UNKNOWN.suggest': '“{name}” is not in the agency list; did you mean “{suggestion}”?',
  'finding.W_AGENCY_UNKNOWN.former':
    '“{name}” no longer exists since 2025 (merged into “{suggestion}”); check which agency is meant',
  'finding.W_AGENCY_SPELLING': 'Agency name may be misspelt: “{name}”',
  'finding.I_AGENCY_ALIAS': '“{name}” is an abbreviation or variant of “{canonical}”',
  'finding.W_LEAD_MULTIPLE': 'The task has {count} lead agencies; one should be accountable',
  'finding.I_LEAD_COLLECTIVE': 'The lead is a group (“{name}”), not one accountable agency',
  'finding.W_LEAD_IS_PARTNER': 'The lead agency is also listed as a partner: {names}',
  'finding.W_LEGACY_ENCODING':
    'Text is in the legacy {encoding} encoding (font {font}); convert it to Unicode',
  'finding.W_LEGACY_ENCODING.noFont':
    'Text looks like the legacy {encoding} encoding (told from its letters; the cell names no font); convert it to Unicode',
  'finding.I_TEXT_NOT_NFC':
    'Vietnamese text is decomposed (NFD); normalise it to NFC so searching and comparing work',
  'finding.I_TEXT_SPACING': 'Stray, doubled or non-breaking spaces or invisible characters',
  'finding.W_TEXT_PUNCTUATION': 'Stray or misplaced punctuation: “{text}”',
  'finding.E_STATUS_EMPTY': 'No status given',
  'finding.E_STATUS_INVALID':
    'Status “{text}” is not in the vocabulary (e.g. Đã hoàn thành đúng hạn, Đang thực hiện trong hạn, Chưa thực hiện)',
  'finding.W_STATUS_INCONSISTENT':
    'Says “{status}” but the deadline is {due} (as of {asOf}); should be “{expected}”',
  'finding.W_STATUS_INCONSISTENT.notYetDue':
    'Says “{status}”, i.e. not yet due, but the deadline {due} has passed (as of {asOf}): the task is overdue and not started; should be “{expected}”, with the reason for the delay',
  'finding.W_OUTCOME_EMPTY': 'Reported as done but no outcome is given',
  'finding.W_OVERDUE': 'The task is overdue ({due}) and not done (as of {asOf})',
  'finding.E_TASK_NOT_IN_PLAN': 'The reported task is not in the plan: “{task}”',
  'finding.E_TASK_NOT_IN_PLAN.nearest':
    'The reported task is not in the plan: “{task}”; the nearest is task {stt} “{nearest}”, please check',
  'finding.W_TASK_NOT_REPORTED': 'Assigned task {stt} was not reported: “{task}”',
  'finding.W_TASK_AMBIGUOUS':
    'The reported task resembles several plan tasks ({candidates}); task {chosen} was chosen',
  'finding.W_FORMULA_NO_VALUE':
    'The cell holds the formula {formula} but the file stores no result for it (usually a file written by a program, never opened and saved in Excel); phuluc cannot compute this formula, so the cell was not checked. Open the file in Excel, save it and check again',
  'finding.hidden.sheet': 'sheet hidden',
  'finding.hidden.row': 'row hidden',
  'finding.hidden.column': 'column hidden',
  'finding.hidden.rowColumn': 'row and column hidden',
  'finding.W_TEXT_TRUNCATED':
    "The cell holds {length} characters, over Excel's 32,767 limit; only the start was read",
  'suggestion.removePartners': 'Remove {names} from the partners',
  'suggestion.convertUnicode': 'Convert to Unicode: “{text}”',
  'suggestion.nfc': 'Normalise to NFC',
  'suggestion.trim': 'Remove the extra spaces',
};
