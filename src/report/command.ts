import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load.js';
import { lint } from '../engine/lint.js';
import type { SyncBases } from '../sync/source.js';
import type { Io } from '../main.js';
import { checkLocales, localeList, withUsage, resolvePaths } from '../commands/arguments.js';
import { progressBar } from './progress.js';
import { buildReport, REPORT_FORMATS, type ReportFormat } from './report.js';

export const REPORT_USAGE = `Usage: l10n-lint report [options] [paths...]

Writes a report of where every locale stands: coverage, drift per rule and per
locale, and each page's findings beside the canonical lines they refer to.

Options:
  -o, --out FILE        write the report to FILE (default: standard output)
  -f, --format NAME     html (one self-contained file), csv (one row per finding)
                        or json (counts per locale and rule, coverage percentages,
                        translations up to date, outdated, never stamped);
                        default: from the extension of --out, else html
      --history DIR     add this run's summary to DIR (one JSON file per run);
                        the HTML report shows the trend of the runs in DIR
  -c, --config PATH     config file (default: looked for from here upward)
      --locale LIST     only these locales, comma-separated (de,es)
  -h, --help            show this help

Exit codes: 0 report written (whatever it found), 2 usage, configuration or
internal error.
`;

/** `l10n-lint report`: resolves to the exit code; errors are thrown as for the main command. */
export async function reportCommand(argv: string[], io: Io, now: () => Date = () => new Date()): Promise<number> {
  const args = parseReportArguments(argv);
  if (args.help) {
    io.stdout.write(REPORT_USAGE);
    return 0;
  }
  const config = loadConfig(io.cwd, args.config);
  checkLocales(config, args.locales);
  const paths = args.paths.length > 0 ? await resolvePaths(args.paths, io.cwd, config.root) : undefined;

  const bar = progressBar(io.stderr);
  // The sync bases the `outdated` rule looks up, kept for the report's sync status.
  const syncBases: SyncBases = new Map();
  const result = await lint(config, {
    syncBases,
    ...(paths ? { paths } : {}),
    ...(args.locales ? { locales: args.locales } : {}),
    progress: (done, total) => bar.update('pages checked', done, total),
  });
  const { output, summary } = buildReport(config, result, {
    format: args.format,
    locales: config.locales.map((l) => l.code).filter((code) => !args.locales || args.locales.includes(code)),
    generated: now().toISOString(),
    ...(args.history ? { history: path.resolve(io.cwd, args.history) } : {}),
    syncBases,
    progress: (done, total) => bar.update('pages quoted', done, total),
    warn: (message) => {
      bar.end();
      io.stderr.write(`l10n-lint: ${message}\n`);
    },
  });
  bar.end();

  if (args.out) {
    const target = path.resolve(io.cwd, args.out);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, output);
    const findings = summary.errors + summary.warnings;
    const locales = summary.locales.length;
    io.stdout.write(`Wrote ${path.relative(io.cwd, target) || target}: ${summary.files} files, ${findings} ${findings === 1 ? 'finding' : 'findings'}, ${locales} ${locales === 1 ? 'locale' : 'locales'}.\n`);
  } else {
    io.stdout.write(output);
  }
  return 0;
}

interface ReportArguments {
  paths: string[];
  out?: string;
  format: ReportFormat;
  history?: string;
  config?: string;
  locales?: string[];
  help: boolean;
}

function parseReportArguments(argv: string[]): ReportArguments {
  const { values, positionals } = withUsage(
    () => parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        history: { type: 'string' },
        config: { type: 'string', short: 'c' },
        locale: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
    (message) => `report: ${message}\n\n${REPORT_USAGE}`,
  );
  const format = values.format ?? formatOfFile(values.out) ?? 'html';
  if (!REPORT_FORMATS.includes(format as ReportFormat)) throw new ConfigError(`report --format: unknown format "${format}" (known: ${REPORT_FORMATS.join(', ')})`);
  const locales = localeList(values.locale);
  return {
    paths: positionals,
    ...(values.out !== undefined ? { out: values.out } : {}),
    format: format as ReportFormat,
    ...(values.history !== undefined ? { history: values.history } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(locales ? { locales } : {}),
    help: values.help ?? false,
  };
}

function formatOfFile(file: string | undefined): ReportFormat | undefined {
  const extension = file ? path.extname(file).slice(1).toLowerCase() : '';
  return extension === 'csv' || extension === 'json' ? extension : undefined;
}
