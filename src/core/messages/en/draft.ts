import type { draft as vi } from '../vi/draft';

/** English messages: draft. Typed against the Vietnamese source so a missing translation fails to compile. */
export const draft: Record<keyof typeof vi, string> = {
  'draft.proposedMark': 'Proposed — to be reviewed',
  'draft.sourceHeader': 'Source in the plan document',
  'draft.source.paragraph': '{heading} — paragraph {paragraph}',
  'draft.source.row': '{heading} — table row {paragraph}',

  'draft.plan': 'Plan: {path}',
  'draft.meta.number': 'Number: {value}',
  'draft.meta.date': 'Date: {value}',
  'draft.meta.province': 'Province: {value}',
  'draft.meta.issuer': 'Issued by: {value}',
  'draft.meta.implements': 'Implements: {value}',
  'draft.meta.horizon': 'Runs to: {value}',
  'draft.meta.focal': 'Focal agency: {value}',
  'draft.meta.report': 'Reporting deadline: {from} to {to} {deadline}',
  'draft.meta.blank': '(left blank in the document)',
  'draft.meta.none': '(not found in the document)',

  'draft.mode.table': 'Read {tasks} {tasks:task|tasks} from the appendix table in the document.',
  'draft.mode.proposed':
    'Proposed {tasks} {tasks:task|tasks} from the section "{section}". This is a draft: review every row and fill in the missing results and deadlines.',
  'draft.appendixUnread':
    'The document has an appendix ("Phụ lục") but its task table cannot be read (a table copied from a PDF loses its columns); use the plan\'s .docx if there is one.',
  'draft.provinceGiven': 'Note: using the province {given} from --province; the document names {document}.',
  'draft.written': 'Appendix written to {path}.',
  'draft.check': 'Check of the drafted appendix:',

  'draft.fail.unreadable': 'cannot read {path}: {reason}',
  'draft.fail.empty': '{path} has no content to draft an appendix from',
  'draft.fail.noSection':
    '{path} has neither an appendix table nor an implementation section ("Tổ chức thực hiện") assigning tasks to agencies: nothing to draft',
  'draft.fail.noTasks': 'the section "{section}" of {path} assigns no specific task to any agency',
  'draft.fail.write': 'cannot write {path}: {detail}',
  'draft.outNotXlsx':
    'the output {file} must be an Excel workbook ending in .xlsx (for example --out appendix.xlsx); phuluc draft writes .xlsx only',
  'draft.writeReason.denied': 'no permission to write in this folder or to that file',
  'draft.writeReason.noFolder': 'the folder it goes in does not exist',
  'draft.writeReason.full': 'the disk is full',
  'draft.writeReason.readOnly': 'the disk is read-only',
  'draft.writeReason.busy': 'the file is open in another program (Excel?); close it and run again',
  'draft.writeReason.isFolder': 'that is a folder, not a file',
  'draft.writeReason.other': 'the file cannot be written there',

  'draft.reason.not-a-docx': 'the file is not a Word document (.docx)',
  'draft.reason.legacy-doc': 'this is an old Word document (.doc); open it in Word and save it as .docx',
  'draft.reason.bad-xml': 'the inside of the Word document is damaged; open it in Word and save it again',
  'draft.reason.not-utf8': 'the text file is not UTF-8; save it again with the UTF-8 encoding',
  'draft.reason.pdf':
    'PDF files cannot be read yet; use the plan as .docx, or copy its text into a .txt file',
  'draft.reason.spreadsheet': 'this is a spreadsheet; to check an appendix table, use phuluc validate',
  'draft.reason.unsupported': 'only .docx, .txt and .md documents can be read',
  'draft.reason.too-large': 'the file is too large to be a plan document',
  'draft.legacyConverted':
    'The document is typed in the old {encoding} encoding; it was converted to Unicode to draft the appendix (save the document again in a Unicode font).',
  'draft.reason.rtf': 'this is an RTF document; open it in Word and save it as .docx',
  'draft.source.plan': 'Plan',
} as const;
