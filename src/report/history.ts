import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Summary } from './summary.js';

/**
 * Adds a run's summary to the history folder, one JSON file per run named by its
 * time (`2026-11-30T03-31-35.123Z.json`, `-2` added if taken). Returns the file written.
 */
export function appendHistory(dir: string, summary: Summary): string {
  mkdirSync(dir, { recursive: true });
  const stem = summary.generated.replaceAll(':', '-');
  for (let n = 1; ; n++) {
    const file = path.join(dir, `${stem}${n === 1 ? '' : `-${n}`}.json`);
    try {
      writeFileSync(file, JSON.stringify(summary, null, 2) + '\n', { flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * The summaries in the history folder, oldest first. A file that is not a summary
 * is skipped, and `warn` is told its name and why.
 */
export function readHistory(dir: string, warn: (message: string) => void): Summary[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const summaries: Summary[] = [];
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      warn(`${file}: skipped, not readable JSON (${(error as Error).message})`);
      continue;
    }
    if (isSummary(value)) summaries.push(value);
    else warn(`${file}: skipped, not an l10n-lint summary`);
  }
  return summaries.sort((a, b) => (a.generated < b.generated ? -1 : a.generated > b.generated ? 1 : 0));
}

function isSummary(value: unknown): value is Summary {
  if (typeof value !== 'object' || value === null) return false;
  const summary = value as Partial<Summary>;
  return (
    summary.kind === 'l10n-lint-summary' &&
    typeof summary.generated === 'string' &&
    Array.isArray(summary.locales) &&
    summary.locales.every((l) => typeof l?.locale === 'string' && typeof l.coverage === 'number' && typeof l.errors === 'number' && typeof l.warnings === 'number')
  );
}
