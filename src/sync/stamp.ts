import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, parseDocument } from 'yaml';
import type { Config } from '../config/load.js';
import { planRun, type PagePair } from '../discover/plan.js';
import { PageReader } from '../engine/pages.js';
import { hasUncommittedChanges, inWorkTree, lastCommitOf } from './git.js';
import { emptyLockfile, readLockfile, serialiseLockfile, type LockEntry } from './lockfile.js';
import { printPage, sameSection, type SectionPrint } from './sections.js';
import { frontMatterValue } from './source.js';
import { parsePage } from '../page/parse.js';

export interface StampOptions {
  /** Only these files (root-relative) and their counterparts. */
  paths?: string[];
  /** Only these locales. */
  locales?: string[];
  /** Today, for the lockfile's dates (YYYY-MM-DD); defaults to the current UTC day. */
  today?: string;
}

export interface StampResult {
  /** Translations whose stamp was written or changed. */
  stamped: PagePair[];
  /** Translations whose stamp was already current. */
  unchanged: PagePair[];
  /** Lockfile entries removed because their translation no longer exists (a full run only). */
  removed: string[];
  /** Translations not stamped, and why. */
  problems: { file: string; message: string }[];
  /** Where the stamps went: the lockfile's path, or null for front matter. */
  lockfile: string | null;
}

/**
 * Declares translations in sync with their canonical pages as they are now: records,
 * for every translation of the run, the canonical page's section fingerprints in the
 * lockfile, or the canonical page's last commit in the translation's front matter.
 */
export async function stamp(config: Config, options: StampOptions = {}): Promise<StampResult> {
  const plan = await planRun(config, options);
  const result: StampResult = { stamped: [], unchanged: [], removed: [], problems: [], lockfile: null };
  if (config.sync.store === 'front-matter') {
    for (const pair of plan.pairs) await stampFrontMatter(config, pair, result);
    return result;
  }

  result.lockfile = config.sync.lockfile;
  const reader = new PageReader(config.root, config);
  const before = readLockfile(config.sync.lockfile);
  const lock = { ...emptyLockfile(), pages: { ...before.pages } };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  for (const pair of plan.pairs) {
    const canonical = reader.load(pair.canonical);
    if (canonical instanceof Error) {
      result.problems.push({ file: pair.canonical, message: canonical.message });
      continue;
    }
    const sections = Object.fromEntries(printPage(canonical, { siteRoot: config.siteRoot }));
    const old = lock.pages[pair.file];
    if (old && old.canonical === pair.canonical && sameSections(old.sections, sections)) {
      result.unchanged.push(pair);
      continue;
    }
    lock.pages[pair.file] = { canonical: pair.canonical, date: today, sections } satisfies LockEntry;
    result.stamped.push(pair);
  }
  if (!options.paths && !options.locales) {
    const current = new Set(plan.pairs.map((pair) => pair.file));
    for (const file of Object.keys(lock.pages)) {
      if (!current.has(file)) {
        delete lock.pages[file];
        result.removed.push(file);
      }
    }
  }
  const text = serialiseLockfile(lock);
  let previous: string | null = null;
  try {
    previous = await readFile(config.sync.lockfile, 'utf8');
  } catch {
    previous = null;
  }
  if (text !== previous) await writeFile(config.sync.lockfile, text);
  return result;
}

/** Whether two stamps record the same sections, by fingerprint. */
function sameSections(a: Record<string, SectionPrint>, b: Record<string, SectionPrint>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => {
    const left = a[key];
    const right = b[key];
    return left !== undefined && right !== undefined && sameSection(left, right);
  });
}

/** Writes the canonical page's last commit into the translation's front matter. */
async function stampFrontMatter(config: Config, pair: PagePair, result: StampResult): Promise<void> {
  const problem = (message: string) => result.problems.push({ file: pair.file, message });
  if (!inWorkTree(config.root)) return void problem('front-matter stamps name a git commit, but the project is not in a git repository');
  if (hasUncommittedChanges(config.root, pair.canonical)) {
    return void problem(`${pair.canonical} has changes that are not committed; commit them first, so that the stamp can name the commit`);
  }
  const commit = lastCommitOf(config.root, pair.canonical);
  if (!commit) return void problem(`${pair.canonical} is not committed yet; commit it first, so that the stamp can name the commit`);

  const file = path.join(config.root, pair.file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    return void problem(`cannot read the file: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`);
  }
  const page = parsePage(pair.file, text.replace(/^\ufeff/, ''));
  if (frontMatterValue(page, config.sync.key) === commit) {
    result.unchanged.push(pair);
    return;
  }
  const updated = withFrontMatterKey(text, config.sync.key, commit);
  if (updated === null) return void problem('its front matter does not parse as YAML keys with values; fix it first');
  await writeFile(file, updated);
  result.stamped.push(pair);
}

const FRONT_MATTER = /^(\ufeff?)---[ \t]*(\r?\n)([\s\S]*?)^(---|\.\.\.)[ \t]*(\r?\n|$)/m;

/**
 * The page with `key` (dotted for nested keys) set to `value` in its front matter,
 * comments and the order of other keys kept; a page without front matter gets one.
 * Null when the front matter is not a YAML mapping.
 */
export function withFrontMatterKey(text: string, key: string, value: string): string | null {
  const match = FRONT_MATTER.exec(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!match || match.index !== 0) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const doc = parseDocument('');
    doc.setIn(key.split('.'), value);
    return `${bom}---${eol}${doc.toString().replace(/\n/g, eol)}---${eol}${eol}${text.slice(bom.length)}`;
  }
  const [whole, bom = '', newline = '\n', yaml = '', closing = '---', after = ''] = match;
  const doc = parseDocument(yaml.replace(/\r\n/g, '\n'));
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return null;
  doc.setIn(key.split('.'), value);
  const body = doc.toString({ lineWidth: 0 }).replace(/\n/g, newline);
  return `${bom}---${newline}${body}${closing}${after}${text.slice(whole.length)}`;
}
