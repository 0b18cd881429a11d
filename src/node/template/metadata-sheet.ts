/**
 * The very hidden "_phuluc" sheet of a template (docs: template metadata):
 * key/value rows from A1, column A the key, column B the value, read back by
 * `readTemplateMetadata` in core/merge. Column D holds the status vocabulary
 * the report sheet's dropdown lists, so the list needs no sheet of its own.
 */
import type ExcelJS from 'exceljs';
import { METADATA_FORMAT, METADATA_SHEET } from '../../core/merge';
import { STATUS_CODES, STATUS_LABELS } from '../../core/status';

export const TEMPLATE_VERSION = '1';

export interface TemplateMetadataValues {
  agency: string;
  planFingerprint: string;
  planFile: string;
  province: string | null;
}

/** The dropdown's source range, absolute and quoted. */
export const STATUS_LIST_RANGE = `'${METADATA_SHEET}'!$D$1:$D$${STATUS_CODES.length}`;

export function addMetadataSheet(wb: ExcelJS.Workbook, values: TemplateMetadataValues): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
  const rows: [string, string][] = [
    ['format', METADATA_FORMAT],
    ['templateVersion', TEMPLATE_VERSION],
    ['agency', values.agency],
    ['planFingerprint', values.planFingerprint],
    ['planFile', values.planFile],
  ];
  if (values.province) rows.push(['province', values.province]);
  // Plain strings only: a value such as "=…" is stored as text, never as a formula.
  rows.forEach(([key, value], i) => {
    ws.getCell(i + 1, 1).value = key;
    ws.getCell(i + 1, 2).value = value;
  });
  STATUS_CODES.forEach((code, i) => (ws.getCell(i + 1, 4).value = STATUS_LABELS[code].vi));
  return ws;
}
