import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from './rule.js';

/**
 * Findings held file by file as UTF-8 JSON until they are reported, in a temporary
 * file: a run over a large tree keeps hundreds of thousands of findings (tens of
 * megabytes of JSON) until its report is written, while its worker threads need the
 * memory. Where no temporary file can be written, they are held in memory, outside the
 * JavaScript heap. `close` deletes the file.
 */
export class FindingStore {
  /** Per file, where its lists are: buffers in memory, or [offset, length] in the file. */
  readonly #byFile = new Map<string, (Buffer | [number, number])[]>();
  #fd: number | null | undefined;
  /** The temporary file's name, while it still has one. */
  #path = '';
  #size = 0;

  /** `folder`: where the temporary file goes (the system's temporary folder by default). */
  constructor(private readonly folder: string = tmpdir()) {}

  /** Keeps these findings, each under its file. */
  add(findings: readonly Finding[]): void {
    for (const [file, bytes] of encodeByFile(findings)) this.addEncoded(file, bytes);
  }

  /** Keeps a file's findings encoded by `encodeByFile` (in a worker thread). */
  addEncoded(file: string, bytes: Uint8Array): void {
    const held = this.#byFile.get(file);
    const place = this.#write(bytes);
    if (held) held.push(place);
    else this.#byFile.set(file, [place]);
  }

  /** The files that have findings, in the order they first had one. */
  files(): string[] {
    return [...this.#byFile.keys()];
  }

  /** A file's findings, in the order they were added. */
  read(file: string): Finding[] {
    return (this.#byFile.get(file) ?? []).flatMap((place) => decode(Buffer.isBuffer(place) ? place : this.#read(place)));
  }

  /** Hands back a file's findings, in the order they were added, and forgets them. */
  take(file: string): Finding[] {
    const findings = this.read(file);
    this.#byFile.delete(file);
    return findings;
  }

  /** Deletes the temporary file; the findings not yet taken are forgotten. Closing again does nothing. */
  close(): void {
    this.#byFile.clear();
    if (typeof this.#fd === 'number') {
      closeSync(this.#fd);
      if (this.#path) rmSync(this.#path, { force: true });
    }
    this.#fd = null;
  }

  #write(bytes: Uint8Array): Buffer | [number, number] {
    if (this.#fd === undefined) this.#fd = openTemporary(this.folder, (file) => (this.#path = file));
    if (this.#fd !== null) {
      try {
        const at = this.#size;
        writeSync(this.#fd, bytes, 0, bytes.byteLength, at);
        this.#size += bytes.byteLength;
        return [at, bytes.byteLength];
      } catch {
        // A full disk: the rest is held in memory.
      }
    }
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  #read([at, length]: [number, number]): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    readSync(this.#fd as number, bytes, 0, length, at);
    return bytes;
  }
}

/**
 * A new temporary file, readable and writable by this user only; null when none can
 * be made. Its name is removed at once where the system allows it (the file lives on
 * while it is open, and goes even if the process is killed); else `named` is told it.
 */
function openTemporary(folder: string, named: (file: string) => void): number | null {
  const file = path.join(folder, `l10n-lint-findings-${process.pid}-${randomBytes(6).toString('hex')}.json`);
  let fd: number;
  try {
    fd = openSync(file, 'wx+', 0o600);
  } catch {
    return null;
  }
  try {
    unlinkSync(file);
  } catch {
    named(file);
  }
  return fd;
}

/**
 * A file's findings held as in a `FindingStore`, read back each time they are asked
 * for: a formatter that writes a file at a time then needs only that file's findings
 * as objects. While a caller still holds the list it was given, it is given the same
 * list again.
 */
export function heldFindings<T extends object>(target: T, findings: readonly Finding[]): T & { findings: Finding[] } {
  let bytes = encode(findings);
  let given: WeakRef<Finding[]> | undefined;
  Object.defineProperty(target, 'findings', {
    enumerable: true,
    configurable: true,
    get(): Finding[] {
      let list = given?.deref();
      if (!list) {
        list = decode(bytes);
        given = new WeakRef(list);
      }
      return list;
    },
    set(list: Finding[]) {
      bytes = encode(list);
      given = new WeakRef(list);
    },
  });
  return target as T & { findings: Finding[] };
}

/**
 * Findings as UTF-8 JSON, a list per file, files in the order they first have a
 * finding. Each list has a buffer of its own, so that it can cross threads alone.
 */
export function encodeByFile(findings: readonly Finding[]): [string, Uint8Array][] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return [...byFile].map(([file, list]) => [file, encoder.encode(JSON.stringify(list))]);
}

const encoder = new TextEncoder();

function encode(findings: readonly Finding[]): Buffer {
  return Buffer.from(JSON.stringify(findings));
}

function decode(bytes: Buffer): Finding[] {
  return JSON.parse(bytes.toString()) as Finding[];
}
