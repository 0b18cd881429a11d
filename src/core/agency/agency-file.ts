/**
 * The agency file staff edit (`--agencies`): plain UTF-8 text, one agency a line.
 *
 *   # Cơ quan bổ sung của tỉnh Bắc Ninh
 *   Sở Khoa học và Công nghệ = Sở KH&CN; KHCN
 *   Trường Đại học Bắc Ninh = ĐH Bắc Ninh; Trường ĐH Bắc Ninh
 *   UBND phường Kinh Bắc = UBND P. Kinh Bắc [xã]
 *   Các trường đại học, cao đẳng [tập thể]
 *   Bộ Quốc phòng [trung ương]
 *   Trung tâm Phục vụ hành chính công; TTPVHCC
 *
 * - `Canonical name = alias; alias; …` — or, CSV-like, `Canonical name; alias; …`.
 *   A name may contain commas; only "=" and ";" separate.
 * - An optional kind in brackets at the end of the line: `[tập thể]`/`[collective]`,
 *   `[trung ương]`/`[national]`, `[xã]`/`[commune]`, `[tỉnh]`/`[provincial]` (the default).
 *   Case and diacritics do not matter ("[tap the]").
 * - `#` starts a comment, to the end of the line; blank lines are ignored.
 * - `{tỉnh}` stands for the province name.
 * - An entry whose name is a default agency's (however spelt) replaces it and
 *   keeps the default's aliases; other entries are added.
 * Errors carry the 1-based line number and a message id of the catalogue.
 */
import { compareKey } from '../text/compare-key';
import { cleanText } from '../text/normalize';
import { agencyKey } from './agency-key';
import type { AgencyEntry, AgencyKind } from './default-agencies';

export interface AgencyFileError {
  line: number;
  /** A message id: 'agencyFile.noName', 'agencyFile.badKind', 'agencyFile.manyEquals', 'agencyFile.duplicate'. */
  message: string;
}

const KIND_WORDS: Record<string, AgencyKind> = {
  'tap the': 'collective',
  collective: 'collective',
  'trung uong': 'national',
  national: 'national',
  xa: 'commune',
  'cap xa': 'commune',
  commune: 'commune',
  tinh: 'provincial',
  'cap tinh': 'provincial',
  provincial: 'provincial',
};

type Parsed = { entry: AgencyEntry } | { error: string } | null;

function parseLine(raw: string): Parsed {
  let line = cleanText(raw.replace(/#.*/u, ''));
  if (line === '') return null;
  let kind: AgencyKind = 'provincial';
  const marker = /\[([^\]]*)\]$/u.exec(line);
  if (marker) {
    const known = KIND_WORDS[compareKey(marker[1])];
    if (!known) return { error: 'agencyFile.badKind' };
    kind = known;
    line = line.slice(0, marker.index).trim();
  } else if (/[[\]]/u.test(line)) return { error: 'agencyFile.badKind' };
  const sides = line.split('=');
  if (sides.length > 2) return { error: 'agencyFile.manyEquals' };
  const [name, ...aliases] = sides.length === 2 ? [sides[0], ...sides[1].split(';')] : line.split(';');
  const clean = (s: string) => cleanText(s);
  if (clean(name) === '') return { error: 'agencyFile.noName' };
  return { entry: { name: clean(name), aliases: aliases.map(clean).filter(Boolean), kind } };
}

export function parseAgencyFile(text: string): { entries: AgencyEntry[]; errors: AgencyFileError[] } {
  const entries: AgencyEntry[] = [];
  const errors: AgencyFileError[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/u).forEach((raw, i) => {
    const parsed = parseLine(raw);
    if (parsed === null) return;
    if ('error' in parsed) {
      errors.push({ line: i + 1, message: parsed.error });
      return;
    }
    const key = agencyKey(parsed.entry.name).key;
    if (seen.has(key)) {
      errors.push({ line: i + 1, message: 'agencyFile.duplicate' });
      return;
    }
    seen.add(key);
    entries.push(parsed.entry);
  });
  return { entries, errors };
}
