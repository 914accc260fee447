import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { PageModel } from '../page/model.js';
import { parsePage } from '../page/parse.js';
import { hashOf } from './fix.js';
import { DEFAULT_MAX_FILE_SIZE, MAX_NESTING, deepestNesting, formatSize } from './limits.js';
import { rememberedIn } from './remembered.js';
import { decodeText } from './text-encoding.js';

/** What a page may be before it is read (see `limits.ts`). */
export interface ReadLimits {
  /** Larger files are not read (bytes). */
  maxFileSize: number;
}

const DEFAULT_LIMITS: ReadLimits = { maxFileSize: DEFAULT_MAX_FILE_SIZE };

/**
 * Reads the pages under one root, for a run. A file that cannot be linted gives an
 * Error saying why: unreadable, not a regular file, a symbolic link leading out of the
 * root (never read), larger than `maxFileSize`, binary, not UTF-8 or UTF-16 text, or
 * nested too deeply to parse. Reads are synchronous: a page is a few kilobytes, and
 * each asynchronous call costs a trip to another thread and back. Each folder's real
 * path is looked up once, so that a page that is not a symbolic link costs an `lstat`
 * and its read.
 */
export class PageReader {
  readonly #realFolders = new Map<string, string>();

  constructor(
    private readonly root: string,
    private readonly limits: ReadLimits = DEFAULT_LIMITS,
  ) {}

  /** A page's bytes, or an Error saying why it is not read. */
  read(file: string): Buffer | Error {
    try {
      const full = path.join(this.root, file);
      const own = lstatSync(full);
      // A link is followed (its target is what is checked and read); any other file is where its folder really is.
      const link = own.isSymbolicLink();
      const real = link ? realpathSync.native(full) : path.join(this.#realFolder(path.dirname(full)), path.basename(full));
      const problem = placeProblem(this.#realFolder(this.root), real, link) ?? statProblem(link ? statSync(real) : own, this.limits);
      if (problem) return problem;
      const bytes = readFileSync(real);
      // A file can grow between the size check and the read.
      return sizeProblem(bytes.length, this.limits) ?? bytes;
    } catch (cause) {
      return readError(cause);
    }
  }

  /** A page's model, or an Error saying why there is none; `hashed`: whether the model carries the file's hash. */
  load(file: string, hashed = true): PageModel | Error {
    const bytes = this.read(file);
    return bytes instanceof Error ? bytes : modelOf(file, bytes, hashed ? undefined : null);
  }

  #realFolder(folder: string): string {
    return rememberedIn(this.#realFolders, folder, (name) => realpathSync.native(name));
  }
}

/** A file whose real path (symbolic links followed) leaves the root is never read. */
function placeProblem(realRoot: string, real: string, link: boolean): Error | null {
  const relative = path.relative(realRoot, real);
  if (relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) {
    const what = link ? `a symbolic link to ${real}` : `in a folder that is a symbolic link: it is ${real}`;
    return new Error(`the file is ${what}, outside the folder being linted; it is not read`);
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
 * can be parsed. `hash`: their hash when the caller has it already (`hashOf`); null
 * when the model needs none (it then has no `hash`); unset, it is computed.
 */
export function modelOf(file: string, bytes: Buffer, hash?: string | null): PageModel | Error {
  const decoded = decodeText(bytes);
  if (decoded instanceof Error) return decoded;
  const nesting = deepestNesting(decoded.text);
  if (nesting.depth > MAX_NESTING) {
    return new Error(
      `line ${nesting.line} nests quotes or list items ${nesting.depth} levels deep, more than the ${MAX_NESTING} that can be checked; the page is not parsed`,
    );
  }
  try {
    const page = parsePage(file, decoded.text);
    if (hash !== null) page.hash = hash || hashOf(bytes);
    return page;
  } catch (cause) {
    // One page the parser cannot handle must not cost the findings of every other page.
    if (cause instanceof RangeError) return new Error(`the page is too deeply nested to be parsed (${cause.message})`);
    return new Error(`l10n-lint failed to parse the page (${(cause as Error)?.message ?? String(cause)}); please report this`);
  }
}
