/**
 * exceljs' Workbook class without the rest of the package. The package's
 * entry point also loads its streaming reader and writer (unzipper, archiver
 * and their dependencies), which these commands never use (only merge's
 * report uses the streaming writer, loaded on its own): the class alone loads
 * in 115 ms instead of 265 ms on the 2-core machine, paid by every command
 * that reads or writes a workbook with exceljs. exceljs has no "exports" map,
 * so the file is reachable by path; the types are the package's own.
 */
import type ExcelJS from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS file the package types under its entry
export const Workbook: typeof ExcelJS.Workbook = require('exceljs/lib/doc/workbook');
