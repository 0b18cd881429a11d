/**
 * Reads and checks files one by one for `phuluc validate`: one bad file
 * becomes a finding and the others go on.
 */
import { checkWorkbook } from '../core/engine';
import type { Context } from '../core/model/context';
import type { Finding } from '../core/model/finding';
import { cellAddress, type WorkbookFormat, type WorkbookModel } from '../core/model/sheet';
import type { TaskTable } from '../core/model/task';
import { readWorkbookFile } from './read';
import { messageRef } from '../core/messages';

export interface FileResult {
  path: string;
  format: WorkbookFormat | null;
  tables: TaskTable[];
  findings: Finding[];
}

/** A checked file and, when it could be read, its workbook (for checks that need more than the tables). */
export interface CheckedFile {
  result: FileResult;
  workbook: WorkbookModel | null;
}

export async function validateFile(file: string, displayName: string, ctx: Context): Promise<CheckedFile> {
  const outcome = await readWorkbookFile(file);
  if (!outcome.ok) {
    const code = outcome.code === 'E_FILE_ENCRYPTED' ? 'E_FILE_ENCRYPTED' : 'E_FILE_UNREADABLE';
    const result: FileResult = {
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
          data: { reason: messageRef(`read.reason.${outcome.reason}`) },
        },
      ],
    };
    return { result, workbook: null };
  }
  const { tables, findings } = checkWorkbook(outcome.workbook, ctx);
  const truncated = (outcome.notes ?? []).flatMap((n): Finding[] =>
    n.kind === 'text-truncated'
      ? [
          {
            code: 'W_TEXT_TRUNCATED',
            severity: 'warning',
            sheet: n.sheet,
            cell: cellAddress(n.row, n.col),
            row: n.row + 1,
            field: null,
            messageId: 'finding.W_TEXT_TRUNCATED',
            data: { length: n.length },
          },
        ]
      : [],
  );
  return {
    result: {
      path: displayName,
      format: outcome.workbook.format,
      tables,
      findings: [...truncated, ...findings],
    },
    workbook: outcome.workbook,
  };
}
