import type { tools as vi } from '../vi/tools';

/** English messages: `phuluc fix` and `phuluc template`. */
export const tools: Record<keyof typeof vi, string> = {
  'fix.outNotXlsx': 'the output {file} must end in .xlsx (the fixed copy is always written as .xlsx)',
  'fix.unreadable': 'cannot read {file}: {reason}',
  'fix.converted.sheetjs':
    'The input is a .{format} file: the fixed copy is written as .xlsx, keeping contents, merged cells, column widths and number formats; fonts, colours and borders may be lost.',
  'fix.converted.values': 'The input is a .{format} file: the fixed copy is written as .xlsx with contents, number formats and merged cells only.',
  'fix.macrosDropped': 'The macros of the input are not copied to the fixed copy.',
  'fix.nothing': 'Nothing to fix; a copy was written: {output}',
  'fix.changes': 'Fixed {count} cells of {input}, written to {output}:',
  'fix.skipped': 'Not fixed {cell}: {reason}',
  'fix.skip.formula': 'the cell holds a formula',
  'fix.skip.changed': 'the cell differs from what was checked',
  'fix.skip.missing': 'the cell was not found in the file',
  'fix.remaining':
    '{count} problems are left to review by hand ({errors} errors, {warnings} warnings, {infos} notes); run: phuluc validate "{output}"',
  'fix.clean': 'The fixed copy has no problems left.',
  'fix.kind.legacy': 'legacy font to Unicode',
  'fix.kind.nfc': 'Unicode composed form',
  'fix.kind.spacing': 'spacing',
  'fix.kind.punctuation': 'punctuation',
  'fix.kind.agency': 'agency name',
  'fix.kind.removePartner': 'lead removed from partners',
  'fix.kind.renumber': 'renumbered',
};
