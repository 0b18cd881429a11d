/**
 * Which agency sent a workbook. Tried in order, from the surest to the
 * loosest: the template's metadata, a "Đơn vị báo cáo: …" line (or a title
 * "Báo cáo của Sở …") above the table, the file name or the issuing body at
 * the document's top left (the body when the two name different agencies,
 * unless it is the focal office's, on a form it sent out), a lead column
 * naming one agency on every row.
 * Nothing found gives null: the merge reports it rather than guessing.
 */
import { COMMUNE_LEVELS } from '../agency/patterns';
import type { AgencyRegistry } from '../agency/registry';
import type { SheetCell, SheetModel } from '../model/sheet';
import type { TaskTable } from '../model/task';
import { cellText, isBlankCell, readCell } from '../table/sheet-reader';
import { compareKey } from '../text/compare-key';
import { cleanText } from '../text/normalize';
import type { ReportingAgency, TemplateMetadata } from './types';

/** Labels of the reporter line, as comparison keys. */
const LABELS = ['don vi bao cao', 'co quan bao cao'];
/** Shorter labels also head other lines ("Đơn vị: triệu đồng"): only a known agency after them counts. */
const SHORT_LABELS = ['don vi', 'co quan'];
/** Words a file name carries besides the agency's ("bao-cao-so-noi-vu-2026"). */
const MAX_NAME_WORDS = 16;

/** A name the registry knows as one accountable agency (not a collective, not unknown, not merged away). */
function known(registry: AgencyRegistry, text: string): string | null {
  const m = registry.resolve(text);
  return m.kind !== 'unknown' && m.kind !== 'former' && m.canonical && !m.collective ? m.canonical : null;
}

/** A blank left to be filled in: dot leaders, "(ghi rõ tên đơn vị)", "[Tên cơ quan]". */
const PLACEHOLDER = /^(ghi ro|ten (don vi|co quan)|dien ten|nhap ten)/;
const DOT_LEADERS = /[.…_·\s]{3,}$/u;

/**
 * A stated name: canonical when the registry knows it (or a part of it does: "Phòng Tổng hợp –
 * Văn phòng UBND tỉnh"), else as written (it is stated, not guessed); null for a blank left unfilled.
 */
function stated(registry: AgencyRegistry, text: string): string | null {
  const clean = cleanText(text).replace(DOT_LEADERS, '').trim();
  if (!/\p{L}/u.test(clean) || /^[([{<].*[)\]}>]$/u.test(clean) || PLACEHOLDER.test(compareKey(clean)))
    return null;
  const m = registry.resolve(clean);
  if (m.kind !== 'unknown' && m.canonical) return m.canonical;
  const parts = new Set(
    clean
      .split(/\s[-–—]\s/u)
      .map((part) => known(registry, part))
      .filter((n): n is string => n !== null),
  );
  return parts.size === 1 ? [...parts][0] : clean;
}

/** "BÁO CÁO CỦA SỞ NỘI VỤ", "Báo cáo kết quả thực hiện của Sở Y tế": the sender named in the title. */
const TITLE_HEAD = /^bao cao(?: (?:ket qua|tinh hinh|thuc hien|tien do|nam|quy))*$/;

function titleName(text: string, registry: AgencyRegistry): string | null {
  // Vietnamese has no case mapping of its own (the root one is it), and asking for 'vi' costs four times more.
  const at = text.toLowerCase().lastIndexOf(' của ');
  if (at < 0 || !TITLE_HEAD.test(compareKey(text.slice(0, at)))) return null;
  return known(registry, text.slice(at + 5));
}

/** "Đơn vị báo cáo: Sở Nội vụ" in one cell, or the label in one cell and the name in the next. */
function headingName(sheet: SheetModel, above: number, registry: AgencyRegistry): string | null {
  for (let r = 0; r < Math.min(above, sheet.cells.length); r++) {
    const row = sheet.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (text === '') continue;
      const titled = titleName(text, registry);
      if (titled) return titled;
      const colon = text.search(/[:：]/);
      const label = compareKey(colon >= 0 ? text.slice(0, colon) : text);
      const full = LABELS.includes(label);
      if (!full && !(colon >= 0 && SHORT_LABELS.includes(label))) continue;
      const rest = colon >= 0 ? text.slice(colon + 1) : '';
      const name =
        rest.trim() !== ''
          ? rest
          : row
              .slice(c + 1)
              .map(cellText)
              .find((t) => t !== '');
      const found = name ? (full ? stated(registry, name) : known(registry, name)) : null;
      if (found) return found;
    }
  }
  return null;
}

/** "Kính gửi: …" names the recipient: the issuer's block is above it. */
const RECIPIENT = /^kinh gui\b/;
/** Official documents name their issuer in the first rows, at the left. */
const ISSUER_ROWS = 6;
const ISSUER_COLUMNS = 3;

/** A commune level opening a line: "XÃ NHO QUAN", "PHƯỜNG HOA LƯ", "ĐẶC KHU VÂN ĐỒN". */
const LEVEL_KEYS = COMMUNE_LEVELS.map((level) => `${compareKey(level)} `);
/** The People's Committee on a line of its own, the commune on the next: a commune's heading since 2025. */
const COMMITTEE_ALONE = /^(ubnd|uy ban nhan dan)$/;

/**
 * The issuing body an official document names at its top left ("UBND TỈNH
 * BẮC NINH" over "SỞ TƯ PHÁP", in one cell or two): its lowest line the
 * registry knows as one agency. The province's People's Committee or Party
 * Committee heads the block as the parent body, over an issuer the registry
 * may not know ("TỈNH ỦY BẮC NINH" over "BAN TỔ CHỨC"): never taken for the
 * sender. A commune writes its committee over its name ("ỦY BAN NHÂN DÂN"
 * over "XÃ NHO QUAN"): the two lines are one name, "UBND xã Nho Quan".
 */
function issuerName(sheet: SheetModel, above: number, registry: AgencyRegistry): string | null {
  const parents = new Set(['UBND tỉnh', 'Tỉnh ủy'].map((name) => registry.resolve(name).canonical));
  let found: string | null = null;
  // The line above, column by column (in the same cell or the row before).
  const before: string[] = [];
  for (let r = 0; r < Math.min(above, ISSUER_ROWS, sheet.cells.length); r++) {
    const row = (sheet.cells[r] ?? []).slice(0, ISSUER_COLUMNS);
    const texts = row.map((cell) => (isBlankCell(cell) ? '' : readCell(cell as SheetCell).lines));
    if (texts.some((text) => RECIPIENT.test(compareKey(text)))) break;
    texts.forEach((text, c) => {
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        const key = compareKey(line);
        const commune =
          COMMITTEE_ALONE.test(compareKey(before[c] ?? '')) &&
          LEVEL_KEYS.some((level) => key.startsWith(level));
        const name = known(registry, commune ? `UBND ${line}` : line);
        if (name && !parents.has(name)) found = name;
        before[c] = line;
      }
    });
  }
  return found;
}

/** "Gửi", "Kính gửi" in a file name: the agency after it is where the report goes, not who sent it. */
const TO = 'gui';
const DEAR = 'kinh';
/** The longest recipient's name looked for after "Gửi" (as words of the file name). */
const RECIPIENT_WORDS = 10;

interface NameWord {
  /** As written (NFC), marks kept: what the name is written back with. */
  text: string;
  /** Folded, for matching. */
  key: string;
}

/**
 * The name a run of a file name's words gives: found by the folded words, written with the file's
 * own marks when they name the same agency ("UBND xã Gia Viễn", not "UBND xã Gia Vien").
 */
function runName(run: readonly NameWord[], registry: AgencyRegistry): string | null {
  const byKey = known(registry, run.map((w) => w.key).join(' '));
  if (!byKey) return null;
  const written = known(registry, run.map((w) => w.text).join(' '));
  return written && written !== byKey && compareKey(written) === compareKey(byKey) ? written : byKey;
}

/** "báo cáo", "BC" after a commune's name ("UBND xã Gia Viễn báo cáo"): the report's words, not the place's. */
function reportWordAt(run: readonly NameWord[], j: number): boolean {
  return run[j].key === 'bc' || (run[j].key === 'bao' && run[j + 1]?.key === 'cao');
}

/** A run naming a commune by its shape holds no report word in its place name. */
function communeReads(run: readonly NameWord[], i: number, len: number, registry: AgencyRegistry): boolean {
  const words = run.slice(i, i + len);
  if (!registry.resolve(words.map((w) => w.key).join(' ')).pattern) return true;
  for (let j = i + 1; j < i + len; j++) if (reportWordAt(run, j)) return false;
  return true;
}

/**
 * The file name's words in runs the sender's name may be in: "Gửi …" (or "Kính gửi …") and the agency
 * after it, the recipient, are left out ("So Tai chinh gui So KHCN" → "So Tai chinh"); a recipient the
 * registry does not know leaves nothing after "Gửi" to trust.
 */
function senderRuns(words: readonly NameWord[], registry: AgencyRegistry): NameWord[][] {
  const runs: NameWord[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    if (words[i].key !== TO) {
      runs[runs.length - 1].push(words[i]);
      continue;
    }
    const current = runs[runs.length - 1];
    if (current.at(-1)?.key === DEAR) current.pop();
    let len = Math.min(RECIPIENT_WORDS, words.length - i - 1);
    while (
      len > 0 &&
      !known(
        registry,
        words
          .slice(i + 1, i + 1 + len)
          .map((w) => w.key)
          .join(' '),
      )
    )
      len--;
    if (len === 0) break;
    i += len;
    runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

/**
 * The agency a file name names: every run of its words is tried, longest
 * first ("01_bao-cao-so-noi-vu.xlsx" → "so noi vu"); two different agencies
 * named by runs of the same length are too close to call. Names are compared
 * folded, so a name in NFD (as macOS writes file names) is the same name.
 */
export function agencyFromFileName(fileName: string, registry: AgencyRegistry): string | null {
  const base = fileName
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '');
  // A year in the name ("bao-cao-ubnd-xa-hap-linh-2026") is the report's, never the agency's.
  const words = base
    .replace(/&/g, ' và ')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map((text) => ({ text, key: compareKey(text) }))
    .filter((w) => w.key !== '' && !/^(19|20)\d\d$/.test(w.key))
    .slice(0, MAX_NAME_WORDS);
  const runs = senderRuns(words, registry);
  for (let len = Math.max(0, ...runs.map((run) => run.length)); len >= 2; len--) {
    const found = new Set<string>();
    for (const run of runs)
      for (let i = 0; i + len <= run.length; i++) {
        const name = communeReads(run, i, len, registry) ? runName(run.slice(i, i + len), registry) : null;
        if (name) found.add(name);
      }
    if (found.size === 1) return [...found][0];
    if (found.size > 1) return null;
  }
  // A one-word name ("SKHCN", "VPUBND") is an abbreviation the registry lists.
  const one = new Set(
    runs
      .flat()
      .map((w) => known(registry, w.key))
      .filter((n): n is string => n !== null),
  );
  return one.size === 1 ? [...one][0] : null;
}

/** The body every agency of the plan reports to, which sends out the forms (DOMAIN.md §1). */
const FOCAL_OFFICE = 'Sở Khoa học và Công nghệ';

/** Every task names the same single lead, which the registry knows. */
function uniformLead(tables: readonly TaskTable[], registry: AgencyRegistry): string | null {
  const leads = new Set<string>();
  for (const table of tables) {
    for (const row of table.tasks) {
      if (row.lead.length !== 1) return null;
      leads.add(row.lead[0]);
      if (leads.size > 1) return null;
    }
  }
  return leads.size === 1 ? known(registry, [...leads][0]) : null;
}

export function detectReportingAgency(input: {
  sheets: readonly SheetModel[];
  tables: readonly TaskTable[];
  fileName: string;
  template: TemplateMetadata | null;
  registry: AgencyRegistry;
}): ReportingAgency {
  const { registry, tables } = input;
  // The first name the lines above a table give, read by `read` (the reporter line, the issuer block).
  const aboveTables =
    (read: (sheet: SheetModel, above: number, registry: AgencyRegistry) => string | null) =>
    (): string | null => {
      for (const table of tables) {
        const sheet = input.sheets.find((s) => s.name === table.sheet);
        const name = sheet ? read(sheet, table.headerRow - 1, registry) : null;
        if (name) return name;
      }
      return null;
    };
  const fromHeading = aboveTables(headingName);
  const fromIssuer = aboveTables(issuerName);
  const fromMetadata = input.template?.agency ? stated(registry, input.template.agency) : null;
  // A collective's shared template: each member writes its own name on the reporter line,
  // or names the file after itself. A collective never reports: no member named is unknown.
  if (fromMetadata && registry.resolve(fromMetadata).collective) {
    const member = fromHeading();
    if (member && member !== fromMetadata) return { name: member, via: 'heading' };
    const fromFile = agencyFromFileName(input.fileName, registry);
    if (fromFile) return { name: fromFile, via: 'file-name' };
    return { name: null, via: null };
  }
  if (fromMetadata) {
    // An agency's own template whose reporter line another agency rewrote with its name: most likely a
    // template passed on. The template's agency stands (its task ids are that agency's), with a warning.
    const stated = fromHeading();
    return stated && stated !== fromMetadata
      ? { name: fromMetadata, via: 'metadata', stated }
      : { name: fromMetadata, via: 'metadata' };
  }
  const heading = fromHeading();
  if (heading) return { name: heading, via: 'heading' };
  const fromFile = agencyFromFileName(input.fileName, registry);
  const issuer = fromIssuer();
  if (fromFile && issuer && issuer !== fromFile) {
    // The same agency, its name written with the marks the file name lacked: the heading's spelling.
    if (compareKey(issuer) === compareKey(fromFile)) return { name: issuer, via: 'issuer' };
    // Two agencies: the heading is the sender's own, a file name is often given by whoever received it;
    // the disagreement is told (W_REPORTER_CONFLICT). Only the focal office's block on a form it sent out
    // for others to fill in gives way to the file name.
    if (issuer !== registry.resolve(FOCAL_OFFICE).canonical)
      return { name: issuer, via: 'issuer', stated: fromFile, statedIn: 'file-name' };
  }
  if (fromFile) return { name: fromFile, via: 'file-name' };
  if (issuer) return { name: issuer, via: 'issuer' };
  const fromLead = uniformLead(tables, registry);
  if (fromLead) return { name: fromLead, via: 'lead-column' };
  return { name: null, via: null };
}
