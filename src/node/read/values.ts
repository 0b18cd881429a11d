import * as XLSX from 'xlsx';

/** Days between the 1900 and 1904 date systems. */
export const DAYS_1904 = 1462;

/** A JS Date (UTC, as both libraries build them) to an Excel 1900-system serial. */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

export function isDateFormat(format: string): boolean {
  return XLSX.SSF.is_date(format);
}

/**
 * What Excel displays for a number in this format, by SheetJS' format engine,
 * used for every adapter alike (exceljs' `cell.text` prints Date.toString(),
 * and SheetJS' own `w` is wrong for some ODS formats).
 */
export function displayText(format: string, value: number): string | undefined {
  try {
    return XLSX.SSF.format(format, value);
  } catch {
    return undefined;
  }
}
