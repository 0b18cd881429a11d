/**
 * Draft tasks proposed from a plan's implementation section ("Tổ chức thực
 * hiện"), for a plan that has no appendix table. Each agency heading names the
 * lead; each bullet or paragraph under it is one task, its text kept whole;
 * partners and the deadline come from the sentence itself; results are left
 * for staff. The reporting duty is also returned as the plan's reporting
 * deadline. Sentences that assign nothing (context, closing lines) are skipped.
 */
import type { AgencyRegistry } from '../agency/registry';
import type { Deadline } from '../model/task';
import { compareKey } from '../text/compare-key';
import {
  canonicalNames,
  headingAgencies,
  namesAt,
  partnersIn,
  recipientsIn,
  subjectOf,
  type HeadingAgencies,
} from './agencies-in-text';
import { findDeadline } from './deadline-in-text';
import { isAppendixLabel, shownText, type PlanDocument, type PlanParagraph } from './document';
import { labelKind } from './inline';
import {
  endsGroup,
  fieldAgencies,
  groupHeadingAt,
  labelledDraft,
  labelledTask,
  labelledTasksIn,
  withGroupFields,
  type GroupHeading,
} from './task-fields';

export interface DraftSource {
  /** The heading the row comes from, as shown ("1.2. Sở Nội vụ", "Phụ lục"). */
  heading: string;
  /** 1-based: the paragraph under that heading, or the row of the document's table. */
  paragraph: number;
  /** True for a row proposed from the text; false for one read from a table in the document. */
  proposed: boolean;
}

export interface DraftTask {
  /** The row number as the document's table writes it; proposed tasks are numbered when written. */
  stt?: string | null;
  /** The group heading a table row sits under. */
  group?: string | null;
  task: string;
  lead: readonly string[];
  partners: readonly string[];
  result: string;
  /** The deadline as written in the sentence; null when it names none. */
  deadline: Deadline | null;
  source: DraftSource;
  /** A sub-row of the task above in the document's table: their STT and task cells are one merged cell. */
  subRow?: boolean;
}

export interface ReportDeadline {
  /** Who reports: the lead(s) of the duty, joined with "; ". */
  from: string;
  /** To whom: canonical name. */
  to: string;
  deadline: Deadline;
}

export interface Proposal {
  /** The section heading found ("IV. TỔ CHỨC THỰC HIỆN"), or null when the plan has none. */
  section: string | null;
  tasks: DraftTask[];
  reportDeadlines: ReportDeadline[];
  focalAgency: string | null;
  /** The tasks are the appendix's own, written out after its "Phụ lục" line with labelled leads. */
  appendixRead: boolean;
}

const SECTION = /^to chuc thuc hien\b/;
/** Paragraphs after which the plan's body is over. */
const END = /^(noi nhan|tren day la|phu luc$|tm |kt |thay mat)/;
/**
 * Openings of sentences that set context rather than assign work: "Bên cạnh
 * các nhiệm vụ chung nêu trên, …", "Trong quá trình thực hiện, …",
 * "UBND tỉnh yêu cầu các sở, … tổ chức triển khai thực hiện …" (the closing line).
 */
const CONTEXT =
  /^(ben canh|tren day|trong qua trinh|ubnd tinh yeu cau|uy ban nhan dan tinh yeu cau|kinh phi thuc hien)\b/;
/**
 * Headings of parts that assign nothing: funding, purpose, grounds. Under one
 * ("KINH PHÍ THỰC HIỆN", bold or in capitals, unnumbered) no paragraph is a
 * task until the next agency or topic heading.
 */
const NO_TASKS =
  /^(kinh phi|nguon kinh phi|du toan kinh phi|muc dich|muc tieu|can cu|co so phap ly|quan diem|thuc trang|ket qua dat duoc)\b/;
/** "Nguồn kinh phí thực hiện Kế hoạch"; a longer line is a sentence ("Mục tiêu … phải đạt …"). */
const MAX_NO_TASK_HEADING_WORDS = 7;
const FOCAL = /\bdau moi\b/;
const TOPIC = /^(ve|doi voi|trach nhiem|nhiem vu|phan cong)\b/;
const MAX_TOPIC_LENGTH = 120;
const REPORT = /\bbao cao\b/;
/**
 * Verbs that give an agency work, folded. A sentence without one that says
 * what an agency is ("Sở Y tế là cơ quan chuyên môn thuộc UBND tỉnh, có chức
 * năng tham mưu về y tế") assigns nothing.
 */
const DUTY =
  /\b(?:chu tri|phoi hop|dau moi|xay dung|to chuc|trien khai|thuc hien|tham muu|bao cao|theo doi|don doc|kiem tra|giam sat|huong dan|ra soat|de xuat|tong hop|ban hanh|tuyen truyen|bao dam|dam bao|bo tri|chi dao|nghien cuu|ho tro|cap nhat|hoan thanh|tiep tuc|day manh|tang cuong|nang cao|phat trien|danh gia|cung cap|dao tao|boi duong|tham dinh|phe duyet|van dong|khao sat|ket noi|thu hut|huy dong|chuan bi|lua chon|phat dong|tap huan|hoan thien|sua doi|bo sung|chu dong)\b/;
/** What an agency's description says of its remit: "có chức năng tham mưu về y tế" is no duty. */
const REMIT = /\b(?:co|thuc hien) chuc nang\b[^,;.]*/g;

function isSectionHeading(p: PlanParagraph): boolean {
  return (
    SECTION.test(compareKey(p.text)) &&
    !p.bullet &&
    (labelKind(p.label)?.kind === 'roman' || p.heading !== null || p.bold)
  );
}

function isEnd(p: PlanParagraph): boolean {
  return labelKind(p.label)?.kind === 'roman' || END.test(compareKey(p.text));
}

/** A short line in capitals ("KINH PHÍ THỰC HIỆN"): a heading, however it is formatted. */
function isCapitals(p: PlanParagraph): boolean {
  const text = p.text.replace(/[:.]+$/u, '');
  return (
    !p.bullet &&
    text.length < MAX_TOPIC_LENGTH &&
    /\p{Lu}{2}/u.test(text) &&
    text === text.toLocaleUpperCase('vi') &&
    !/[.;]/u.test(text)
  );
}

/** The section's paragraphs: up to the next section or the signature, and no further than the closing "./.". */
function sectionBody(paras: PlanParagraph[], start: number): PlanParagraph[] {
  const body: PlanParagraph[] = [];
  for (const p of paras.slice(start + 1)) {
    if (isEnd(p)) break;
    body.push(p);
    if (/\.\/\.$/.test(p.text)) break;
  }
  return body;
}

/**
 * A definition, not a duty: "<agency> là …" (or "Là …" under the agency's
 * heading) with no verb that gives work anywhere in the paragraph, once the
 * agency's remit ("có chức năng tham mưu …") is set aside. "Là cơ quan đầu
 * mối chủ trì, theo dõi …" assigns the focal role and stays a task.
 */
function isDefinition(text: string, registry: AgencyRegistry): boolean {
  const rest = text.slice(namesAt(text, registry, { unknown: true }).length);
  if (!/^\s*là(?![\p{L}\d])/iu.test(rest)) return false;
  // What it is ("là tổ chức chính trị - xã hội") and its remit are not work given to it.
  const said = compareKey(rest)
    .replace(/^la (?:mot )?(?:to chuc|co quan|don vi)\b/, '')
    .replace(REMIT, ' ');
  return !DUTY.test(said);
}

/** Words that assign nothing: a lead-in ending with ":", a note in brackets, a closing line, a definition. */
function assignsNothing(p: PlanParagraph, registry: AgencyRegistry): boolean {
  const text = p.text.trim();
  return (
    /:$/.test(text) || /^\(.*\)$/.test(text) || CONTEXT.test(compareKey(text)) || isDefinition(text, registry)
  );
}

const INVITE = /^(?:kinh )?de nghi\b/;

/**
 * A heading of the section that can name an agency: numbered "1.", "1.1.",
 * "9)", "a)", a heading style, or bold; or a plain line that is an
 * invitation ("Đề nghị Liên đoàn Lao động tỉnh") or nothing but known names.
 */
function mayBeHeading(p: PlanParagraph, registry: AgencyRegistry): HeadingAgencies | null {
  if (p.bullet) return null;
  const named = headingAgencies(p.text, registry);
  if (!named) return null;
  if (labelKind(p.label) !== null || p.heading !== null || p.bold) return named;
  if (/[.;]$/u.test(p.text)) return null;
  if (INVITE.test(compareKey(p.text))) return named;
  return named.lead.every((a) => registry.resolve(a).kind !== 'unknown') ? named : null;
}

/**
 * A heading that names a subject, not an agency: in a heading style or bold,
 * or numbered and worded as a topic ("Về …", "Trách nhiệm …"). A short
 * numbered line without such words is a task ("2. Xây dựng kế hoạch đào tạo").
 */
function isTopicHeading(p: PlanParagraph): boolean {
  if (p.bullet || p.text.length >= MAX_TOPIC_LENGTH || /[.;]$/.test(p.text)) return false;
  return (
    p.heading !== null ||
    p.bold ||
    isCapitals(p) ||
    (['decimal', 'group'].includes(labelKind(p.label)?.kind ?? '') && TOPIC.test(compareKey(p.text)))
  );
}

/** A heading of a part that assigns nothing ("KINH PHÍ THỰC HIỆN", "3. Kinh phí thực hiện"). */
function isNoTaskHeading(p: PlanParagraph): boolean {
  return (
    !p.bullet &&
    p.text.split(' ').length <= MAX_NO_TASK_HEADING_WORDS &&
    !/[.;]$/.test(p.text) &&
    (p.heading !== null || p.bold || isCapitals(p) || labelKind(p.label) !== null) &&
    NO_TASKS.test(compareKey(p.text))
  );
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+(?=\p{Lu})/u);
}

export function proposeTasks(doc: PlanDocument, registry: AgencyRegistry): Proposal {
  const paras = doc.blocks.filter((b): b is PlanParagraph => b.kind === 'paragraph' && !b.footnote);
  const start = paras.findIndex(isSectionHeading);
  const end = paras.findIndex((p) => END.test(compareKey(p.text)));
  // An appendix written out as paragraphs ("Phụ lục" … "1. Ban hành …↵- Cơ quan chủ trì: …"): its
  // tasks are the plan's own list, as an appendix table's rows are.
  const appendixAt = paras.findIndex((p) => isAppendixLabel(p.text));
  const appendix = appendixAt < 0 ? [] : labelledTasksIn(paras, appendixAt, paras.length, registry);
  const plain =
    appendix.length && start >= 0 && start < appendixAt
      ? proposeTasks({ blocks: paras.slice(0, appendixAt) }, registry)
      : null;
  // The appendix is the plan's list only when it lists at least as many tasks as the section assigns: a
  // "Phụ lục" of something else (a list of people honoured, one line naming who organised it) is not.
  if (appendix.length && (!plain || appendix.length >= plain.tasks.length)) {
    return {
      section: shownText(paras[appendixAt]),
      tasks: appendix,
      reportDeadlines: plain?.reportDeadlines ?? [],
      focalAgency: plain?.focalAgency ?? null,
      appendixRead: true,
    };
  }
  if (start < 0) {
    // No implementation section: tasks the plan writes out with a labelled lead are still its tasks.
    const labelled = labelledTasksIn(paras, 0, end < 0 ? paras.length : end, registry);
    return {
      section: labelled[0]?.source.heading ?? null,
      tasks: labelled,
      reportDeadlines: [],
      focalAgency: null,
      appendixRead: false,
    };
  }

  const section = shownText(paras[start]);
  const tasks: DraftTask[] = [];
  const reportDeadlines: ReportDeadline[] = [];
  let focalAgency: string | null = null;
  let heading: {
    text: string;
    lead: string[];
    partners: string[];
    /** A group heading's lead, partners and deadline, written once for the tasks under it. */
    group?: GroupHeading;
  } | null = null;
  let under = 0;
  /** Under a heading of funding or purpose: nothing is a task until the next agency or topic heading. */
  let paused = false;

  const body = sectionBody(paras, start);
  const bodyEnd = start + 1 + body.length;
  for (let i = 0; i < body.length; i++) {
    // "1. Nhóm nhiệm vụ về thể chế" with "Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: năm
    // 2026" under it: the group's lead and deadline go to each task below that does not name its own.
    const grouped = groupHeadingAt(body, i);
    if (grouped?.fields) {
      const { fields } = grouped;
      heading = {
        text: shownText(body[i]),
        lead: fields.lead ? fieldAgencies(fields.lead, registry) : [],
        partners: fields.partners ? fieldAgencies(fields.partners, registry) : [],
        group: grouped,
      };
      under = 0;
      paused = false;
      i = grouped.next - 1;
      continue;
    }
    // The next group heading, lead line or not, ends the tasks of a group with one.
    if (grouped && heading?.group) {
      heading = { text: shownText(body[i]), lead: [], partners: [] };
      under = 0;
      paused = false;
      continue;
    }
    // A numbered line as shallow as the group's heading is past its tasks.
    if (heading?.group && endsGroup(heading.group.label, body[i]))
      heading = { text: section, lead: [], partners: [] };
    // A task with labelled fields ("Chủ trì: …", "Thời gian: …" on its lines or in brackets):
    // the labels say what the sentence would otherwise be read for, and their lines are no tasks.
    const at = i;
    const labelled = labelledTask(body, at);
    if (labelled) i = labelled.next - 1;
    if (labelled?.fields.task === '') continue;
    const fields = labelled?.fields;
    const p = fields ? { ...body[at], text: fields.task } : body[at];
    if (fields?.lead) {
      heading ??= { text: section, lead: [], partners: [] };
      under++;
      paused = false;
      const lead = fieldAgencies(fields.lead, registry);
      const task = labelledDraft(p.text, lead, fields, heading.text, under, registry);
      tasks.push(heading.group?.fields ? withGroupFields(task, heading.group.fields, registry) : task);
      continue;
    }
    // An item of a group whose lead is written once ("a) Rà soát …", "- Xây dựng …") is one of its tasks.
    const groupItem: boolean =
      heading?.group !== undefined && heading.lead.length > 0 && (p.label !== null || p.bullet);
    const named: HeadingAgencies | null = groupItem ? null : mayBeHeading(p, registry);
    if (named) {
      heading = { text: shownText(p), lead: named.lead, partners: named.partners };
      under = 0;
      paused = false;
      continue;
    }
    if (!groupItem && isNoTaskHeading(p)) {
      paused = true;
      continue;
    }
    // A topic heading ("2. Về công tác tuyên truyền"): the tasks under it name their own lead.
    if (!groupItem && isTopicHeading(p)) {
      heading = { text: shownText(p), lead: [], partners: [] };
      under = 0;
      paused = false;
      continue;
    }
    if (paused) continue;
    // A numbered paragraph that opens with an agency ("2. Sở Nội vụ chủ trì, …") assigns the task to it.
    const own = labelKind(p.label) ? subjectOf(p.text, registry) : [];
    if (!heading && !own.length) continue;
    heading ??= { text: section, lead: [], partners: [] };
    under++;
    if (assignsNothing(p, registry)) continue;

    const lead = canonicalNames(
      own.length ? own : heading.lead.length ? heading.lead : subjectOf(p.text, registry),
      registry,
    );
    // A row without a lead is no task anyone can be given: the sentence is not a proposal.
    if (!lead.length) continue;
    const partners = [
      ...new Set([...(own.length ? [] : heading.partners), ...partnersIn(p.text, registry)]),
    ].filter((a) => !lead.includes(a));
    const found = findDeadline(p.text);
    const base: DraftTask = {
      task: p.text,
      lead,
      partners,
      result: '',
      deadline: found?.deadline ?? null,
      source: { heading: heading.text, paragraph: under, proposed: true },
    };
    const draft = heading.group?.fields ? withGroupFields(base, heading.group.fields, registry) : base;
    tasks.push(fields ? labelledDraft(p.text, lead, fields, heading.text, under, registry, draft) : draft);

    for (const s of sentences(p.text)) {
      const key = compareKey(s);
      if (FOCAL.test(key) && lead.length === 1) focalAgency ??= lead[0];
      if (!REPORT.test(key) || !lead.length) continue;
      const due = findDeadline(s);
      const to = recipientsIn(s, registry)[0];
      if (!due || !to) continue;
      // "trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm": two reporting deadlines.
      for (const deadline of due.parts) reportDeadlines.push({ from: lead.join('; '), to, deadline });
    }
  }

  // The body every agency reports to is the focal agency; failing that, the one called "đầu mối".
  const toProvince = reportDeadlines.find((r) => !registry.resolve(r.to).national);
  const focal = toProvince?.to ?? focalAgency;
  // Tasks written out with a labelled lead in the plan's other parts ("II. NHIỆM VỤ, GIẢI PHÁP":
  // "1. Xây dựng … (chủ trì: Sở Nội vụ; thời gian: năm 2026)"), in the document's order.
  const onlyTasks = { underTaskHeadings: true };
  const before = labelledTasksIn(paras, 0, start, registry, onlyTasks);
  const after = labelledTasksIn(paras, bodyEnd, end > bodyEnd ? end : paras.length, registry, onlyTasks);
  const all = [...before, ...tasks, ...after];
  return {
    section: tasks.length || !all.length ? section : all[0].source.heading,
    tasks: all,
    reportDeadlines,
    focalAgency: focal === null ? null : (registry.resolve(focal).canonical ?? focal),
    appendixRead: false,
  };
}
