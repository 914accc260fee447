import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../config/load.js';
import type { Plan } from './plan.js';

/**
 * The folders a config names must exist: a typo in `root` or `source` would
 * otherwise lint nothing and pass.
 */
export function checkFolders(config: Config): void {
  const name = path.basename(config.file);
  if (!isFolder(config.root)) throw new ConfigError(`${name}: root: the folder ${config.root} does not exist`);
  const sourceFolder = path.join(config.root, config.source.root);
  if (config.source.root !== '' && !existsSync(sourceFolder)) {
    throw new ConfigError(`${name}: source: the folder ${config.source.root} of the canonical pages ("${config.source.source}") does not exist under ${config.root}`);
  }
}

/**
 * Warnings for a whole run: a locale none of whose patterns matched a single file
 * (a typo in a pattern), and a source pattern that matched no page.
 */
export function unmatchedPatterns(config: Config, plan: Plan, locales?: readonly string[]): string[] {
  const seen = new Set([...plan.pairs, ...plan.orphans, ...plan.strays].map((entry) => entry.locale));
  const warnings: string[] = [];
  if (plan.pairs.length === 0 && plan.missing.length === 0) {
    warnings.push(`no canonical page matches source "${config.source.source}"`);
  }
  for (const locale of config.locales) {
    if (locales && !locales.includes(locale.code)) continue;
    if (seen.has(locale.code)) continue;
    const patterns = locale.patterns.map((pattern) => `"${pattern.source}"`).join(', ');
    warnings.push(`no file matches the pattern${locale.patterns.length > 1 ? 's' : ''} of locale "${locale.code}" (${patterns}): every page is missing its translation`);
  }
  return warnings;
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
