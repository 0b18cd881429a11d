import type { read as vi } from '../vi/read';

/** English messages: why a file could not be read. Typed against the Vietnamese source. */
export const read: Record<keyof typeof vi, string> = {
  'read.reason.not-a-spreadsheet': 'this is not a spreadsheet (.xlsx, .xls, .ods, .csv)',
  'read.reason.word-document':
    'this is a Word document, not a spreadsheet; to draft an appendix from it, use phuluc draft',
  'read.reason.pdf': 'this is a PDF file, not a spreadsheet',
  'read.reason.truncated': 'the file is truncated or was not fully downloaded; ask for it again',
  'read.reason.corrupt': 'the file is damaged and cannot be opened; open it in Excel and save it again',
  'read.reason.zip-bomb':
    'the file inflates to far more than its size (possibly hostile); reading stopped to protect the machine',
  'read.reason.too-large': 'the file is too large (too many rows, columns or cells) to process safely',
  'read.reason.merged-area-too-large':
    'the file has a merged area too large to edit safely (a whole column or sheet merged): unmerge it in Excel and run again',
  'read.reason.encrypted': 'the file is password-protected',
  'read.reason.unsupported-format': 'this file format is not supported; save it as .xlsx',
  'read.reason.lock-file': 'this is an Excel lock file (~$…), not a report',
  'read.reason.empty': 'the file is empty (0 bytes)',
  'read.reason.hidden': 'a hidden system file',
  'read.reason.plan': 'the plan itself (--plan), not an agency report',
  'read.reason.phuluc-report': 'a consolidated report made by phuluc, not an agency report',
  'read.reason.not-found': 'file not found',
  'read.reason.folder': 'this is a folder; name the files in it (for example folder/*.xlsx)',
  'read.reason.io-error': 'cannot open the file (check permissions)',
  'read.reason.timeout': 'reading the file took too long and was stopped',
} as const;
