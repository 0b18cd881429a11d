import type { tools as vi } from '../vi/tools';

/** English messages: `phuluc fix` and `phuluc template`. */
export const tools: Record<keyof typeof vi, string> = {
  'merge.outNotXlsx': 'the report {file} must end in .xlsx (the report is always written as .xlsx)',
  'fix.outNotXlsx': 'the output {file} must end in .xlsx (the fixed copy is always written as .xlsx)',
  'fix.unreadable': 'cannot read {file}: {reason}',
  'fix.converted.sheetjs':
    'The input is a .{format} file: the fixed copy is written as .xlsx, keeping contents, merged cells, column widths and number formats; fonts, colours and borders may be lost.',
  'fix.converted.values':
    'The input is a .{format} file: the fixed copy is written as .xlsx with contents, number formats and merged cells only.',
  'fix.macrosDropped': 'The macros of the input are not copied to the fixed copy.',
  'fix.nothing': 'Nothing to fix; a copy was written: {output}',
  'fix.changes': 'Fixed {count} {count:cell|cells} of {input}, written to {output}:',
  'fix.skipped': 'Not fixed {cell}: {reason}',
  'fix.skip.formula': 'the cell holds a formula',
  'fix.skip.changed': 'the cell differs from what was checked',
  'fix.skip.missing': 'the cell was not found in the file',
  'fix.remaining':
    '{count} {count:problem|problems} are left to review by hand ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} {infos:note|notes}); run: phuluc validate "{output}"',
  'fix.clean': 'The fixed copy has no problems left.',
  'fix.kind.legacy': 'legacy font to Unicode',
  'fix.kind.nfc': 'Unicode composed form',
  'fix.kind.spacing': 'spacing',
  'fix.kind.punctuation': 'punctuation',
  'fix.kind.agency': 'agency name',
  'fix.kind.removePartner': 'lead removed from partners',
  'fix.kind.renumber': 'renumbered',
  'template.outNotFolder': '{dir} is a file, not a folder; choose the folder for the templates',
  'template.noRecipients':
    'the appendix {plan} assigns no task to any agency of the province; no template was made',
  'template.written':
    'Made {count} report templates in {dir} from the appendix {plan} ({tasks} {tasks:task|tasks}):',
  'template.file': '{file} — {agency}: {tasks} {tasks:task|tasks} (lead {led}, partner {supported})',
  'template.fileCollective':
    '{file} — {agency} (shared by the members of the group): {tasks} {tasks:task|tasks}',
  'template.unassigned': 'In no template (assigned to no agency of the province): {list}',
  'template.doc.title': 'REPORT ON THE ASSIGNED TASKS',
  'template.doc.fileTitle': 'Report on the assigned tasks — {agency}',
  'template.doc.reporter': 'Reporting agency: {agency}',
  'template.doc.reporterLabel': 'Reporting agency:',
  'template.doc.planNumberDate': '(Implementing Plan No. {number} of {date})',
  'template.doc.planNumber': '(Implementing Plan No. {number})',
  'template.doc.planFile': '(Tasks from the plan appendix {file})',
  'template.doc.helpCollective':
    'Shared by the members of the group: each agency writes its name as the reporting agency and reports on its own part only.',
  'template.doc.helpFill':
    'Fill in the shaded cells only — status (pick from the list), outcome, difficulties, proposals. The plan columns are locked against slips.',
  'template.doc.helpRows':
    'Do not add, delete or reorder rows or rename the sheet. For a finished task, state its result (document number and date if any).',
  'template.doc.helpSend':
    'Save as .xlsx, keep the file name, and send it back to the consolidating office on time.',
  'template.doc.statusPrompt': 'Pick the status from the list; write details in the outcome column.',
  'template.doc.statusError': 'Pick a status from the list; write details in the outcome column.',
};
