import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crypto } from '../crypto.js';
import type { Directive } from '../page/directives.js';
import type { PageModel } from '../page/model.js';
import { VERSION } from '../version.js';
import { hashOf } from './fix.js';

/** Marks l10n-lint's cache entries; an entry without it (or of another version) is not ours to trust. */
const FORMAT = 'l10n-lint-cache/2';

/** What a group of pages (a canonical page and its translations) gave, and what it depended on. */
export interface GroupEntry {
  /** By file: its hash and its disable directives (for suppressions across the run). */
  files: Record<string, { hash: string; directives: Directive[] }>;
  /** The findings of the group's pages and pairs, before suppressions: by file, as `encodeByFile` gives them. */
  findings: [string, Uint8Array][];
  /** Files the rules asked about outside the group: whether each existed. */
  exists: Record<string, boolean>;
  /** Pages the rules read outside the group: the hash of each, or null when it could not be read. */
  pages: Record<string, string | null>;
}

/** A group entry's first line: the entry without its findings' bytes, which follow it. */
interface GroupHeader extends Omit<GroupEntry, 'findings'> {
  /** Each file with findings and the length of its bytes, in the order they follow. */
  findings: [string, number][];
  /** The hash of the bytes after the first line: a damaged entry is not trusted. */
  bytes: string;
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
 * and the tool version. One file per entry under `<dir>/models` (JSON) and
 * `<dir>/findings` (a line of JSON, then the findings as the worker encoded them, so
 * that a warm run hands them on without parsing them). An entry that does not parse,
 * is of another format or version, answers another key or whose bytes do not match
 * their hash is ignored (and replaced), never trusted.
 */
export class RunCache {
  private constructor(
    private readonly dir: string,
    private readonly configHash: string,
  ) {}

  /** `settings` is everything besides the pages that findings depend on (configuration, options). */
  static open(dir: string, settings: unknown): RunCache {
    return new RunCache(dir, hashOf(JSON.stringify(settings)));
  }

  page(file: string, hash: string): PageModel | undefined {
    return this.read<PageModel>('models', pageKey(file, hash));
  }

  storePage(model: PageModel): void {
    if (!model.hash) return;
    const key = pageKey(model.file, model.hash);
    this.write('models', key, JSON.stringify(stored(key, model)));
  }

  /** The key of a group of files with these hashes (in this order). */
  groupKey(files: ReadonlyArray<readonly [string, string]>): string {
    return hashOf(JSON.stringify([FORMAT, VERSION, this.configHash, files]));
  }

  group(key: string): GroupEntry | undefined {
    let entry: Buffer;
    try {
      entry = readFileSync(this.fileOf('findings', key));
    } catch {
      return undefined;
    }
    // JSON text holds no raw line break: the header ends at the first.
    const end = entry.indexOf(0x0a);
    const header = end < 0 ? undefined : this.parse<GroupHeader>(entry.subarray(0, end).toString(), key);
    if (!header || !Array.isArray(header.findings) || !isRecord(header.files) || !isRecord(header.exists) || !isRecord(header.pages)) return undefined;
    const bytes = entry.subarray(end + 1);
    if (header.bytes !== hashOf(bytes)) return undefined;
    const findings: [string, Uint8Array][] = [];
    let at = 0;
    for (const item of header.findings) {
      const [file, length] = Array.isArray(item) ? item : [];
      if (typeof file !== 'string' || typeof length !== 'number' || !Number.isInteger(length) || length < 0 || at + length > bytes.length) return undefined;
      findings.push([file, bytes.subarray(at, (at += length))]);
    }
    return at === bytes.length ? { ...header, findings } : undefined;
  }

  storeGroup(key: string, entry: GroupEntry): void {
    const bytes = Buffer.concat(entry.findings.map(([, encoded]) => encoded));
    const header: GroupHeader = { ...entry, findings: entry.findings.map(([file, encoded]) => [file, encoded.byteLength]), bytes: hashOf(bytes) };
    this.write('findings', key, Buffer.concat([Buffer.from(JSON.stringify(stored(key, header)) + '\n'), bytes]));
  }

  private fileOf(kind: string, key: string): string {
    return path.join(this.dir, kind, key.slice(0, 2), key + (kind === 'models' ? '.json' : '.findings'));
  }

  private read<T>(kind: string, key: string): T | undefined {
    let text: string;
    try {
      text = readFileSync(this.fileOf(kind, key), 'utf8');
    } catch {
      return undefined;
    }
    return this.parse<T>(text, key);
  }

  /** The value of a stored entry, if it is ours, of this version and for this key. */
  private parse<T>(text: string, key: string): T | undefined {
    let stored: Partial<Stored<T>>;
    try {
      stored = JSON.parse(text) as Partial<Stored<T>>;
    } catch {
      return undefined;
    }
    if (!isRecord(stored) || stored.format !== FORMAT || stored.version !== VERSION || stored.key !== key || !isRecord(stored.value)) return undefined;
    return stored.value;
  }

  /** Writes atomically (a reader sees the old entry or the new one); a cache that cannot be written is skipped. */
  private write(kind: string, key: string, content: string | Uint8Array): void {
    const file = this.fileOf(kind, key);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${crypto().randomBytes(6).toString('hex')}.tmp`;
      writeFileSync(temporary, content);
      renameSync(temporary, file);
    } catch {
      // A read-only or full disk makes the run slower, not wrong.
    }
  }
}

function stored<T>(key: string, value: T): Stored<T> {
  return { format: FORMAT, version: VERSION, key, value };
}

function pageKey(file: string, hash: string): string {
  return hashOf(`${FORMAT}\0${VERSION}\0${file}\0${hash}`);
}


function isRecord(value: unknown): value is Record<string, never> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
