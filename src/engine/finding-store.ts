import type { Finding } from './rule.js';

/**
 * Findings held file by file as UTF-8 JSON, outside the JavaScript heap, until they
 * are reported. A run over a large tree keeps hundreds of thousands of findings until
 * its report is written; as objects they take several times the memory, and the heap
 * that holds them grows a few times larger still.
 */
export class FindingStore {
  readonly #byFile = new Map<string, Buffer[]>();

  /** Keeps these findings, each under its file. */
  add(findings: readonly Finding[]): void {
    for (const [file, bytes] of encodeByFile(findings)) this.addEncoded(file, bytes);
  }

  /** Keeps a file's findings encoded by `encodeByFile` (in a worker thread). */
  addEncoded(file: string, bytes: Uint8Array): void {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const held = this.#byFile.get(file);
    if (held) held.push(buffer);
    else this.#byFile.set(file, [buffer]);
  }

  /** The files that have findings, in the order they first had one. */
  files(): string[] {
    return [...this.#byFile.keys()];
  }

  /** A file's findings, in the order they were added. */
  read(file: string): Finding[] {
    return (this.#byFile.get(file) ?? []).flatMap(decode);
  }

  /** Hands back a file's findings, in the order they were added, and forgets them. */
  take(file: string): Finding[] {
    const findings = this.read(file);
    this.#byFile.delete(file);
    return findings;
  }
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
