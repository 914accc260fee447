import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/load.js';
import type { SectionPrint } from './sections.js';

/**
 * The lockfile (`l10n-lint.lock.json`): for every stamped translation, the canonical
 * page's sections at the moment it was declared in sync. Written with sorted keys and
 * one value per line, so that a stamp shows in a review as a few changed lines.
 */
export interface Lockfile {
  version: 1;
  /** Translation path (root-relative) to its stamp. */
  pages: Record<string, LockEntry>;
}

export interface LockEntry {
  canonical: string;
  /** The day of the stamp (YYYY-MM-DD), kept while the stamp does not change. */
  date: string;
  /** Section key (heading path) to its fingerprints and text. */
  sections: Record<string, SectionPrint>;
}

export function emptyLockfile(): Lockfile {
  return { version: 1, pages: {} };
}

/** Reads a lockfile; a missing one is empty, a broken one a clear error naming it. */
export function readLockfile(file: string): Lockfile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return emptyLockfile();
    throw new ConfigError(`${path.basename(file)}: cannot read the lockfile (${(cause as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`${path.basename(file)}: the lockfile does not parse (${(cause as Error).message}); restore it from version control or delete it and run l10n-lint stamp`);
  }
  const problem = shapeProblem(data);
  if (problem) throw new ConfigError(`${path.basename(file)}: not an l10n-lint lockfile: ${problem}; restore it from version control or delete it and run l10n-lint stamp`);
  return data as Lockfile;
}

function shapeProblem(data: unknown): string | null {
  if (!isObject(data)) return 'expected a JSON object';
  if (data.version !== 1) return `unknown version ${JSON.stringify(data.version)} (expected 1)`;
  if (!isObject(data.pages)) return '"pages" must be an object';
  for (const [page, entry] of Object.entries(data.pages)) {
    if (!isObject(entry) || typeof entry.canonical !== 'string' || typeof entry.date !== 'string' || !isObject(entry.sections)) {
      return `the stamp of ${page} must have "canonical", "date" and "sections"`;
    }
    for (const [key, section] of Object.entries(entry.sections)) {
      if (!isObject(section) || typeof section.heading !== 'string' || typeof section.text !== 'string' || !Array.isArray(section.blocks) || !section.blocks.every((b) => typeof b === 'string')) {
        return `the section "${key}" of ${page} must have "heading", "blocks" and "text"`;
      }
    }
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The lockfile as text: keys sorted at every level, two-space indent, a final newline. */
export function serialiseLockfile(lock: Lockfile): string {
  return JSON.stringify(sortKeys(lock), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  );
}

/** A lockfile entry's sections as a map. */
export function entrySections(entry: LockEntry): Map<string, SectionPrint> {
  return new Map(Object.entries(entry.sections));
}
