/**
 * How a consolidated report says it is one: a document category only the
 * report writer sets. Templates and drafted appendices are also made by
 * phuluc (creator "phuluc"), so the creator alone cannot tell.
 */
import type { WorkbookModel } from '../../core/model/sheet';

export const REPORT_CATEGORY = 'phuluc: báo cáo tổng hợp';

export function isPhulucReport(wb: WorkbookModel): boolean {
  return wb.properties?.Category === REPORT_CATEGORY;
}
