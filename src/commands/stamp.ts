import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load.js';
import type { Io } from '../main.js';
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
export async function stampCommand(argv: string[], io: Io, resolvePaths: (paths: string[], cwd: string, root: string) => Promise<string[]>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { config: { type: 'string', short: 'c' }, locale: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new ConfigError(`stamp: ${(error as Error).message} (${STAMP_USAGE})`);
  }
  if (parsed.values.help) {
    io.stdout.write(`${STAMP_USAGE}\n\n${STAMP_HELP}`);
    return 0;
  }
  const config = loadConfig(io.cwd, parsed.values.config);
  const locales = parsed.values.locale?.flatMap((list) => list.split(',')).map((code) => code.trim()).filter(Boolean);
  const unknown = locales?.filter((code) => !config.locales.some((l) => l.code === code)) ?? [];
  if (unknown.length > 0) throw new ConfigError(`--locale: ${unknown.join(', ')} not in ${path.basename(config.file)} (configured: ${config.locales.map((l) => l.code).join(', ')})`);
  const paths = parsed.positionals.length > 0 ? await resolvePaths(parsed.positionals, io.cwd, config.root) : undefined;

  const result = await stamp(config, { ...(paths ? { paths } : {}), ...(locales ? { locales } : {}) });
  const shown = (file: string) => path.relative(io.cwd, path.join(config.root, file)).split(path.sep).join('/');
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
