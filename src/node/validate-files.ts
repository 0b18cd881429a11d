/**
 * Reads and checks files one by one for `phuluc validate`: one bad file
 * becomes a finding and the others go on.
 */
import { checkWorkbook } from '../core/engine';
import type { Context } from '../core/model/context';
import type { Finding } from '../core/model/finding';
import type { WorkbookFormat } from '../core/model/sheet';
import type { TaskTable } from '../core/model/task';
import { readWorkbookFile } from './read';

export interface FileResult {
  path: string;
  format: WorkbookFormat | null;
  tables: TaskTable[];
  findings: Finding[];
}

export async function validateFile(file: string, displayName: string, ctx: Context): Promise<FileResult> {
  const outcome = await readWorkbookFile(file);
  if (!outcome.ok) {
    const code = outcome.code === 'E_FILE_ENCRYPTED' ? 'E_FILE_ENCRYPTED' : 'E_FILE_UNREADABLE';
    return {
      path: displayName,
      format: null,
      tables: [],
      findings: [
        {
          code,
          severity: 'error',
          sheet: null,
          cell: null,
          row: null,
          field: null,
          messageId: `finding.${code}`,
          data: { reason: `@read.reason.${outcome.reason}` },
        },
      ],
    };
  }
  const { tables, findings } = checkWorkbook(outcome.workbook, ctx);
  return { path: displayName, format: outcome.workbook.format, tables, findings };
}
