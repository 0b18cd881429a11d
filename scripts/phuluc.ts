/**
 * The `phuluc` command line (CONTRACT.md). Parsing and checking of options
 * happens here; each command's work lives in src/node/commands/.
 */
import { Command, CommanderError, Option } from 'commander';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dateInVietnam, isIsoDate } from '../src/core/deadline/dates';
import { isLang, t, type Lang } from '../src/core/messages';
import {
  EXIT_FINDINGS,
  EXIT_USAGE,
  OutputError,
  processIO,
  UsageError,
  type CommandIO,
} from '../src/node/commands/io';
import type { DraftOptions, FixOptions } from '../src/node/commands/options';

/** The version from package.json, found upward from here (the built CLI sits one level deeper). */
function packageVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file))
      return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return '0.0.0';
}

/** Today in Vietnam: the default as-of date (read once, here at the edge). */
const todayInVietnam = (): string => dateInVietnam(new Date());

function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new UsageError('cli.badDate', { value });
  return value;
}

function year(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new UsageError('cli.badYear', { value });
  return Number(value);
}

function langFromArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return v && isLang(v) ? v : 'vi';
}

export function buildProgram(io: CommandIO, lang: Lang, setExit: (code: number) => void): Command {
  const m = (id: string) => t(id, {}, lang);
  const abs = (p: string) => path.resolve(io.cwd, p);
  // `fix` and `draft` take the same options: one file in, one workbook out.
  const oneFileOptions = (o: Record<string, string | boolean | undefined>): FixOptions & DraftOptions => ({
    out: abs(o.out as string),
    json: Boolean(o.json),
    force: Boolean(o.force),
    agencies: typeof o.agencies === 'string' ? abs(o.agencies) : undefined,
    province: o.province as string | undefined,
    lang: o.lang as Lang,
  });
  const langOption = () => new Option('--lang <lang>', m('cli.opt.lang')).choices(['vi', 'en']).default('vi');
  // Each command's modules load only when it runs: `phuluc merge` need not load the .docx reader.
  const run = (work: () => Promise<number>) => async () => setExit(await work());

  const program = new Command('phuluc')
    .description(m('cli.program'))
    .version(packageVersion(), '-V, --version', m('cli.opt.version'))
    .helpOption('-h, --help', m('cli.opt.help'))
    .showHelpAfterError()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (text, write) => write(usageMessage(text, lang)),
    })
    // Descriptions already say the choices and defaults in the reader's language; commander's notes would be English.
    .configureHelp({ optionDescription: (o) => o.description, styleTitle: (title) => helpTitle(title, lang) })
    .exitOverride();
  program.addHelpCommand(false);

  program
    .command('validate')
    .description(m('cli.validate'))
    .argument('<file...>', m('cli.arg.files'))
    .option('--json', m('cli.opt.json'))
    .option('--plan <plan-file>', m('cli.opt.plan'))
    .option('--as-of <date>', m('cli.opt.asOf'), isoDate)
    .option('--plan-date <date>', m('cli.opt.planDate'), isoDate)
    .option('--horizon <year>', m('cli.opt.horizon'), year)
    .option('--agencies <file>', m('cli.opt.agencies'))
    .option('--province <name>', m('cli.opt.province'))
    .addOption(langOption())
    .action((files: string[], o) =>
      run(async () =>
        (await import('../src/node/commands/validate')).runValidate(
          files.map(abs),
          {
            json: Boolean(o.json),
            plan: o.plan && abs(o.plan),
            asOf: o.asOf ?? todayInVietnam(),
            planDate: o.planDate,
            horizon: o.horizon,
            agencies: o.agencies && abs(o.agencies),
            province: o.province,
            lang: o.lang,
          },
          io,
        ),
      )(),
    );

  program
    .command('fix')
    .description(m('cli.fix'))
    .argument('<file>', m('cli.arg.file'))
    .requiredOption('--out <file>', m('cli.opt.out'))
    .option('--json', m('cli.opt.json'))
    .option('--agencies <file>', m('cli.opt.agencies'))
    .option('--province <name>', m('cli.opt.province'))
    .option('--force', m('cli.opt.force'))
    .addOption(langOption())
    .action((file: string, o) =>
      run(async () =>
        (await import('../src/node/commands/fix')).runFix([abs(file)], oneFileOptions(o), io),
      )(),
    );

  program
    .command('merge')
    .description(m('cli.merge'))
    .argument('<input...>', m('cli.arg.inputs'))
    .requiredOption('--out <report.xlsx>', m('cli.opt.out'))
    .option('--plan <plan-file>', m('cli.opt.plan'))
    .option('--as-of <date>', m('cli.opt.asOf'), isoDate)
    .option('--json <summary.json>', m('cli.opt.jsonFile'))
    .option('--agencies <file>', m('cli.opt.agencies'))
    .option('--province <name>', m('cli.opt.province'))
    .option('--force', m('cli.opt.force'))
    .addOption(langOption())
    .action((inputs: string[], o) =>
      run(async () =>
        (await import('../src/node/commands/merge')).runMerge(
          inputs.map(abs),
          {
            out: abs(o.out),
            plan: o.plan && abs(o.plan),
            asOf: o.asOf ?? todayInVietnam(),
            json: o.json === '-' ? '-' : o.json && abs(o.json),
            force: Boolean(o.force),
            agencies: o.agencies && abs(o.agencies),
            province: o.province,
            lang: o.lang,
          },
          io,
        ),
      )(),
    );

  program
    .command('template')
    .description(m('cli.template'))
    .requiredOption('--plan <plan-file>', m('cli.opt.plan'))
    .requiredOption('--out <folder>', m('cli.opt.outFolder'))
    .option('--agencies <file>', m('cli.opt.agencies'))
    .option('--province <name>', m('cli.opt.province'))
    .option('--collectives', m('cli.opt.collectives'))
    .option('--force', m('cli.opt.force'))
    .addOption(langOption())
    .action((o) =>
      run(async () =>
        (await import('../src/node/commands/template')).runTemplate(
          [],
          {
            plan: abs(o.plan),
            out: abs(o.out),
            force: Boolean(o.force),
            collectives: Boolean(o.collectives),
            agencies: o.agencies && abs(o.agencies),
            province: o.province,
            lang: o.lang,
          },
          io,
        ),
      )(),
    );

  program
    .command('draft')
    .description(m('cli.draft'))
    .argument('<plan>', m('cli.arg.planDoc'))
    .requiredOption('--out <appendix.xlsx>', m('cli.opt.out'))
    .option('--json', m('cli.opt.json'))
    .option('--province <name>', m('cli.opt.province'))
    .option('--agencies <file>', m('cli.opt.agencies'))
    .option('--force', m('cli.opt.force'))
    .addOption(langOption())
    .action((plan: string, o) =>
      run(async () =>
        (await import('../src/node/commands/draft')).runDraft([abs(plan)], oneFileOptions(o), io),
      )(),
    );

  return program;
}

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Global Options:': 'cli.help.globalOptions',
};

/** Help's headings ("Usage:", "Options:" …) in the reader's language. */
function helpTitle(title: string, lang: Lang): string {
  const id = HELP_TITLES[title];
  return id ? t(id, {}, lang) : title;
}

/** Commander's own usage errors ("error: unknown option '--x'"), in the reader's language. */
const USAGE: [RegExp, string, string[]][] = [
  [/^error: unknown option '([^']+)'/, 'cli.usage.unknownOption', ['option']],
  [/^error: unknown command '([^']+)'/, 'cli.usage.unknownCommand', ['command']],
  [/^error: required option '([^']+)' not specified/, 'cli.usage.requiredOption', ['option']],
  [/^error: missing required argument/, 'cli.usage.missingArgument', []],
  [/^error: option '([^']+)' argument missing/, 'cli.usage.optionArgument', ['option']],
  [/^error: too many arguments/, 'cli.usage.tooMany', []],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+?)\./,
    'cli.usage.invalidChoice',
    ['option', 'value', 'choices'],
  ],
];

function usageMessage(text: string, lang: Lang): string {
  for (const [pattern, id, keys] of USAGE) {
    const m = pattern.exec(text);
    if (!m) continue;
    const data = Object.fromEntries(keys.map((k, i) => [k, m[i + 1].trim()]));
    const hint = /\(Did you mean (.+?)\?\)/.exec(text);
    return `${t(id, data, lang)}${hint ? `\n${t('cli.usage.didYouMean', { option: hint[1] }, lang)}` : ''}\n`;
  }
  return text;
}

/** Runs the CLI on argv (without "node" and the script) and resolves to the exit code. */
export async function main(argv: string[], io: CommandIO = processIO()): Promise<number> {
  const lang = langFromArgv(argv);
  let code = 0;
  const program = buildProgram(io, lang, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; anything else is wrong usage.
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      io.err(`phuluc: ${t(e.messageId, e.data, lang)}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof OutputError) {
      io.err(`phuluc: ${t(e.messageId, e.data, lang)}\n`);
      return EXIT_FINDINGS;
    }
    // A bug, not a user's mistake: one line, no stack trace (PHULUC_DEBUG=1 shows it).
    io.err(
      `phuluc: ${t('cli.internalError', { detail: e instanceof Error ? e.message : String(e) }, lang)}\n`,
    );
    if (process.env.PHULUC_DEBUG) io.err(`${(e as Error).stack}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
