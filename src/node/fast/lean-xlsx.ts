/**
 * A lean .xlsx reader for the merge's hot path: fflate inflates only the
 * parts a task table needs (the sheets, shared strings, styles, the workbook
 * and its relationships, document properties), each capped at its declared
 * size (./inflate.ts), and saxes reads them into the same WorkbookModel the
 * full exceljs reader gives. Nothing else of the file is expanded or kept.
 * The caller checks the declared sizes of the whole directory first.
 */
import type { SheetModel, WorkbookModel } from '../../core/model/sheet';
import { ReadError } from '../read/outcome';
import type { ReadBudget } from '../read/sheet-builder';
import { entryData, type ZipEntry } from '../read/zip-guard';
import { inflateParts } from './inflate';
import { PartCache } from './part-cache';
import { type FormattedNumber, parseSheet } from './sheet-xml';
import {
  folderOf,
  parseAppProperties,
  parseCoreProperties,
  parseCustomProperties,
  parseRels,
  parseSharedStrings,
  parseStyles,
  parseWorkbook,
  relsPathOf,
  type Properties,
  type StringValue,
} from './xlsx-parts';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;
const PROPERTY_PARTS: [string, string, (xml: Uint8Array) => Properties][] = [
  ['core', 'docProps/core.xml', parseCoreProperties],
  ['app', 'docProps/app.xml', parseAppProperties],
  ['custom', 'docProps/custom.xml', parseCustomProperties],
];

/** What a caller may leave out of the model. */
export interface LeanOptions {
  /**
   * Whether the document properties of a workbook with these sheets are read (all are unless told): each file
   * has its own (its title, its dates), so they are inflated and parsed for every file.
   */
  properties?: (sheets: readonly { name: string }[]) => boolean;
}

/** One per thread: every file of a merge reads its small parts through it. */
const shared = new PartCache();

export async function readXlsxLean(
  bytes: Uint8Array,
  entries: ZipEntry[],
  format: 'xlsx' | 'xlsm',
  budget: ReadBudget,
  options: LeanOptions = {},
): Promise<WorkbookModel> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const byLowerName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const find = (name: string) => byName.get(name) ?? byLowerName.get(name.toLowerCase());
  /**
   * A small part parsed, or taken from the cache when an earlier file had the same bytes at the same path
   * read the same way (`kind`); null when absent.
   */
  const part = <T>(kind: string, name: string, parse: (xml: Uint8Array) => T): T | null => {
    const entry = find(name);
    if (!entry) return null;
    return shared.get(`${kind}:${entry.name}`, entry, entryData(bytes, entry), () =>
      parse(inflateParts(bytes, [entry], budget.limits).get(entry.name) ?? new Uint8Array()),
    );
  };

  const rootRels = part('rels', '_rels/.rels', (xml) => parseRels(xml, ''));
  const mainPart =
    (rootRels && [...rootRels.values()].find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target) ||
    'xl/workbook.xml';
  const workbook = part('workbook', mainPart, parseWorkbook);
  if (!workbook) throw new ReadError('corrupt', `${mainPart} is missing`);
  const baseDir = folderOf(mainPart);
  const rels = part('rels', relsPathOf(mainPart), (xml) => parseRels(xml, baseDir)) ?? new Map();

  const relTarget = (type: RegExp, fallback: string) =>
    [...rels.values()].find((r) => type.test(r.type))?.target ?? fallback;
  const stringsPart = find(relTarget(REL_SHARED_STRINGS, `${baseDir}sharedStrings.xml`));
  const stylesPart = find(relTarget(REL_STYLES, `${baseDir}styles.xml`));
  const sheetParts = workbook.sheets.flatMap((s) => {
    const rel = rels.get(s.relId);
    const entry = rel && REL_WORKSHEET.test(rel.type) ? find(rel.target) : undefined;
    return entry ? [{ sheet: s, entry }] : [];
  });
  if (sheetParts.length === 0) throw new ReadError('corrupt', 'no worksheets');

  const parts = inflateParts(
    bytes,
    [...new Set([stringsPart, ...sheetParts.map((p) => p.entry)])].filter(
      (e): e is ZipEntry => e !== undefined,
    ),
    budget.limits,
  );
  const strings: StringValue[] =
    stringsPart && parts.get(stringsPart.name) ? parseSharedStrings(parts.get(stringsPart.name)!) : [];
  const styles = (stylesPart && part('styles', stylesPart.name, parseStyles)) ?? [];

  const formatted: FormattedNumber[] = [];
  const sheets: SheetModel[] = sheetParts.map(({ sheet, entry }) => {
    const read = parseSheet(entry.name, parts.get(entry.name) ?? new Uint8Array(), {
      name: sheet.name,
      hidden: sheet.hidden,
      strings,
      styles,
      date1904: workbook.date1904,
      date1904ExcelJS: workbook.date1904ExcelJS,
      budget,
    });
    for (const f of read.formatted) formatted.push(f);
    return read.sheet;
  });
  if (formatted.length) {
    // SheetJS' format engine is big: loaded only when a formatted number needs its displayed text.
    const { displayText } = await import('../read/values');
    for (const { cell, format } of formatted) cell.text = displayText(format, cell.value as number);
  }

  const wanted = options.properties?.(workbook.sheets) ?? true;
  const properties = new Map(
    wanted ? PROPERTY_PARTS.flatMap(([kind, name, parse]) => part(kind, name, parse) ?? []) : [],
  );
  return {
    format,
    sheets,
    ...(properties.size ? { properties: Object.fromEntries(properties) } : {}),
  };
}
