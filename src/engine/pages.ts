import { realpathSync, readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PageModel } from '../page/model.js';
import { parsePage } from '../page/parse.js';
import { hashOf } from './fix.js';
import { DEFAULT_MAX_FILE_SIZE, MAX_NESTING, deepestNesting, formatSize } from './limits.js';
import { decodeText } from './text-encoding.js';

/** What a page may be before it is read (see `limits.ts`). */
export interface ReadLimits {
  /** Larger files are not read (bytes). */
  maxFileSize: number;
}

const DEFAULT_LIMITS: ReadLimits = { maxFileSize: DEFAULT_MAX_FILE_SIZE };

/**
 * Reads and parses a page. A file that cannot be linted gives an Error saying why:
 * unreadable, not a regular file, a symbolic link leading out of the root (never
 * read), larger than `maxFileSize`, binary, not UTF-8 or UTF-16 text, or nested too
 * deeply to parse.
 */
export async function loadPage(root: string, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<PageModel | Error> {
  const bytes = await readPage(root, file, limits);
  return bytes instanceof Error ? bytes : modelOf(file, bytes);
}

/** Reads a page's bytes (see `loadPage`), or gives an Error saying why it is not read. */
export async function readPage(root: string, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Buffer | Error> {
  try {
    const real = await realpath(path.join(root, file));
    const problem = placeProblem(realpathSync.native(root), real) ?? statProblem(await stat(real), limits);
    if (problem) return problem;
    const bytes = await readFile(real);
    // A file can grow between the size check and the read.
    return sizeProblem(bytes.length, limits) ?? bytes;
  } catch (cause) {
    return readError(cause);
  }
}

/** The same, synchronously: for pages a rule asks about (link targets), read on demand. */
export function loadPageSync(root: string, file: string, limits: ReadLimits = DEFAULT_LIMITS): PageModel | Error {
  let bytes: Buffer;
  try {
    const real = realpathSync(path.join(root, file));
    const problem = placeProblem(realpathSync.native(root), real) ?? statProblem(statSync(real), limits);
    if (problem) return problem;
    bytes = readFileSync(real);
  } catch (cause) {
    return readError(cause);
  }
  return sizeProblem(bytes.length, limits) ?? modelOf(file, bytes);
}

/** A file whose real path (symbolic links followed) leaves the root is never read. */
function placeProblem(realRoot: string, real: string): Error | null {
  const relative = path.relative(realRoot, real);
  if (relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) {
    return new Error(`the file is a symbolic link to ${real}, outside the folder being linted; it is not read`);
  }
  return null;
}

function statProblem(stats: Stats, limits: ReadLimits): Error | null {
  if (!stats.isFile()) return new Error(`this is ${stats.isDirectory() ? 'a folder' : 'not a regular file (a pipe, a socket or a device)'}, not a Markdown file; it is not read`);
  return sizeProblem(stats.size, limits);
}

function sizeProblem(size: number, limits: ReadLimits): Error | null {
  if (size <= limits.maxFileSize) return null;
  return new Error(`the file is ${formatSize(size)}, more than the ${formatSize(limits.maxFileSize)} that maxFileSize allows; it is not read (raise maxFileSize in the config to lint it)`);
}

function readError(cause: unknown): Error {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return new Error('the file is a symbolic link that leads back to itself (a loop); it is not read');
  if (code === 'EACCES' || code === 'EPERM') return new Error(`cannot read the file: permission denied (${code})`);
  return new Error(`cannot read the file: ${code ?? (cause as Error).message}`);
}

/**
 * The model of a page read as `bytes`; an Error when they are not Markdown text that
 * can be parsed. `hash`: their hash when the caller has it already (`hashOf`).
 */
export function modelOf(file: string, bytes: Buffer, hash?: string): PageModel | Error {
  const decoded = decodeText(bytes);
  if (decoded instanceof Error) return decoded;
  const nesting = deepestNesting(decoded.text);
  if (nesting.depth > MAX_NESTING) {
    return new Error(
      `line ${nesting.line} nests quotes or list items ${nesting.depth} levels deep, more than the ${MAX_NESTING} that can be checked; the page is not parsed`,
    );
  }
  try {
    return { ...parsePage(file, decoded.text), hash: hash || hashOf(bytes) };
  } catch (cause) {
    // One page the parser cannot handle must not cost the findings of every other page.
    if (cause instanceof RangeError) return new Error(`the page is too deeply nested to be parsed (${cause.message})`);
    return new Error(`l10n-lint failed to parse the page (${(cause as Error)?.message ?? String(cause)}); please report this`);
  }
}
