/**
 * A task written out in prose with its fields labelled, as plans and their PDF
 * copies often lay one out:
 *
 *   1. Xây dựng cơ sở dữ liệu về đội ngũ trí thức
 *   Chủ trì: Sở Khoa học và Công nghệ; phối hợp: Sở Nội vụ, Sở Tài chính.
 *   Thời gian thực hiện: Quý II/2026.
 *
 * or inline: "… (cơ quan chủ trì: Sở Nội vụ; thời gian: năm 2026)". The labels
 * say who leads, who takes part, by when and what comes of it; the text before
 * the first label is the task.
 */
import type { AgencyRegistry } from '../agency/registry';
import { t } from '../messages';
import { splitAgencyList } from '../agency/split-list';
import { parseDeadline } from '../deadline/parse';
import { compareKey } from '../text/compare-key';
import { cleanText, upperFirst } from '../text/normalize';
import { trimEndOf, trimOf } from '../text/trim';
import { canonicalNames, namesAt, partnersIn } from './agencies-in-text';
import { findDeadline } from './deadline-in-text';
import { isAppendixLabel, shownText, type PlanParagraph } from './document';
import { labelKind } from './inline';
import type { DraftTask } from './propose';

export interface TaskFields {
  /** The text before the first label: the task itself ('' for a line of labels only). */
  task: string;
  lead?: string;
  partners?: string;
  deadline?: string;
  result?: string;
  /** A last label with nothing after it ("Cơ quan chủ trì:"): its value is on the next line. */
  pending?: Labelled;
}

type Labelled = 'lead' | 'partners' | 'deadline' | 'result';

/**
 * "Chủ trì:", "Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:", "Thời gian
 * hoàn thành:", "Thời hạn:", "Tiến độ:", "Kết quả cần đạt:", "Sản phẩm:" —
 * always with the colon: "Chủ trì, phối hợp với …" is a sentence, not a label.
 */
const LABEL =
  /(?<![\p{L}\d])(?:(?:cơ\s+quan|đơn\s+vị)\s+)?(chủ\s+trì|phối\s+hợp|thời\s+gian|thời\s+hạn|tiến\s+độ|kết\s+quả|sản\s+phẩm)(?:\s+(?:thực\s+hiện|hoàn\s+thành|cần\s+đạt|đầu\s+ra|dự\s+kiến))?\s*:/giu;

/** Where a lead's field goes on to its partners, without a label of their own. */
const PARTNER_CUE = /(?:và\s+)?phối\s+hợp\s+(?:với|cùng)\s+/iu;

function fieldOf(word: string): Labelled {
  const key = compareKey(word);
  if (key === 'chu tri') return 'lead';
  if (key === 'phoi hop') return 'partners';
  if (key === 'ket qua' || key === 'san pham') return 'result';
  return 'deadline';
}

/**
 * A label opens a field where a line, a bracket or a clause opens, or in
 * capitals where a PDF copy ran it on after the task ("… quản lý Chủ trì: …");
 * inside a sentence it is words ("báo cáo kết quả: …", "sản phẩm: chè, hồi").
 */
function startsField(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[(;.,:–—-]$/u.test(before) || /^\p{Lu}/u.test(text.slice(at));
}

/**
 * "(Sở Nội vụ chủ trì, phối hợp với …; thời gian: …)": the lead named before
 * the words, in brackets; not "(do Bộ Chính trị chủ trì ban hành)", where a
 * verb follows and the words tell who did something else.
 */
const LEAD_BEFORE =
  /\((?:\s*do)?\s*([^():;]+?)\s+(?:là\s+(?:cơ\s+quan|đơn\s+vị)\s+)?chủ\s+trì(?=\s*(?:[,;)]|phối\s+hợp|$))\s*[,;]?\s*/iu;

/** The brackets' lead written as a label ("(Chủ trì: Sở Nội vụ; …)"), so one reading serves both. */
function leadInBrackets(text: string): string {
  const m = LEAD_BEFORE.exec(text);
  if (!m || /chủ\s+trì\s*:/iu.test(text)) return text;
  const rest = text.slice(m.index + m[0].length).replace(/^phối\s+hợp\s+(?:với|cùng)\s+/iu, 'Phối hợp: ');
  return `${text.slice(0, m.index)}(Chủ trì: ${m[1]}) (${rest}`;
}

/** A value up to a closing bracket it did not open: "(chủ trì: Sở Nội vụ)" gives "Sở Nội vụ". */
function untilClose(value: string): string {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')' && depth-- === 0) return value.slice(0, i);
  }
  return value;
}

/** The labelled fields of a paragraph, or null when it has no label. */
export function taskFields(raw: string): TaskFields | null {
  const text = leadInBrackets(raw);
  const labels = [...text.matchAll(LABEL)].filter((m) => startsField(text, m.index ?? 0));
  if (labels.length === 0) return null;
  const first = labels[0].index ?? 0;
  const out: TaskFields = { task: cleanText(trimEndOf(text.slice(0, first), '([,;:–—-')) };
  labels.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = i + 1 < labels.length ? (labels[i + 1].index ?? text.length) : text.length;
    const value = cleanText(trimEndOf(untilClose(text.slice(from, to)), ';,.'));
    const field = fieldOf(m[1]);
    if (value !== '' && out[field] === undefined) out[field] = value;
    if (value === '' && i === labels.length - 1) out.pending = field;
  });
  // "Chủ trì: Sở Nội vụ, phối hợp với Sở Tài chính": the partners follow the lead in one field.
  const cue = out.lead === undefined ? null : PARTNER_CUE.exec(out.lead);
  if (out.lead !== undefined && cue) {
    out.partners ??= out.lead.slice(cue.index + cue[0].length);
    out.lead = trimEndOf(out.lead.slice(0, cue.index), ',;');
  }
  return out;
}

/** Two runs of fields, the first one's values kept where both say. */
export function mergeFields(a: TaskFields, b: TaskFields): TaskFields {
  const out: TaskFields = { task: a.task, pending: b.pending };
  for (const field of ['lead', 'partners', 'deadline', 'result'] as const) {
    const value = a[field] ?? b[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/**
 * The agencies a field names, as the table reader will read the cell back:
 * split as a list ("Sở Tài chính, Sở Tư pháp", "- Sở A - Sở B -"), each
 * canonical where the registry knows it, else as written.
 */
export function fieldAgencies(value: string, registry: AgencyRegistry): string[] {
  const names: string[] = [];
  for (const item of value.split(/(?:^|\s)[-–+•](?=\s|$)/u)) {
    const text = trimOf(cleanText(item), ',;.');
    if (text === '') continue;
    // Names one after another as a sentence joins them ("Sở Nội vụ và UBND các xã, phường"), when that is all it says.
    const found = namesAt(text, registry, { unknown: true });
    const whole = found.names.length > 0 && /^[\s,;.]*$/u.test(text.slice(found.length));
    if (whole) names.push(...found.names.map((f) => f.canonical));
    else
      for (const part of splitAgencyList(text, registry)) {
        const name = upperFirst(cleanText(part));
        if (name !== '') names.push(registry.resolve(name).canonical ?? name);
      }
  }
  return canonicalNames([...new Set(names)], registry);
}

/**
 * The paragraph at `i` read with its labelled fields, in it or on the label
 * lines right below it, and the index after them; null when no label is near.
 * A label line with nothing above it to belong to comes back with an empty task.
 */
export function labelledTask(body: PlanParagraph[], i: number): { fields: TaskFields; next: number } | null {
  let fields = taskFields(body[i].text);
  if (fields?.task === '') return { fields, next: i + 1 };
  let next = i + 1;
  for (; next < body.length; next++) {
    const line = body[next].text;
    const more = taskFields(line);
    // "Cơ quan chủ trì:" at a line's end, the name on the next line (a PDF copy breaks it so).
    if (!more && fields?.pending && fields[fields.pending] === undefined) {
      fields = { ...fields, [fields.pending]: cleanText(trimEndOf(line, ';,.')), pending: undefined };
      continue;
    }
    // A paragraph numbered of its own ("3. Kết quả: …") is the next item, not this one's field.
    if (!more || more.task !== '' || labelKind(body[next].label) !== null) break;
    fields = mergeFields(fields ?? { task: body[i].text }, more);
  }
  return fields ? { fields, next } : null;
}

/**
 * A task whose labels say its fields: they win over what the sentence names
 * (`base`, the task as the sentence alone is read), and what no label says is kept.
 */
export function labelledDraft(
  task: string,
  lead: string[],
  fields: TaskFields,
  heading: string,
  paragraph: number,
  registry: AgencyRegistry,
  base?: DraftTask,
): DraftTask {
  const partners = fields.partners
    ? fieldAgencies(fields.partners, registry)
    : (base?.partners ?? partnersIn(task, registry));
  const deadline = fields.deadline
    ? (findDeadline(fields.deadline)?.deadline ?? parseDeadline(fields.deadline))
    : (base?.deadline ?? findDeadline(task)?.deadline ?? null);
  return {
    task,
    lead,
    partners: partners.filter((a) => !lead.includes(a)),
    result: fields.result ?? '',
    deadline,
    source: { heading, paragraph, proposed: true },
  };
}

/** A group of tasks named as such, a short line of its own: "1. Nhóm nhiệm vụ về thể chế", "Lĩnh vực y tế". */
const GROUP_HEADING = /^(nhom|linh vuc)\b/;
const isGroupHeading = (p: PlanParagraph) =>
  !p.bullet && p.text.length < 120 && !/[.;]$/u.test(p.text) && GROUP_HEADING.test(compareKey(p.text));
const TASK_HEADING = /\b(nhiem vu|giai phap|nhom giai phap|hoat dong|to chuc thuc hien|phan cong)\b/;

/**
 * The label lines right under a group heading, read as one set of fields:
 * "Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: năm 2026", or "Chủ
 * trì: …" and "Thời hạn: …" on lines of their own, or "Cơ quan chủ trì:" with
 * the name on the next line. Null when the line at `i` is not a label line.
 */
function groupFieldLines(body: PlanParagraph[], i: number): { fields: TaskFields; next: number } | null {
  let fields = null as TaskFields | null;
  let next = i;
  for (; next < body.length; next++) {
    const more = taskFields(body[next].text);
    if (more?.task === '') {
      fields = fields ? mergeFields(fields, more) : more;
      continue;
    }
    // "Cơ quan chủ trì:" at a line's end, the name on the next line.
    const pending: Labelled | undefined = fields?.pending;
    if (
      fields &&
      pending &&
      fields[pending] === undefined &&
      !more &&
      !body[next].label &&
      !body[next].bullet
    ) {
      fields = { ...fields, [pending]: cleanText(trimEndOf(body[next].text, ';,.')), pending: undefined };
      continue;
    }
    break;
  }
  return fields ? { fields, next } : null;
}

export interface GroupHeading {
  /** The lead, partners, deadline (and result) written once for the group; null when none is. */
  fields: TaskFields | null;
  /** The heading's numbering: a heading of the same numbering, or a shallower one, ends the group. */
  label: ReturnType<typeof labelKind>;
  /** The index after the heading and its label lines. */
  next: number;
}

/**
 * A group heading at `i` ("1. Nhóm nhiệm vụ về thể chế", "Lĩnh vực y tế") with
 * what it says for its tasks: in the heading ("… (Sở Tư pháp chủ trì)") or on
 * the label lines right under it ("Cơ quan chủ trì: Sở Tư pháp; thời gian
 * hoàn thành: năm 2026"). Null when the paragraph is no group heading.
 */
export function groupHeadingAt(body: PlanParagraph[], i: number): GroupHeading | null {
  const p = body[i];
  if (!isGroupHeading(p)) return null;
  const own = taskFields(p.text);
  let fields = own && (own.lead || own.partners || own.deadline) ? own : null;
  const lines = groupFieldLines(body, i + 1);
  if (lines) fields = fields ? mergeFields(fields, lines.fields) : lines.fields;
  if (fields && !fields.lead && !fields.partners && !fields.deadline && !fields.result) fields = null;
  return { fields, label: labelKind(p.label), next: lines?.next ?? i + 1 };
}

/**
 * What a group heading's lead, partners and deadline give a task under it that
 * does not say them itself: its own label or sentence wins.
 */
export function withGroupFields(task: DraftTask, group: TaskFields, registry: AgencyRegistry): DraftTask {
  const partners = group.partners
    ? [...new Set([...task.partners, ...fieldAgencies(group.partners, registry)])]
    : task.partners;
  const deadline =
    task.deadline ??
    (group.deadline ? (findDeadline(group.deadline)?.deadline ?? parseDeadline(group.deadline)) : null);
  return {
    ...task,
    partners: partners.filter((a) => !task.lead.includes(a)),
    deadline,
    result: task.result || (group.result ?? ''),
  };
}

/** The tasks of a group heading end where a heading of the same numbering, or a shallower one, begins. */
export function endsGroup(group: ReturnType<typeof labelKind>, p: PlanParagraph): boolean {
  const kind = labelKind(p.label);
  return group !== null && kind !== null && kind.kind === group.kind && kind.depth <= group.depth;
}

/**
 * The tasks with a labelled lead among paragraphs `from` to `to` (exclusive),
 * each under the nearest section heading ("II. NHIỆM VỤ, GIẢI PHÁP") above it.
 * Past the appendix's "Phụ lục" line, its sections ("I. NHÓM GIẢI PHÁP THỂ
 * CHẾ") are the groups of its tasks, as in an appendix table.
 */
export function labelledTasksIn(
  paras: PlanParagraph[],
  from: number,
  to: number,
  registry: AgencyRegistry,
  opts: { underTaskHeadings?: boolean } = {},
): DraftTask[] {
  const body = paras.slice(Math.max(0, from), Math.max(0, to));
  const out: DraftTask[] = [];
  // Above every numbered part: the plan itself (document content, Vietnamese like the workbook).
  let heading = t('draft.source.plan', {}, 'vi');
  let under = 0;
  let inAppendix = false;
  let group: string | null = null;
  /**
   * The lead, partners and deadline written once for a group of tasks ("1. Nhóm nhiệm vụ về thể
   * chế" and under it "Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: năm 2026"): given to each
   * task below that does not say its own, up to the next group or section heading.
   */
  let groupFields: TaskFields | null = null;
  let groupLabel: ReturnType<typeof labelKind> = null;
  for (let i = 0; i < body.length; i++) {
    const p = body[i];
    if (endsGroup(groupLabel, p)) groupFields = groupLabel = null;
    if (isAppendixLabel(p.text)) {
      inAppendix = true;
      group = null;
      heading = shownText(p);
      under = 0;
      groupFields = groupLabel = null;
    } else if (labelKind(p.label)?.kind === 'roman' || p.heading !== null || isGroupHeading(p)) {
      heading = shownText(p);
      if (inAppendix) group = heading;
      under = 0;
      groupFields = groupLabel = null;
      // "1. Nhóm nhiệm vụ về thể chế" is a group of tasks, and the label lines under it are the group's.
      const grouped = groupHeadingAt(body, i);
      if (grouped) {
        groupFields = grouped.fields;
        groupLabel = grouped.label;
        i = grouped.next - 1;
        continue;
      }
    }
    // Outside the implementation section, only where a heading says tasks follow ("II. NHIỆM VỤ, GIẢI
    // PHÁP"): purposes and background tell what was done and by whom, in the same words.
    if (opts.underTaskHeadings && !TASK_HEADING.test(compareKey(heading))) continue;
    const labelled = labelledTask(body, i);
    // A task of the group written without labels: "a) Rà soát …", "- Xây dựng …".
    const item = (p.label !== null || p.bullet) && !/:$/.test(p.text.trim());
    const fields = labelled?.fields ?? (item && groupFields?.lead ? { task: p.text } : null);
    if (labelled) i = labelled.next - 1;
    if (!fields || fields.task === '') continue;
    const lead = fields.lead ?? groupFields?.lead;
    if (!lead) continue;
    under++;
    const own = labelledDraft(fields.task, fieldAgencies(lead, registry), fields, heading, under, registry);
    const task = groupFields ? withGroupFields(own, groupFields, registry) : own;
    out.push(group ? { ...task, group } : task);
  }
  return out;
}
