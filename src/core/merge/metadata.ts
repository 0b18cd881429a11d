/**
 * The metadata `phuluc template` hides in each workbook it makes: a very
 * hidden sheet "_phuluc" of key/value rows, column A the key, column B the
 * value (the layout both sides follow: format, templateVersion, agency,
 * planFingerprint, planFile, province).
 */
import { isMetadataSheet, type WorkbookModel } from '../model/sheet';
import { cellText } from '../table/sheet-reader';
import type { TemplateMetadata } from './types';

export { METADATA_SHEET } from '../model/sheet';
export const METADATA_FORMAT = 'phuluc-template';

/** The template's metadata, or null when the workbook was not made by `phuluc template`. */
export function readTemplateMetadata(wb: WorkbookModel): TemplateMetadata | null {
  const sheet = wb.sheets.find(isMetadataSheet);
  if (!sheet) return null;
  const values = new Map<string, string>();
  for (const row of sheet.cells) {
    const key = cellText(row?.[0]);
    if (key !== '' && !values.has(key)) values.set(key, cellText(row?.[1]));
  }
  if (values.get('format') !== METADATA_FORMAT) return null;
  const get = (key: string) => values.get(key) || null;
  return {
    agency: get('agency'),
    planFingerprint: get('planFingerprint'),
    templateVersion: get('templateVersion'),
    province: get('province'),
  };
}
