/**
 * Who the plan assigns each task to, and whom it therefore expects a report
 * from: the province's own agencies named as lead or partner — not the
 * collectives ("Các sở, ban, ngành"), not national bodies (a Bộ).
 */
import type { AgencyRegistry } from '../agency/registry';
import type { PlanTask } from './types';

const collator = new Intl.Collator('vi');

export interface Assignments {
  /** Agency → indices of the tasks naming it as lead / as partner. */
  leads: Map<string, Set<number>>;
  partners: Map<string, Set<number>>;
  /** Tasks whose lead includes a collective: any member reporting on them reports as a lead. */
  collectiveLead: boolean[];
  /**
   * Tasks naming a collective, as lead or partner ("Các sở, ngành, địa phương"): every member's to report on,
   * and where a row of an agency the plan never names is looked for (matchPool).
   */
  collectivePool: ReadonlySet<number>;
  /** Agencies a report is expected from, in Vietnamese order. */
  expected: string[];
  /** Whether a name is one the registry calls a collective or a national body. */
  notAccountable(name: string): boolean;
}

/**
 * The agency that answers today for a name the plan gives: a department the
 * 2025 reorganisation merged away (Sở Kế hoạch và Đầu tư) answers through its
 * successor (Sở Tài chính), which gets its template and whose report counts.
 */
export function answerableName(registry: AgencyRegistry, name: string): string {
  const m = registry.resolve(name);
  return m.kind === 'former' && m.successor ? m.successor : name;
}

function add(map: Map<string, Set<number>>, name: string, task: number): void {
  const set = map.get(name);
  if (set) set.add(task);
  else map.set(name, new Set([task]));
}

export function planAssignments(tasks: readonly PlanTask[], registry: AgencyRegistry): Assignments {
  const leads = new Map<string, Set<number>>();
  const partners = new Map<string, Set<number>>();
  const verdict = new Map<string, boolean>();
  const notAccountable = (name: string): boolean => {
    let v = verdict.get(name);
    if (v === undefined) {
      const m = registry.resolve(name);
      v = m.collective || m.national;
      verdict.set(name, v);
    }
    return v;
  };
  const answerable = new Map<string, string>();
  const today = (name: string) => {
    let now = answerable.get(name);
    if (now === undefined) answerable.set(name, (now = answerableName(registry, name)));
    return now;
  };
  const collectiveLead = tasks.map((t, i) => {
    t.lead.forEach((name) => add(leads, today(name), i));
    t.partners.forEach((name) => add(partners, today(name), i));
    return t.lead.some((name) => registry.resolve(name).collective);
  });
  const collectivePool = new Set(
    tasks.flatMap((t, i) =>
      [...t.lead, ...t.partners].some((name) => registry.resolve(name).collective) ? [i] : [],
    ),
  );
  const named = new Set([...leads.keys(), ...partners.keys()]);
  const expected = [...named].filter((name) => !notAccountable(name)).sort(collator.compare);
  return { leads, partners, collectiveLead, collectivePool, expected, notAccountable };
}

/** The agency's role on a task: named as lead, named as partner, a member of a collective lead, or else a contributor. */
export function roleOn(a: Assignments, agency: string, task: number): 'lead' | 'partner' {
  if (a.leads.get(agency)?.has(task)) return 'lead';
  if (a.partners.get(agency)?.has(task)) return 'partner';
  return a.collectiveLead[task] ? 'lead' : 'partner';
}

/** Tasks naming the agency, as lead or partner. */
export function assignedTo(a: Assignments, agency: string): Set<number> {
  return new Set([...(a.leads.get(agency) ?? []), ...(a.partners.get(agency) ?? [])]);
}

/**
 * The tasks a row of the agency's is first looked for among: those naming it;
 * for an agency the plan never names (a commune, where the plan says "UBND
 * các xã, phường" or "địa phương"), those naming a collective, which it
 * reports on as a member. Without them its shortened titles would match
 * nothing, though a named department's would.
 */
export function matchPool(a: Assignments, agency: string): ReadonlySet<number> {
  const own = assignedTo(a, agency);
  return own.size > 0 ? own : a.collectivePool;
}
