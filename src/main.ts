import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from './config/error.js';
import type { Config, Severity } from './config/load.js';
import type { LintOptions, LintResult } from './engine/lint.js';
import { FORMATTERS } from './formatters/load.js';
import { checkLocales, localeList, resolvePaths, withUsage } from './commands/arguments.js';
import { VERSION } from './version.js';

// Only what every run needs is imported above: the engine, the subcommands and the
// formatters are loaded once the command line says they are needed, so that --help,
// --version and usage errors answer at once.

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

export const USAGE = `Usage: l10n-lint [options] [paths...]
       l10n-lint init [--force]   write a config for the layout found here
       l10n-lint stamp [paths...] [--locale LIST]
                                  declare translations in sync with their
                                  canonical pages as they are now
       l10n-lint report [--out FILE] [--format html|csv|json] [--history DIR] [paths...]
                                  write a coverage and drift report (report --help)
       l10n-lint merge [-o FILE] REPORT...
                                  join the reports of --shard runs into one

Checks that every translation of a Markdown page keeps the structure of its
canonical page. With no paths, lints every page the config maps; with paths,
those pages and their counterparts in the other locales.

Options:
  -c, --config PATH        config file (default: l10n-lint.config.{json,yaml,yml},
                           looked for from the working directory upward)
  -f, --format NAME        output format: ${Object.keys(FORMATTERS).join(', ')} (default: stylish)
  -o, --output-file PATH   write the report to a file instead of standard output
      --locale LIST        only these locales, comma-separated (de,es)
      --changed-since REF  only pages changed since git REF (committed since the
                           branch left REF, staged, unstaged or untracked), with
                           their counterparts; reports on the changed pages and
                           the translations of changed canonical pages
      --rule ID:SEVERITY   set a rule's severity (error, warn, off); repeatable
      --quiet              report errors only
      --max-warnings N     exit 1 when there are more than N warnings
      --fix                fix what can be fixed safely in the translations
                           (never in canonical pages), then report what is left
      --fix-dry-run        compute the fixes without writing them (the json
                           format shows each fixed file as "output")
      --print-config FILE  print the settings that apply to FILE, and exit
      --report-unused-disable-directives
                           report disable comments that suppress nothing
      --baseline FILE      report only findings that FILE does not hold
      --update-baseline    write the current findings to the baseline file
                           (--baseline FILE, or l10n-lint-baseline.json beside
                           the config file) and report nothing
      --online             also check that external links answer (HTTP requests;
                           answers are cached for a day)
      --cache              keep page models and findings in the cache folder, so
                           that a run re-parses and re-checks only what changed
      --cache-location DIR folder of l10n-lint's caches (default: .l10n-lint-cache
                           beside the config file); --online keeps links.json there
      --shard I/N          lint only part I of N (a canonical page and its
                           translations stay together); join the parts' reports
                           with l10n-lint merge
      --workers N          threads that parse and check pages (default: one per
                           core; none for a run of a few pages; 0: the main thread)
      --color, --no-color  force colours on or off (NO_COLOR and FORCE_COLOR are honoured)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage, configuration or internal error.
`;

/** Runs the command line; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`l10n-lint: ${error.message}\n`);
    } else {
      io.stderr.write(`l10n-lint: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    return 2;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'init') {
    const { init } = await import('./init/init.js');
    const force = argv.includes('--force');
    const unknown = argv.slice(1).filter((arg) => arg !== '--force');
    if (unknown.length > 0) throw new ConfigError(`init: unknown argument ${unknown[0]} (usage: l10n-lint init [--force])`);
    const { file, layout } = await init(io.cwd, force);
    io.stdout.write(`Wrote ${path.relative(io.cwd, file)}: ${layout.evidence}; ${layout.pairs} pages have a translation.\n`);
    return 0;
  }
  if (argv[0] === 'stamp') return (await import('./commands/stamp.js')).stampCommand(argv.slice(1), io);
  if (argv[0] === 'report') return (await import('./report/command.js')).reportCommand(argv.slice(1), io);
  if (argv[0] === 'merge') return (await import('./commands/merge.js')).merge(argv.slice(1), io);
  const args = parseArguments(argv);
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (args.version) {
    io.stdout.write(VERSION + '\n');
    return 0;
  }

  const loadFormatter = FORMATTERS[args.format];
  if (!loadFormatter) throw new ConfigError(`--format: unknown format "${args.format}" (known: ${Object.keys(FORMATTERS).join(', ')})`);

  const { loadConfig } = await import('./config/load.js');
  const config = loadConfig(io.cwd, args.config);
  checkLocales(config, args.locales);
  if (args.printConfig !== undefined) {
    const { printConfig } = await import('./engine/print-config.js');
    const [file = ''] = await resolvePaths([args.printConfig], io.cwd, config.root);
    io.stdout.write(JSON.stringify(await printConfig(config, file, args.rules), null, 2) + '\n');
    return 0;
  }
  const given = args.paths.length > 0 ? await resolvePaths(args.paths, io.cwd, config.root) : undefined;
  if (args.changedSince !== undefined && args.updateBaseline) throw new ConfigError('--changed-since and --update-baseline: a baseline is written from a run of every page; drop --changed-since');
  const changed = args.changedSince !== undefined ? await changedPagesSince(args.changedSince, config, given) : undefined;
  const paths = changed ? changed.paths : given;
  const baselineFile = path.resolve(io.cwd, args.baseline ?? path.join(path.dirname(config.file), 'l10n-lint-baseline.json'));
  const baseline = args.baseline !== undefined && !args.updateBaseline ? (await import('./engine/baseline.js')).readBaseline(baselineFile, args.baseline) : undefined;

  const cacheDir = args.cacheLocation ? path.resolve(io.cwd, args.cacheLocation) : path.join(path.dirname(config.file), '.l10n-lint-cache');
  const cacheFile = path.join(cacheDir, 'links.json');
  const lintOptions: LintOptions = {
    // Only fixing needs the files' hashes, and `lintAndFix` asks for them itself.
    hashes: false,
    ...(paths ? { paths } : {}),
    ...(args.locales ? { locales: args.locales } : {}),
    rules: args.rules,
    ...(args.online ? { online: async (urls: string[]) => (await import('./links/online.js')).checkUrls(urls, { cacheFile }) } : {}),
    ...(args.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: true } : {}),
    ...(baseline ? { baseline } : {}),
    ...(args.cache ? { cache: cacheDir } : {}),
    ...(args.workers !== undefined ? { workers: args.workers } : {}),
    ...(args.shard ? { shard: args.shard } : {}),
  };
  let result =
    args.fix || args.fixDryRun
      ? await (await import('./engine/autofix.js')).lintAndFix(config, lintOptions, !args.fix)
      : await (await import('./engine/lint.js')).lint(config, lintOptions);
  if (!paths) {
    const { unmatchedPatterns } = await import('./discover/unmatched.js');
    for (const warning of unmatchedPatterns(config, result.plan, args.locales)) io.stderr.write(`l10n-lint: warning: ${warning}\n`);
  }
  if (args.updateBaseline) {
    const { createBaseline, serialiseBaseline } = await import('./engine/baseline.js');
    await writeFile(baselineFile, serialiseBaseline(createBaseline(result.results.map((file) => file.findings))));
    const count = result.results.reduce((sum, file) => sum + file.findings.length, 0);
    io.stderr.write(`l10n-lint: wrote ${count} ${count === 1 ? 'finding' : 'findings'} to ${path.relative(io.cwd, baselineFile) || baselineFile}\n`);
    return 0;
  }
  if (changed) result = (await import('./changed/scope.js')).scopeToPages(result, changed);
  if (args.quiet) result = errorsOnly(result);

  const color = !args.outputFile && useColor(args.color, io);
  const formatter = await loadFormatter();
  const context = { cwd: io.cwd, color };
  const output = formatter.chunks ? formatter.chunks(result, context) : [formatter(result, context)];
  if (args.outputFile) {
    const target = path.resolve(io.cwd, args.outputFile);
    await mkdir(path.dirname(target), { recursive: true });
    const handle = await open(target, 'w');
    try {
      await writeReport(output, async (text) => void (await handle.write(text)), true, WRITE_SIZE.file);
    } finally {
      await handle.close();
    }
  } else {
    await writeReport(output, (text) => writeOut(io.stdout, text), false, WRITE_SIZE.stdout);
  }

  const errors = result.results.reduce((sum, file) => sum + file.errorCount, 0);
  const warnings = result.results.reduce((sum, file) => sum + file.warningCount, 0);
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr.write(`l10n-lint found too many warnings (maximum: ${args.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/**
 * Pieces of a report are gathered up to this size before each write: the size of a
 * pipe's buffer for standard output; more for a file, where each write has a cost of
 * its own (a 70 MB report took 0.6 s in 1 MiB writes, 1.0 s in 64 KiB ones).
 */
const WRITE_SIZE = { stdout: 1 << 16, file: 1 << 20 };

/**
 * Writes a report as its formatter gives it, a few pieces at a time (writes of about
 * `size` characters), ending it with a line break. `always`: write even an empty report
 * (to a file, which then stays empty); standard output gets nothing for an empty report.
 */
async function writeReport(pieces: Iterable<string>, write: (text: string) => Promise<void>, always: boolean, size: number): Promise<void> {
  let pending = '';
  let last = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    pending += piece;
    last = piece;
    if (pending.length >= size) {
      await write(pending);
      pending = '';
    }
  }
  if (last === '' && !always) return;
  await write(last === '' || last.endsWith('\n') ? pending : pending + '\n');
}

/** Writes to standard output, waiting while a stream's buffer is full. */
function writeOut(stdout: Io['stdout'], text: string): Promise<void> {
  if (text === '' || stdout.write(text) !== false || !('once' in stdout)) return Promise.resolve();
  return new Promise((resolve) => (stdout as NodeJS.WritableStream).once('drain', () => resolve()));
}

/** The pages changed since a git commit (`--changed-since`), within the given paths. */
async function changedPagesSince(ref: string, config: Config, given: string[] | undefined) {
  const [{ changedSince }, { changedPages, withinGiven }] = await Promise.all([import('./changed/git.js'), import('./changed/scope.js')]);
  return withinGiven(changedPages(config, await changedSince(ref, config.root)), given);
}

interface Arguments {
  paths: string[];
  config?: string;
  format: string;
  outputFile?: string;
  locales?: string[];
  changedSince?: string;
  rules: Record<string, Severity>;
  quiet: boolean;
  maxWarnings?: number;
  color?: boolean;
  online: boolean;
  cacheLocation?: string;
  cache: boolean;
  workers?: number;
  shard?: { index: number; count: number };
  printConfig?: string;
  fix: boolean;
  fixDryRun: boolean;
  reportUnusedDisableDirectives: boolean;
  baseline?: string;
  updateBaseline: boolean;
  help: boolean;
  version: boolean;
}

function parseArguments(argv: string[]): Arguments {
  const { values, positionals } = withUsage(
    () => parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        'output-file': { type: 'string', short: 'o' },
        locale: { type: 'string', multiple: true },
        'changed-since': { type: 'string' },
        rule: { type: 'string', multiple: true },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        online: { type: 'boolean', default: false },
        'print-config': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'report-unused-disable-directives': { type: 'boolean', default: false },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        cache: { type: 'boolean', default: false },
        workers: { type: 'string' },
        shard: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    }),
    (message) => `${message}\n\n${USAGE}`,
  );

  const rules: Record<string, Severity> = {};
  for (const spec of values.rule ?? []) {
    const match = /^([\w@/.-]+):(error|warn|off)$/.exec(spec);
    if (!match?.[1] || !match[2]) throw new ConfigError(`--rule ${spec}: expected ID:SEVERITY, with SEVERITY error, warn or off`);
    rules[match[1]] = match[2] as Severity;
  }

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new ConfigError(`--max-warnings ${values['max-warnings']}: expected a whole number, 0 or more`);
  }

  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0) throw new ConfigError(`--workers ${values.workers}: expected a whole number, 0 or more`);
  }

  let shard: { index: number; count: number } | undefined;
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) throw new ConfigError(`--shard ${values.shard}: expected I/N, a part I from 1 to N (such as 2/4)`);
    shard = { index, count };
  }

  const locales = localeList(values.locale);
  const color = values['no-color'] ? false : values.color;
  return {
    paths: positionals,
    ...(values.config !== undefined ? { config: values.config } : {}),
    format: values.format ?? 'stylish',
    ...(values['output-file'] !== undefined ? { outputFile: values['output-file'] } : {}),
    ...(locales ? { locales } : {}),
    ...(values['changed-since'] !== undefined ? { changedSince: values['changed-since'] } : {}),
    rules,
    quiet: values.quiet ?? false,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(color !== undefined ? { color } : {}),
    online: values.online ?? false,
    ...(values['print-config'] !== undefined ? { printConfig: values['print-config'] } : {}),
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
    updateBaseline: values['update-baseline'] ?? false,
    ...(values['cache-location'] !== undefined ? { cacheLocation: values['cache-location'] } : {}),
    cache: values.cache ?? false,
    ...(workers !== undefined ? { workers } : {}),
    ...(shard ? { shard } : {}),
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    results: result.results.map((file) => {
      const findings = file.findings.filter((f) => f.severity === 'error');
      return { ...file, findings, errorCount: findings.length, warningCount: 0 };
    }),
  };
}

function useColor(flag: boolean | undefined, io: Io): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') return true;
  return io.stdout.isTTY === true;
}
