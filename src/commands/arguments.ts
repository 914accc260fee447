import { statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/load.js';
import { ConfigError } from '../config/error.js';

/**
 * A command line read with Node's `parseArgs`: a mistake in it becomes a
 * ConfigError (exit 2) with the message `usageError` makes of parseArgs' own.
 */
export function withUsage<T>(read: () => T, usageError: (message: string) => string): T {
  try {
    return read();
  } catch (error) {
    throw new ConfigError(usageError((error as Error).message));
  }
}

/** `--locale de,es --locale pt` as `['de', 'es', 'pt']`; undefined when not given. */
export function localeList(given: readonly string[] | undefined): string[] | undefined {
  return given?.flatMap((list) => list.split(',')).map((code) => code.trim()).filter(Boolean);
}

/** Fails (exit 2) for a `--locale` the config does not have. */
export function checkLocales(config: Config, locales: readonly string[] | undefined): void {
  const unknown = locales?.filter((code) => !config.locales.some((l) => l.code === code)) ?? [];
  if (unknown.length > 0) {
    throw new ConfigError(`--locale: ${unknown.join(', ')} not in ${path.basename(config.file)} (configured: ${config.locales.map((l) => l.code).join(', ')})`);
  }
}

/** Command-line paths (files or folders, relative to the working directory) as paths relative to the config root. */
export async function resolvePaths(paths: string[], cwd: string, root: string): Promise<string[]> {
  const resolved: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    if (relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) {
      throw new ConfigError(`${given}: outside the folder of the config file (${root})`);
    }
    let stats;
    try {
      stats = statSync(absolute);
    } catch (cause) {
      throw new ConfigError(`${given}: ${(cause as NodeJS.ErrnoException).code === 'ELOOP' ? 'a symbolic link that leads back to itself' : 'no such file or folder'}`);
    }
    if (stats.isDirectory()) {
      const prefix = relative === '' ? '' : relative + '/';
      const { glob } = await import('tinyglobby');
      const found = await glob('**/*.{md,markdown,mdx}', { cwd: absolute, ignore: ['**/node_modules/**', '**/.git/**'] });
      resolved.push(...found.sort().map((file) => prefix + file));
    } else {
      resolved.push(relative);
    }
  }
  return [...new Set(resolved)];
}
