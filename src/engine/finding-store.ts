import { closeSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crypto } from '../crypto.js';
import type { Finding } from './rule.js';

/**
 * Findings held file by file as UTF-8 JSON until they are reported, in a temporary
 * file: a run over a large tree keeps hundreds of thousands of findings (tens of
 * megabytes of JSON) until its report is written, while its worker threads need the
 * memory. The file is made once a megabyte is to be written: a small run keeps its
 * findings in memory, outside the JavaScript heap, as does a run where no temporary
 * file can be written. `close` deletes the file.
 */
export class FindingStore {
  /** Per file, where its lists are: buffers in memory, or [offset, length] in the file. */
  readonly #byFile = new Map<string, (Buffer | [number, number])[]>();
  /** The temporary file: undefined until one is needed, null when none could be made. */
  #fd: number | null | undefined;
  /** The temporary file's name, while it still has one. */
  #path = '';
  /** Bytes placed so far: written to the file, waiting in `#pending`, or kept in `#unwritten`. */
  #size = 0;
  /** Bytes placed but not yet written, from offset `#size - #pendingSize`: written a megabyte at a time. */
  #pending: Uint8Array[] = [];
  #pendingSize = 0;
  /** Bytes kept in memory by their offset: read back before a file was needed, or not written (a full disk). */
  readonly #unwritten: { at: number; bytes: Buffer }[] = [];
  /** The part of the file read last: findings are mostly read back in the order they were added, a megabyte at a time. */
  #window = { at: 0, bytes: Buffer.alloc(0) };

  /** `folder`: where the temporary file goes (the system's temporary folder by default). */
  constructor(private readonly folder: string = tmpdir()) {}

  /** Keeps these findings, each under its file. */
  add(findings: readonly Finding[]): void {
    for (const [file, bytes] of encodeByFile(findings)) this.addEncoded(file, bytes);
  }

  /** Keeps a file's findings encoded by `encodeByFile` (in a worker thread). */
  addEncoded(file: string, bytes: Uint8Array): void {
    const held = this.#byFile.get(file);
    const place = this.#place(bytes);
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
    this.#pending = [];
    this.#unwritten.length = 0;
    this.#window = { at: 0, bytes: Buffer.alloc(0) };
    if (typeof this.#fd === 'number') {
      closeSync(this.#fd);
      if (this.#path) rmSync(this.#path, { force: true });
    }
    this.#fd = null;
  }

  /** Where these bytes are kept: in memory when there is no temporary file, else at an offset of it. */
  #place(bytes: Uint8Array): Buffer | [number, number] {
    if (this.#fd === null) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const at = this.#size;
    this.#pending.push(bytes);
    this.#pendingSize += bytes.byteLength;
    this.#size += bytes.byteLength;
    if (this.#pendingSize >= CHUNK) this.#flush();
    return [at, bytes.byteLength];
  }

  /** Writes the pending bytes to the temporary file, made now if there is none yet; `toFile` false keeps them in memory unless there is one. */
  #flush(toFile = true): void {
    if (this.#pendingSize === 0) return;
    const bytes = Buffer.concat(this.#pending, this.#pendingSize);
    const at = this.#size - this.#pendingSize;
    this.#pending = [];
    this.#pendingSize = 0;
    if (this.#fd === undefined && toFile) this.#fd = openTemporary(this.folder, (file) => (this.#path = file));
    if (typeof this.#fd !== 'number') {
      this.#unwritten.push({ at, bytes });
      return;
    }
    try {
      writeAll(this.#fd, bytes, at);
    } catch {
      // A full disk: these bytes are kept in memory.
      this.#unwritten.push({ at, bytes });
    }
  }

  #read([at, length]: [number, number]): Buffer {
    // Read back before a megabyte was written: no file is made for them.
    if (at + length > this.#size - this.#pendingSize) this.#flush(false);
    const kept = this.#unwritten.find((part) => at >= part.at && at + length <= part.at + part.bytes.length);
    if (kept) return kept.bytes.subarray(at - kept.at, at - kept.at + length);
    let window = this.#window;
    if (at < window.at || at + length > window.at + window.bytes.length) {
      // Up to a megabyte of what is written, never into what is still pending.
      const bytes = Buffer.allocUnsafe(Math.max(length, Math.min(CHUNK, this.#size - this.#pendingSize - at)));
      window = this.#window = { at, bytes: bytes.subarray(0, readAll(this.#fd as number, bytes, at)) };
      if (window.bytes.length < length) throw new Error(`the temporary file of findings ends before the ${at + length} bytes written to it`);
    }
    return window.bytes.subarray(at - window.at, at - window.at + length);
  }
}

/** Findings are written to and read from the temporary file this many bytes at a time (or more for a larger list). */
const CHUNK = 1 << 20;

/** Fills `bytes` from `at`, or up to the end of the file; how many bytes it read (a read may give fewer than asked for). */
function readAll(fd: number, bytes: Buffer, at: number): number {
  let done = 0;
  for (let read = -1; done < bytes.length && read !== 0; done += read) read = readSync(fd, bytes, done, bytes.length - done, at + done);
  return done;
}

/** Writes all of `bytes` at `at` (a write may take fewer than it is given). */
function writeAll(fd: number, bytes: Buffer, at: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
}

/**
 * A new temporary file, readable and writable by this user only; null when none can
 * be made. Its name is removed at once where the system allows it (the file lives on
 * while it is open, and goes even if the process is killed); else `named` is told it.
 */
function openTemporary(folder: string, named: (file: string) => void): number | null {
  const file = path.join(folder, `l10n-lint-findings-${process.pid}-${crypto().randomBytes(6).toString('hex')}.json`);
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
