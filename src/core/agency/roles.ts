/**
 * A lead cell that names the partners too, as plans with one "Cơ quan thực
 * hiện" column write it: "Sở Y tế chủ trì, phối hợp với Sở Tài chính",
 * "Chủ trì: Sở Nội vụ; Phối hợp: các sở, ngành", "Sở Tư pháp (chủ trì); Sở
 * Nội vụ (phối hợp)". The role words say which names lead and which support;
 * a cell without them is a list of leads, as before. A partners cell may
 * carry them too ("Phối hợp với Sở Tài chính"): they are left out of its names.
 */
import type { AgencyRegistry } from './registry';
import { splitAgencyList } from './split-list';

export interface RoleParts {
  /** The parts of the text naming leads and partners: substrings, role words left out. */
  lead: string[];
  partners: string[];
}

type Role = 'lead' | 'partner';

// On the text folded letter for letter (below): "chủ trì", "phối hợp (với)", an optional label before
// ("Cơ quan chủ trì:"), brackets around ("(chủ trì)") and a colon after.
const MARK =
  /(?<![\p{L}\p{N}])\(?\s*(?:(?:co quan|don vi)\s+)?(chu tri|(?:cung\s+)?phoi hop)(?:\s+(voi))?(?:\s+thuc hien)?(?![\p{L}\p{N}])\s*\)?\s*([:：])?/gu;
const SEPARATOR = /^[\s)]*[,;\n.]/u;
const EDGES = /^[\s,;:.\-–—+•*()]+|[\s,;:.\-–—+•*()]+$/gu;

/** Lower case without marks, one UTF-16 unit for one, so that positions stay those of the text. */
function foldInPlace(text: string): string {
  let out = '';
  for (const c of text) {
    if (c.length > 1) out += c;
    else if (c === 'đ' || c === 'Đ') out += 'd';
    else out += c.normalize('NFD')[0].toLowerCase();
  }
  return out;
}

interface Mark {
  start: number;
  end: number;
  role: Role;
  /** Names follow the mark ("Chủ trì: …", "phối hợp với …") rather than come before it ("… chủ trì"). */
  prefix: boolean;
}

// A quick look before folding: most cells are plain lists.
const ROLE_WORD = /ch[uủ]\s+tr[iì]|ph[oố]i\s+h[oợ]p/iu;

/** The leads and partners of a cell written with role words; null for a plain list of names. */
export function splitRoles(text: string): RoleParts | null {
  const parts = roleParts(text);
  return parts && parts.lead.length > 0 ? parts : null;
}

/** The names a cell gives each role, whatever roles it names ("Phối hợp với Sở Tài chính": partners only). */
function roleParts(text: string): RoleParts | null {
  if (!ROLE_WORD.test(text)) return null;
  const folded = foldInPlace(text);
  const found = [...folded.matchAll(MARK)];
  if (found.length === 0) return null;
  const marks: Mark[] = found.map((m, i) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(i > 0 ? found[i - 1].index + found[i - 1][0].length : 0, start);
    const after = text.slice(end, i + 1 < found.length ? found[i + 1].index : text.length);
    const named = (s: string) => s.replace(EDGES, '') !== '';
    // "… chủ trì, …" and "… (phối hợp)" close the names before them; a colon, "với", or names straight after open.
    const prefix =
      m[3] !== undefined || m[2] !== undefined || !named(before) || (named(after) && !SEPARATOR.test(after));
    return { start, end, role: m[1] === 'chu tri' ? 'lead' : 'partner', prefix };
  });

  const parts: RoleParts = { lead: [], partners: [] };
  const put = (role: Role, from: number, to: number) => {
    const raw = text.slice(from, to);
    const body = raw.replace(EDGES, '');
    if (body === '') return;
    const at = from + raw.indexOf(body);
    (role === 'lead' ? parts.lead : parts.partners).push(text.slice(at, at + body.length));
  };
  // The role names before a mark take: that mark's when it closes them, else the opening mark before them
  // (the subject of "Sở Y tế phối hợp với …" leads).
  let open: Role | null = null;
  let from = 0;
  for (const mark of marks) {
    put(mark.prefix ? (open ?? 'lead') : mark.role, from, mark.start);
    open = mark.prefix ? mark.role : null;
    from = mark.end;
  }
  // Names after the last mark: what it opened, or partners after a closing one ("Sở X chủ trì, Sở Y").
  put(open ?? 'partner', from, text.length);
  return parts;
}

/** The agencies a lead cell names, by role: all of them lead when it has no role words. */
export function leadCellAgencies(text: string, registry?: AgencyRegistry): RoleParts {
  const roles = splitRoles(text);
  if (!roles) return { lead: splitAgencyList(text, registry), partners: [] };
  const items = (parts: string[]) => parts.flatMap((part) => splitAgencyList(part, registry));
  return { lead: items(roles.lead), partners: items(roles.partners) };
}

/** The agencies a partners cell names, its role words left out ("Phối hợp với Sở Tài chính", "Sở Y tế (phối hợp)"). */
export function partnerCellAgencies(text: string, registry?: AgencyRegistry): string[] {
  const parts = roleParts(text);
  const named = parts ? [...parts.lead, ...parts.partners] : [];
  if (named.length === 0) return splitAgencyList(text, registry);
  return named.flatMap((part) => splitAgencyList(part, registry));
}
