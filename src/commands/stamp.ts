import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import type { Io } from '../main.js';
import { checkLocales, localeList, withUsage, resolvePaths } from './arguments.js';
import { relativePath } from '../formatters/paths.js';
import { stamp } from '../sync/stamp.js';

export const STAMP_USAGE = 'usage: l10n-lint stamp [paths...] [--locale LIST] [--config PATH]';

const STAMP_HELP = `Declares translations in sync with their canonical pages as they are now: the
outdated rule then reports the canonical sections that change. With no paths, every
translation; with paths, those pages and their counterparts. Stamps go to the
lockfile (l10n-lint.lock.json) or, with sync.store "front-matter", into each
translation's front matter.
`;

/**
 * `l10n-lint stamp`: declares translations in sync with their canonical pages as
 * they are now. Prints one line per stamp written, then a count. Exit code 0 when
 * every translation of the run is stamped, 2 for a usage or config problem, when no
 * translation matches, or when some could not be stamped (each named on stderr).
 */
export async function stampCommand(argv: string[], io: Io): Promise<number> {
  const parsed = withUsage(
    () => parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { config: { type: 'string', short: 'c' }, locale: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    }),
    (message) => `stamp: ${message} (${STAMP_USAGE})`,
  );
  if (parsed.values.help) {
    io.stdout.write(`${STAMP_USAGE}\n\n${STAMP_HELP}`);
    return 0;
  }
  const config = loadConfig(io.cwd, parsed.values.config);
  const locales = localeList(parsed.values.locale);
  checkLocales(config, locales);
  const paths = parsed.positionals.length > 0 ? await resolvePaths(parsed.positionals, io.cwd, config.root) : undefined;

  const result = await stamp(config, { ...(paths ? { paths } : {}), ...(locales ? { locales } : {}) });
  const shown = (file: string) => relativePath(config.root, file, io.cwd);
  const total = result.stamped.length + result.unchanged.length + result.problems.length;
  if (total === 0) {
    io.stderr.write('l10n-lint stamp: no translated page matches; nothing was stamped\n');
    return 2;
  }
  for (const pair of result.stamped) io.stdout.write(`stamped ${shown(pair.file)} (in sync with ${shown(pair.canonical)})\n`);
  for (const file of result.removed) io.stdout.write(`removed the stamp of ${file}, which no longer exists\n`);
  for (const problem of result.problems) io.stderr.write(`l10n-lint stamp: ${shown(problem.file)}: ${problem.message}\n`);
  const where = result.lockfile ? ` in ${shown(path.relative(config.root, result.lockfile))}` : ' in front matter';
  const pages = (n: number) => `${n} ${n === 1 ? 'translation' : 'translations'}`;
  io.stdout.write(`Stamped ${pages(result.stamped.length)}${where}; ${result.unchanged.length} already up to date.\n`);
  return result.problems.length > 0 ? 2 : 0;
}
