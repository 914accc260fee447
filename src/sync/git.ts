import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { alignPages } from '../align/align.js';
import type { Block, PageModel } from '../page/model.js';
import { hashOf } from '../engine/fix.js';
import { parsePage } from '../page/parse.js';
import type { SyncBase } from './base.js';
import { printPage, sameSection, sectionsOf, type PagePrint, type PrintOptions, type SectionPrint } from './sections.js';

/**
 * node:child_process, loaded when git first runs: a run outside a repository never
 * starts git, and loading it (with the network modules it needs) takes a few
 * milliseconds of a run on one page.
 */
let loadedChildProcess: typeof import('node:child_process') | undefined;
const childProcess = () => (loadedChildProcess ??= createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process'));

/** How many git processes were started, for tests that keep it independent of the number of pages. */
export const gitProcesses = { count: 0 };

/**
 * Reading the git history, with the real `git` command, run in the project's root.
 * Every call answers null (never throws) when git is missing, the root is not in a
 * work tree, or the file or commit is unknown.
 */
export function git(root: string, args: string[]): string | null {
  gitProcesses.count++;
  try {
    return childProcess().execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return null;
  }
}

/**
 * Whether the root is inside a git work tree. Git finds its repository by a `.git`
 * (folder or file) in the root or a folder above it, or by `GIT_DIR`: with neither,
 * the answer is no, known without starting git (which costs a run on one page a
 * tenth of its time).
 */
export function inWorkTree(root: string): boolean {
  if (!mayBeInWorkTree(root)) return false;
  return git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() === 'true';
}

/** Whether a folder may be in a git work tree, told without starting git: `GIT_DIR` is set, or it or a folder above it holds a `.git`. */
export function mayBeInWorkTree(root: string): boolean {
  return process.env.GIT_DIR !== undefined || hasGitAbove(root);
}

/** Whether a folder or one above it holds a `.git`. */
function hasGitAbove(folder: string): boolean {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

/** A file's text at a commit (path relative to the root), or null when it was not there. */
export function fileAt(root: string, commit: string, file: string): string | null {
  return git(root, ['show', `${commit}:./${file}`]);
}

/** The last commit that changed a file, or null. */
export function lastCommitOf(root: string, file: string): string | null {
  return git(root, ['log', '-1', '--format=%H', '--', file])?.trim() || null;
}

/** When a commit was made (ISO 8601), or null. */
export function commitDate(root: string, commit: string): string | null {
  return git(root, ['show', '-s', '--format=%cI', commit])?.trim() || null;
}

/** Whether a file has changes not committed (staged or not), or is not tracked. */
export function hasUncommittedChanges(root: string, file: string): boolean {
  return (git(root, ['status', '--porcelain', '--', file]) ?? '').trim() !== '';
}

/** How many of a translation's commits are read, newest first: older history rarely matters. */
export const MAX_COMMITS = 100;

/** A commit and when it was made (ISO 8601). */
export interface Commit {
  commit: string;
  date: string;
}

/** Above this many files, a run's history is read for the whole root: one long command line costs more than it saves. */
const MAX_PATHSPECS = 500;

/**
 * The commits that changed each file under the root (root-relative paths), newest
 * first, at most MAX_COMMITS each, read by one `git log`: the same commits as
 * `git log -- <file>` gives for each file (a merge counts for a file when it differs
 * from every parent). `only`: the files a run needs (a run on a few pages), so that
 * their history is read without walking every change to the rest of the tree. Null
 * when git cannot tell.
 */
export function readHistory(root: string, only?: readonly string[]): Map<string, Commit[]> | null {
  const prefix = prefixOf(root);
  if (prefix === null) return null;
  const paths = only && only.length <= MAX_PATHSPECS ? only : ['.'];
  const log = git(root, ['--literal-pathspecs', 'log', '--format=%x01%H %cI', '--name-only', '-c', '-z', '--no-renames', '--', ...paths]);
  if (log === null) return null;
  const history = new Map<string, Commit[]>();
  for (const entry of log.split('\x01')) {
    const end = entry.indexOf('\0');
    if (end === -1) continue;
    const [commit = '', date = ''] = entry.slice(0, end).split(' ');
    for (const name of entry.slice(end + 1).split('\0')) {
      const file = name.replace(/^\n/, '');
      if (!file.startsWith(prefix) || file === prefix) continue;
      const key = file.slice(prefix.length);
      let commits = history.get(key);
      if (!commits) history.set(key, (commits = []));
      if (commits.length < MAX_COMMITS && commits.at(-1)?.commit !== commit) commits.push({ commit, date });
    }
  }
  return history;
}

/** Where the root is inside its repository (`docs/`, or '' at the top), for paths in `git cat-file`. */
const prefixes = new Map<string, string | null>();
function prefixOf(root: string): string | null {
  if (!prefixes.has(root)) prefixes.set(root, git(root, ['rev-parse', '--show-prefix'])?.trim() ?? null);
  return prefixes.get(root) ?? null;
}

/** A file as stored in git: its blob id and its bytes as UTF-8 text. */
export interface Blob {
  oid: string;
  text: string;
}

/**
 * Many files at many commits, read by one `git cat-file --batch`: for each request
 * (`commit`, root-relative `file`), its blob, or null when it was not there.
 */
export function filesAt(root: string, requests: readonly { commit: string; file: string }[]): (Blob | null)[] {
  const prefix = prefixOf(root);
  if (prefix === null || requests.length === 0) return requests.map(() => null);
  let out: Buffer;
  gitProcesses.count++;
  try {
    out = childProcess().execFileSync('git', ['cat-file', '--batch'], {
      cwd: root,
      input: requests.map(({ commit, file }) => `${commit}:${prefix}${file}\n`).join(''),
      stdio: ['pipe', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024 * 1024,
    });
  } catch {
    return requests.map(() => null);
  }
  const blobs: (Blob | null)[] = [];
  let at = 0;
  for (let i = 0; i < requests.length; i++) {
    const answer = answerAt(out, at);
    if (!answer) break;
    blobs.push(answer.blob);
    at = answer.next;
  }
  while (blobs.length < requests.length) blobs.push(null);
  return blobs;
}

/**
 * The files to read for a translation's history (`commits` oldest first): the
 * canonical page and the translation at each commit, in the order `gitSyncBase` takes them.
 */
export function historyRequests(commits: readonly Commit[], canonicalFile: string, localeFile: string): { commit: string; file: string }[] {
  return commits.flatMap(({ commit }) => [{ commit, file: canonicalFile }, { commit, file: localeFile }]);
}

/**
 * One answer of `git cat-file --batch` in its output from `at`: the blob (null for a
 * missing file or another kind of object) and where the next answer starts; null when
 * the answer is not complete yet.
 */
function answerAt(out: Buffer, at: number): { blob: Blob | null; next: number } | null {
  const end = out.indexOf(0x0a, at);
  if (end === -1) return null;
  const header = out.subarray(at, end).toString('utf8').split(' ');
  const [oid = '', type = '', size = ''] = header;
  if (header.length !== 3 || !/^[0-9a-f]{40,64}$/.test(oid) || !/^\d+$/.test(size)) return { blob: null, next: end + 1 };
  const next = end + 1 + Number(size) + 1;
  if (out.length < next) return null;
  return { blob: type === 'blob' ? { oid, text: out.subarray(end + 1, next - 1).toString('utf8') } : null, next };
}

/**
 * One long-lived `git cat-file --batch` for a whole run: reads files at commits
 * (root-relative paths) as they are asked for, one request list at a time. Answers
 * null for a file that was not there, or for all when git cannot be run.
 */
export class BlobReader {
  private child: ChildProcessWithoutNullStreams | null = null;
  private failed = false;
  private pending: Buffer = Buffer.alloc(0);
  private queue: Promise<unknown> = Promise.resolve();
  private waiting: { blobs: (Blob | null)[]; count: number; done: (blobs: (Blob | null)[]) => void } | null = null;

  constructor(private readonly root: string) {}

  read(requests: readonly { commit: string; file: string }[]): Promise<(Blob | null)[]> {
    const next = this.queue.then(() => this.readNow(requests));
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.child?.stdin.end();
    this.child = null;
  }

  private readNow(requests: readonly { commit: string; file: string }[]): Promise<(Blob | null)[]> {
    const prefix = prefixOf(this.root);
    const child = prefix === null ? null : this.start();
    if (prefix === null || child === null || requests.length === 0) return Promise.resolve(requests.map(() => null));
    return new Promise((done) => {
      this.waiting = { blobs: [], count: requests.length, done };
      child.stdin.write(requests.map(({ commit, file }) => `${commit}:${prefix}${file}\n`).join(''));
    });
  }

  private start(): ChildProcessWithoutNullStreams | null {
    if (this.child || this.failed) return this.child;
    gitProcesses.count++;
    const child = childProcess().spawn('git', ['cat-file', '--batch'], { cwd: this.root, stdio: ['pipe', 'pipe', 'ignore'] as const }) as unknown as ChildProcessWithoutNullStreams;
    const stop = () => {
      this.failed = true;
      this.child = null;
      const waiting = this.waiting;
      this.waiting = null;
      if (waiting) waiting.done([...waiting.blobs, ...new Array<null>(waiting.count - waiting.blobs.length).fill(null)]);
    };
    child.on('error', stop);
    child.on('close', stop);
    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (chunk: Buffer) => {
      this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
      this.parse();
    });
    this.child = child;
    return child;
  }

  /** Takes the complete answers from what git wrote so far. */
  private parse(): void {
    for (;;) {
      const waiting = this.waiting;
      if (!waiting) return;
      const answer = answerAt(this.pending, 0);
      if (!answer) return;
      waiting.blobs.push(answer.blob);
      this.pending = this.pending.subarray(answer.next);
      if (waiting.blobs.length === waiting.count) {
        this.waiting = null;
        waiting.done(waiting.blobs);
      }
    }
  }
}

/** Pages parsed from git blobs, by file and blob id: shared by the translations of one canonical page. */
export type BlobPages = Map<string, PageModel>;

/**
 * The sync base of a translation without a stamp, from git: the canonical page as it
 * was when the translation was last changed, section by section. The translation's
 * commits are read from the oldest: at the first one, every canonical section counts
 * as synced; at each later one (and for the files as they are now), a canonical
 * section that changed counts as synced only if the translation changed the section
 * that corresponds to it. So a later commit that fixes a typo elsewhere in the
 * translation does not hide an earlier change of the canonical page, and a cosmetic
 * canonical change counts for nothing (the fingerprints ignore it).
 */
export function gitSyncBase(
  localeFile: string,
  canonicalFile: string,
  history: { commits: readonly Commit[]; blobs: readonly (Blob | null)[] },
  now: { canonical: PageModel; locale: PageModel },
  options: PrintOptions,
  pages: BlobPages = new Map(),
): SyncBase | null {
  const { commits, blobs } = history;
  if (commits.length === 0) return null;
  // Pages are parsed when needed, once per blob; the files as they are now stand for their last blob when they equal it.
  const lastOf = (index: number) => blobs.filter((_, i) => i % 2 === index).at(-1) ?? null;
  const nowCanonical = lastOf(0), nowLocale = lastOf(1);
  const pageOf = (file: string, blob: Blob | null | undefined, current: PageModel): PageModel | null => {
    if (!blob) return null;
    const key = `${file}\0${blob.oid}`;
    let page = pages.get(key);
    if (!page) {
      page = current.hash === hashOf(blob.text) ? current : parsePage(file, blob.text.replace(/^\ufeff/, ''));
      pages.set(key, page);
    }
    return page;
  };
  const steps = commits.map(({ commit, date }, i) => ({
    commit,
    date,
    canonical: () => pageOf(canonicalFile, blobs[2 * i], now.canonical),
    locale: () => pageOf(localeFile, blobs[2 * i + 1], now.locale),
  }));
  const current = (page: PageModel, file: string, blob: Blob | null) => () => (blob && page.hash === hashOf(blob.text) ? pageOf(file, blob, page) : page);
  steps.push({ commit: '', date: '', canonical: current(now.canonical, canonicalFile, nowCanonical), locale: current(now.locale, localeFile, nowLocale) });

  const prints = new Map<PageModel, PagePrint>();
  const printOf = (page: PageModel) => prints.get(page) ?? prints.set(page, printPage(page, options)).get(page) ?? printPage(page, options);
  const base = new Map<string, SectionPrint & { date: string; commit: string }>();
  let previousLocale: (() => PageModel | null) | null = null;
  let previousBlob: string | undefined;
  steps.forEach((step, i) => {
    const canonical = step.canonical();
    const localeBlob = i < commits.length ? blobs[2 * i + 1]?.oid : 'now';
    if (!canonical || (i < commits.length && !blobs[2 * i + 1])) return;
    const changed = [...printOf(canonical)].filter(([key, print]) => {
      const synced = base.get(key);
      return !synced || !sameSection(synced, print);
    });
    if (previousLocale === null) {
      for (const [key, print] of changed) base.set(key, { ...print, date: step.date, commit: step.commit });
    } else if (changed.length > 0) {
      // Only when the canonical page changed: did the translation change the section that corresponds?
      const before = previousLocale();
      const locale = step.locale();
      if (before && locale && before !== locale && localeBlob !== previousBlob) {
        const previousSections = new Set([...printOf(before).values()].map(sectionId));
        const translated = localeSectionPrints(canonical, locale, options);
        for (const [key, print] of changed) {
          const section = translated.get(key);
          // A changed section counts as synced when its translation changed in the same commit.
          if (section !== undefined && !previousSections.has(section)) base.set(key, { ...print, date: step.date, commit: step.commit });
        }
      }
    }
    previousLocale = step.locale;
    previousBlob = localeBlob;
  });
  if (previousLocale === null || base.size === 0) return null;
  const synced = [...base.values()].filter((section) => section.commit !== '');
  const oldest = synced.reduce<(typeof synced)[number] | undefined>((a, b) => (a === undefined || b.date < a.date ? b : a), undefined);
  return {
    from: 'git',
    sections: new Map([...base].map(([key, { heading, blocks, text }]) => [key, { heading, blocks, text }])),
    ...(oldest ? { date: oldest.date, commit: oldest.commit } : {}),
  };
}

function sectionId(print: SectionPrint): string {
  return [print.heading, ...print.blocks].join(' ');
}

/**
 * For every canonical section key, the fingerprint of the translation's corresponding
 * section (the section under the locale heading aligned with the canonical heading).
 */
function localeSectionPrints(canonical: PageModel, locale: PageModel, options: PrintOptions): Map<string, string> {
  const counterpart = new Map<Block, Block>();
  for (const pair of alignPages(canonical, locale).blocks) if (pair.canonical && pair.locale) counterpart.set(pair.canonical, pair.locale);
  const localePrint = printPage(locale, options);
  const localeKeyOf = new Map<Block | null, string>(sectionsOf(locale).map((section) => [section.heading, section.key]));
  const prints = new Map<string, string>();
  for (const section of sectionsOf(canonical)) {
    const heading = section.heading ? counterpart.get(section.heading) : null;
    if (heading === undefined) continue;
    const key = localeKeyOf.get(heading);
    const print = key === undefined ? undefined : localePrint.get(key);
    if (print) prints.set(section.key, sectionId(print));
  }
  return prints;
}
