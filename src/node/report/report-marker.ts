/**
 * How a consolidated report says it is one: a document category only the
 * report writer sets. Templates and drafted appendices are also made by
 * phuluc (creator "phuluc"), so the creator alone cannot tell.
 */
import { isMetadataSheet, type WorkbookModel } from '../../core/model/sheet';

export const REPORT_CATEGORY = 'phuluc: báo cáo tổng hợp';

export function isPhulucReport(wb: WorkbookModel): boolean {
  return wb.properties?.Category === REPORT_CATEGORY;
}

/**
 * Whether a workbook with these sheets may be a consolidated report: one with `phuluc template`'s metadata
 * sheet is an agency's template, which the report writer never makes, so its document properties (read
 * for the category alone) need not be.
 */
export const mayBeReport = (sheets: readonly { name: string }[]): boolean => !sheets.some(isMetadataSheet);
