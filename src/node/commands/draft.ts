/**
 * `phuluc draft <plan> --out <appendix.xlsx>`: the appendix workbook drafted
 * from a plan document (.docx, .txt, .md), then read back and checked by the
 * validator itself, so what is reported is what `phuluc validate` will say.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { draftPlan, type DraftOutcome } from '../../core/draft/draft';
import { readPlanHeader } from '../../core/draft/metadata';
import { draftTable, planJson, planLines } from '../../core/draft/summary';
import { dateInVietnam } from '../../core/deadline/dates';
import { checkWorkbook } from '../../core/engine';
import { messageRef, t, type Lang, type MessageData } from '../../core/messages';
import type { Context } from '../../core/model/context';
import type { TaskTable } from '../../core/model/task';
import { compareKey } from '../../core/text/compare-key';
import { displayPath } from '../display-path';
import { readPlanFile, type PlanFormat } from '../docx/plan-document';
import { countSeverities, issueJson, SCHEMA_VERSION, tableJson, taskJson } from '../format/validate-json';
import { validateText } from '../format/validate-text';
import { readWorkbookBuffer } from '../read';
import { loadRegistry } from '../registry-file';
import { appendixPlacement, writeAppendixWorkbook } from '../write/appendix';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CommandIO } from './io';
import type { DraftOptions } from './options';
import { upperFirst } from '../../core/text/normalize';

/** The legacy encodings as offices know them. */
const ENCODING_NAMES = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI' } as const;

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/**
 * Writes next to the output and renames, so a half-written workbook never
 * carries its name. Without --force a hard link refuses an output that
 * appeared meanwhile instead of replacing it (where the disk has no hard
 * links, as on a FAT-formatted USB stick, the existence check stands alone).
 */
function writeAtomically(out: string, bytes: Uint8Array, force: boolean, shown: string): void {
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  fs.writeFileSync(tmp, bytes, { flag: 'wx' });
  try {
    if (!force) {
      try {
        fs.linkSync(tmp, out);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST' || fs.existsSync(out))
          throw new UsageError('cli.outputExists', { file: shown });
      }
    }
    fs.renameSync(tmp, out);
  } finally {
    if (fs.existsSync(tmp)) fs.unlinkSync(tmp);
  }
}

/** Why the output could not be written, as a message id. */
function writeReason(e: unknown): string {
  switch ((e as NodeJS.ErrnoException | null)?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'draft.writeReason.denied';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'draft.writeReason.noFolder';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'draft.writeReason.full';
    case 'EROFS':
      return 'draft.writeReason.readOnly';
    case 'EBUSY':
      return 'draft.writeReason.busy';
    case 'EISDIR':
      return 'draft.writeReason.isFolder';
    default:
      return 'draft.writeReason.other';
  }
}

interface Failure {
  code: string;
  messageId: string;
  data: MessageData;
}

function failureOf(outcome: Extract<DraftOutcome, { ok: false }>, shown: string): Failure {
  switch (outcome.problem) {
    case 'empty':
      return { code: 'E_DRAFT_EMPTY', messageId: 'draft.fail.empty', data: { path: shown } };
    case 'no-tasks':
      return {
        code: 'E_DRAFT_NO_TASKS',
        messageId: 'draft.fail.noTasks',
        data: { path: shown, section: outcome.section ?? '' },
      };
    default:
      return { code: 'E_DRAFT_NO_SECTION', messageId: 'draft.fail.noSection', data: { path: shown } };
  }
}

/**
 * A draft that wrote nothing. Under --json the document has the shape of a
 * successful one (CONTRACT.md: the `validate` shape), as `validate` answers
 * for a file it cannot read: the input listed with no table and one
 * error-severity issue without a cell, and a summary counting it.
 */
function fail(
  io: CommandIO,
  opts: { json: boolean; lang: Lang },
  input: string,
  f: Failure,
  /** The plan's metadata once read, and the file the issue is about (the input unless said). */
  about: { plan?: ReturnType<typeof planJson>; path?: string; format?: PlanFormat | 'xlsx' } = {},
): number {
  const message = t(f.messageId, f.data, opts.lang);
  io.err(`phuluc: ${message}\n`);
  if (opts.json) {
    const issue = {
      code: f.code,
      severity: 'error' as const,
      sheet: null,
      cell: null,
      row: null,
      field: null,
      message: upperFirst(message),
      suggestion: null,
    };
    const doc = {
      schemaVersion: SCHEMA_VERSION,
      input,
      output: null,
      mode: null,
      notes: [],
      plan: about.plan ?? null,
      files: [{ path: about.path ?? input, format: about.format ?? null, tables: [], issues: [issue] }],
      summary: { files: 1, tables: 0, tasks: 0, errors: 1, warnings: 0, infos: 0 },
      // Kept from the first form of this document, for scripts that read it.
      error: { code: f.code, message },
    };
    io.out(JSON.stringify(doc, null, 2) + '\n');
  }
  return EXIT_FINDINGS;
}

/** CONTRACT.md: `draft … --out <appendix.xlsx>`; anything else is wrong usage, said before reading the plan. */
function checkOutputName(out: string, shown: string): void {
  if (path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError('draft.outNotXlsx', { file: shown });
}

export async function runDraft(inputs: string[], opts: DraftOptions, io: CommandIO): Promise<number> {
  const input = inputs[0];
  const out = opts.out;
  const shownIn = displayPath(input, io.cwd);
  const shownOut = displayPath(out, io.cwd);
  checkOutputName(out, shownOut);
  if (samePath(input, out)) throw new UsageError('cli.outputIsInput', { file: shownOut });
  if (fs.existsSync(out) && !opts.force) throw new UsageError('cli.outputExists', { file: shownOut });

  const read = await readPlanFile(input);
  if (!read.ok) {
    return fail(io, opts, shownIn, {
      code: 'E_FILE_UNREADABLE',
      messageId: 'draft.fail.unreadable',
      data: { path: shownIn, reason: messageRef(read.reason) },
    });
  }
  const header = readPlanHeader(read.doc);
  // The user's --province wins, for the plan's metadata and for the registry alike.
  const province = opts.province ?? header.province ?? null;
  const registry = loadRegistry({ ...opts, province: province ?? undefined }, io);
  const provinceDiffers =
    opts.province !== undefined &&
    header.province !== null &&
    compareKey(opts.province) !== compareKey(header.province);
  const outcome = draftPlan(read.doc, { ...header, province }, registry);
  if (!outcome.ok)
    return fail(io, opts, shownIn, failureOf(outcome, shownIn), {
      plan: planJson(outcome.meta),
      format: read.format,
    });

  const table = draftTable(outcome.titleLines, outcome.tasks);
  const bytes = await writeAppendixWorkbook(table, { title: outcome.titleLines.slice(1).join(' ') });

  // Read back exactly what was written, through the validator; the file is ours, so no zip-bomb ratio applies.
  const back = await readWorkbookBuffer(bytes, path.basename(out), { maxRatio: Number.POSITIVE_INFINITY });
  if (!back.ok) throw new Error(`the drafted workbook cannot be read back (${back.reason})`);
  // Today in Vietnam, for the rules that need an as-of date (the clock read here, at the edge).
  const ctx: Context = {
    asOf: dateInVietnam(new Date()),
    planDate: header.date,
    horizon: header.horizon,
    registry,
  };
  const { tables, findings } = checkWorkbook(back.workbook, ctx);

  try {
    writeAtomically(out, bytes, opts.force, shownOut);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // Named plainly: not the system's errno text, nor the temporary file written beside the output.
    return fail(
      io,
      opts,
      shownIn,
      {
        code: 'E_OUTPUT_UNWRITABLE',
        messageId: 'draft.fail.write',
        data: { path: shownOut, detail: messageRef(writeReason(e)) },
      },
      { plan: planJson(outcome.meta), path: shownOut, format: 'xlsx' },
    );
  }

  const rowSource = new Map(appendixPlacement(table).taskRows.map((row, i) => [row, i]));
  const withSources = (tb: TaskTable) => ({
    ...tableJson(tb),
    tasks: tb.tasks.map((task) => {
      const i = rowSource.get(task.row);
      return { ...taskJson(task), source: i === undefined ? null : outcome.tasks[i].source };
    }),
  });

  if (opts.json) {
    const doc = {
      schemaVersion: SCHEMA_VERSION,
      input: shownIn,
      output: shownOut,
      mode: outcome.mode,
      notes: [
        ...(read.legacy ? [`legacy-${read.legacy}`] : []),
        ...(outcome.appendixUnread ? ['appendix-unread'] : []),
      ],
      plan: planJson(outcome.meta),
      files: [
        {
          path: shownOut,
          format: 'xlsx',
          tables: tables.map(withSources),
          issues: findings.map((f) => issueJson(f, opts.lang)),
        },
      ],
      summary: {
        files: 1,
        tables: tables.length,
        tasks: tables.reduce((n, tb) => n + tb.tasks.length, 0),
        ...countSeverities(findings),
      },
    };
    io.out(JSON.stringify(doc, null, 2) + '\n');
  } else {
    const lines = [
      t('draft.plan', { path: shownIn }, opts.lang),
      ...planLines(outcome.meta, opts.lang).map((l) => `  ${l}`),
      '',
    ];
    if (provinceDiffers)
      lines.push(
        t('draft.provinceGiven', { given: province ?? '', document: header.province ?? '' }, opts.lang),
      );
    if (read.legacy)
      lines.push(t('draft.legacyConverted', { encoding: ENCODING_NAMES[read.legacy] }, opts.lang));
    if (outcome.appendixUnread) lines.push(t('draft.appendixUnread', {}, opts.lang));
    lines.push(
      outcome.mode === 'table'
        ? t('draft.mode.table', { tasks: outcome.tasks.length }, opts.lang)
        : t(
            'draft.mode.proposed',
            { tasks: outcome.tasks.length, section: outcome.section ?? '' },
            opts.lang,
          ),
    );
    lines.push(t('draft.written', { path: shownOut }, opts.lang), '', t('draft.check', {}, opts.lang));
    io.out(
      lines.join('\n') +
        '\n' +
        validateText([{ path: shownOut, format: 'xlsx', tables, findings }], opts.lang),
    );
  }
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
