/**
 * Who gets a template, with which tasks. Every agency the plan names (as lead
 * or partner) gets its own, holding the tasks it leads or supports (a
 * department merged away in 2025 through its successor). National
 * bodies (a Bộ) report elsewhere and get none. Collectives ("Các sở, ban,
 * ngành") are not one accountable agency: their tasks reach the named
 * agencies, and a task naming no agency but a collective goes to a template
 * for that collective, so no task is left without one. A task led by
 * collectives alone goes to them too, though it names a partner ("Các sở,
 * ban, ngành; UBND các xã, phường" leading, Sở Khoa học và Công nghệ
 * supporting, in Hưng Yên): else only the partner would be asked about it,
 * and no lead. With `collectives`, every collective gets a template of all
 * its tasks, for its members to fill.
 */
import type { AgencyRegistry } from '../../core/agency/registry';
import type { PlanTask } from '../../core/merge';
import { answerableName } from '../../core/merge/assignments';

export interface Recipient {
  /** Canonical name (or the plan's text for a name the registry does not know). */
  agency: string;
  collective: boolean;
  /** In plan order. */
  tasks: PlanTask[];
  led: number;
  supported: number;
}

export interface Distribution {
  /** Named agencies in Vietnamese order, then collectives in Vietnamese order. */
  recipients: Recipient[];
  /** Tasks naming no agency of the province at all (only national bodies, or nobody). */
  unassigned: PlanTask[];
}

const collator = new Intl.Collator('vi');

export function distributeTasks(
  tasks: readonly PlanTask[],
  registry: AgencyRegistry,
  collectives: boolean,
): Distribution {
  const kinds = new Map<string, 'named' | 'collective' | 'national'>();
  const kindOf = (name: string) => {
    let kind = kinds.get(name);
    if (!kind) {
      const m = registry.resolve(name);
      kind = m.collective ? 'collective' : m.national ? 'national' : 'named';
      kinds.set(name, kind);
    }
    return kind;
  };
  const byName = new Map<string, Recipient>();
  const give = (name: string, task: PlanTask, leads: readonly string[], collective: boolean) => {
    let r = byName.get(name);
    if (!r) byName.set(name, (r = { agency: name, collective, tasks: [], led: 0, supported: 0 }));
    if (r.tasks.includes(task)) return;
    r.tasks.push(task);
    if (leads.includes(name)) r.led++;
    else r.supported++;
  };
  const unassigned: PlanTask[] = [];
  for (const task of tasks) {
    // A department merged away in 2025 is named in old plans: its successor gets the task.
    const leads = task.lead.map((n) => answerableName(registry, n));
    const names = [...new Set([...leads, ...task.partners.map((n) => answerableName(registry, n))])];
    const named = names.filter((n) => kindOf(n) === 'named');
    const groups = names.filter((n) => kindOf(n) === 'collective');
    const namedLead = leads.some((n) => kindOf(n) === 'named');
    for (const name of named) give(name, task, leads, false);
    if (collectives || named.length === 0) for (const name of groups) give(name, task, leads, true);
    else if (!namedLead)
      for (const name of groups.filter((n) => leads.includes(n))) give(name, task, leads, true);
    if (named.length === 0 && groups.length === 0) unassigned.push(task);
  }
  const all = [...byName.values()];
  const order = (list: Recipient[]) => list.sort((a, b) => collator.compare(a.agency, b.agency));
  return {
    recipients: [...order(all.filter((r) => !r.collective)), ...order(all.filter((r) => r.collective))],
    unassigned,
  };
}
