/**
 * The preview's stand-in for src/node/exceljs-workbook.ts: in the browser,
 * exceljs' own browser build (its package's "browser" entry) carries the
 * Workbook class; the command line's lighter path into the package holds
 * Node-only modules.
 */
import ExcelJS from 'exceljs';

export const Workbook = ExcelJS.Workbook;
