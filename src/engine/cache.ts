import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Directive } from '../page/directives.js';
import type { PageModel } from '../page/model.js';
import { VERSION } from '../version.js';
import type { Finding } from './rule.js';

/** Marks l10n-lint's cache entries; an entry without it (or of another version) is not ours to trust. */
const FORMAT = 'l10n-lint-cache/1';

/** What a group of pages (a canonical page and its translations) gave, and what it depended on. */
export interface GroupEntry {
  /** By file: its hash and its disable directives (for suppressions across the run). */
  files: Record<string, { hash: string; directives: Directive[] }>;
  /** The findings of the group's pages and pairs, before suppressions. */
  findings: Finding[];
  /** Files the rules asked about outside the group: whether each existed. */
  exists: Record<string, boolean>;
  /** Pages the rules read outside the group: the hash of each, or null when it could not be read. */
  pages: Record<string, string | null>;
}

interface Stored<T> {
  format: string;
  version: string;
  key: string;
  value: T;
}

/**
 * The cache of `--cache`: page models keyed by path, content hash and tool version;
 * group findings keyed by the group's paths and content hashes, the configuration
 * and the tool version. One JSON file per entry under `<dir>/models` and
 * `<dir>/findings`. An entry that does not parse, is of another format or version,
 * or answers another key is ignored (and replaced), never trusted.
 */
export class RunCache {
  private constructor(
    private readonly dir: string,
    private readonly configHash: string,
  ) {}

  /** `settings` is everything besides the pages that findings depend on (configuration, options). */
  static open(dir: string, settings: unknown): RunCache {
    return new RunCache(dir, sha256(JSON.stringify(settings)));
  }

  page(file: string, hash: string): PageModel | undefined {
    return this.read<PageModel>('models', sha256(`${FORMAT}\0${VERSION}\0${file}\0${hash}`));
  }

  storePage(model: PageModel): void {
    if (model.hash) this.write('models', sha256(`${FORMAT}\0${VERSION}\0${model.file}\0${model.hash}`), model);
  }

  /** The key of a group of files with these hashes (in this order). */
  groupKey(files: ReadonlyArray<readonly [string, string]>): string {
    return sha256(JSON.stringify([FORMAT, VERSION, this.configHash, files]));
  }

  group(key: string): GroupEntry | undefined {
    const entry = this.read<GroupEntry>('findings', key);
    const valid = entry && Array.isArray(entry.findings) && isRecord(entry.files) && isRecord(entry.exists) && isRecord(entry.pages);
    return valid ? entry : undefined;
  }

  storeGroup(key: string, entry: GroupEntry): void {
    this.write('findings', key, entry);
  }

  private fileOf(kind: string, key: string): string {
    return path.join(this.dir, kind, key.slice(0, 2), key + '.json');
  }

  private read<T>(kind: string, key: string): T | undefined {
    let stored: Partial<Stored<T>>;
    try {
      stored = JSON.parse(readFileSync(this.fileOf(kind, key), 'utf8')) as Partial<Stored<T>>;
    } catch {
      return undefined;
    }
    if (!isRecord(stored) || stored.format !== FORMAT || stored.version !== VERSION || stored.key !== key || !isRecord(stored.value)) return undefined;
    return stored.value;
  }

  /** Writes atomically (a reader sees the old entry or the new one); a cache that cannot be written is skipped. */
  private write<T>(kind: string, key: string, value: T): void {
    const file = this.fileOf(kind, key);
    const stored: Stored<T> = { format: FORMAT, version: VERSION, key, value };
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      writeFileSync(temporary, JSON.stringify(stored));
      renameSync(temporary, file);
    } catch {
      // A read-only or full disk makes the run slower, not wrong.
    }
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isRecord(value: unknown): value is Record<string, never> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
