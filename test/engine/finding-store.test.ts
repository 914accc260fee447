import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { FindingStore, heldFindings } from '../../src/engine/finding-store.js';
import { lint } from '../../src/engine/lint.js';
import type { Finding } from '../../src/engine/rule.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const finding = (file: string, line: number, message = `at ${line}`): Finding => ({ ruleId: 'headings', severity: 'error', message, file, line, column: 1, endLine: line, endColumn: 5 });

/** Whether nothing holds the object the ref points to any more, once garbage is collected. */
async function collected(ref: WeakRef<object>): Promise<boolean> {
  // A WeakRef keeps its target until the end of the current job: collect in a later one.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  return ref.deref() === undefined;
}

describe('FindingStore', () => {
  it('hands back each file its findings in the order they were added, and forgets them once taken', () => {
    const store = new FindingStore();
    const detailed: Finding = { ...finding('de/a.md', 3), related: { file: 'a.md', line: 2, column: 1, endLine: 2, endColumn: 9 }, fix: [{ line: 3, column: 1, endLine: 3, endColumn: 5, text: 'Größe' }] };
    store.add([finding('de/a.md', 9), finding('es/a.md', 1)]);
    store.add([detailed, finding('a.md', 4, 'Überschrift „fehlt“')]);
    expect(store.files()).toEqual(['de/a.md', 'es/a.md', 'a.md']);
    expect(store.read('de/a.md')).toEqual([finding('de/a.md', 9), detailed]);
    expect(store.take('de/a.md')).toEqual([finding('de/a.md', 9), detailed]);
    expect(store.take('a.md')).toEqual([finding('a.md', 4, 'Überschrift „fehlt“')]);
    expect(store.take('de/a.md')).toEqual([]);
    expect(store.files()).toEqual(['es/a.md']);
  });

  it('keeps copies, not the objects it was given', async () => {
    const store = new FindingStore();
    let list: Finding[] | null = [finding('a.md', 1)];
    const ref = new WeakRef(list[0] as Finding);
    store.add(list);
    list = null;
    expect(await collected(ref)).toBe(true);
    expect(store.take('a.md')).toEqual([finding('a.md', 1)]);
  });
});

describe('FindingStore on disk', () => {
  it('writes findings to a temporary file that has no name, not to memory, and reads them back', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'l10n-lint-store-'));
    const store = new FindingStore(folder);
    try {
      const long = 'x'.repeat(4000);
      collectGarbage();
      const before = process.memoryUsage().arrayBuffers;
      for (let k = 0; k < 8000; k++) store.add([finding(`p${k % 100}.md`, k, long)]);
      collectGarbage();
      // 8,000 findings of over 4 KB each: 32 MB of JSON, held outside memory (what is
      // left is the megabyte waiting to be written, and buffers not given back yet).
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(12 * 1024 * 1024);
      expect(readdirSync(folder)).toEqual([]);
      expect(store.take('p7.md')).toEqual(Array.from({ length: 80 }, (_, i) => finding('p7.md', 7 + 100 * i, long)));
      expect(store.read('p99.md').length).toBe(80);
    } finally {
      store.close();
      rmSync(folder, { recursive: true, force: true });
    }
    expect(store.files()).toEqual([]);
  });

  it('makes no temporary file for less than a megabyte of findings, and reads them back with those added later', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'l10n-lint-store-'));
    // A file without a name is still open: its descriptor links to "<folder>/… (deleted)".
    const openInFolder = () => readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(path.join('/proc/self/fd', fd)).startsWith(folder);
      } catch {
        return false;
      }
    });
    const store = new FindingStore(folder);
    try {
      store.add([finding('a.md', 1), finding('b.md', 2)]);
      expect(store.read('a.md')).toEqual([finding('a.md', 1)]);
      store.add([finding('a.md', 3)]);
      expect(store.take('a.md')).toEqual([finding('a.md', 1), finding('a.md', 3)]);
      if (existsSync('/proc/self/fd')) expect(openInFolder()).toEqual([]);
      const long = 'x'.repeat(4000);
      for (let k = 0; k < 600; k++) store.add([finding(`p${k % 3}.md`, k, long)]);
      if (existsSync('/proc/self/fd')) expect(openInFolder()).toHaveLength(1);
      expect(store.take('b.md')).toEqual([finding('b.md', 2)]);
      expect(store.take('p1.md')).toEqual(Array.from({ length: 200 }, (_, i) => finding('p1.md', 1 + 3 * i, long)));
    } finally {
      store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('holds findings in memory when no temporary file can be made', () => {
    const store = new FindingStore(path.join(tmpdir(), 'l10n-lint-no-such-folder', 'deeper'));
    store.add([finding('a.md', 1), finding('b.md', 2)]);
    store.add([finding('a.md', 3)]);
    expect(store.take('a.md')).toEqual([finding('a.md', 1), finding('a.md', 3)]);
    expect(store.files()).toEqual(['b.md']);
    store.close();
  });
});

describe('heldFindings', () => {
  it('reads as an ordinary enumerable property, in JSON too', () => {
    const result = heldFindings({ file: 'a.md', errorCount: 1 }, [finding('a.md', 2)]);
    expect(result).toEqual({ file: 'a.md', errorCount: 1, findings: [finding('a.md', 2)] });
    expect(JSON.parse(JSON.stringify(result))).toEqual({ file: 'a.md', errorCount: 1, findings: [finding('a.md', 2)] });
    expect(Object.keys(result)).toEqual(['file', 'errorCount', 'findings']);
  });

  it('gives the same list while the caller holds it, and lets it go once nobody does', async () => {
    const result = heldFindings({ file: 'a.md' }, [finding('a.md', 2)]);
    const held = (() => {
      const list = result.findings;
      expect(result.findings).toBe(list);
      return new WeakRef(list);
    })();
    expect(await collected(held)).toBe(true);
    expect(result.findings).toEqual([finding('a.md', 2)]);
  });

  it('takes a new list when one is assigned', () => {
    const result = heldFindings({ file: 'a.md' }, [finding('a.md', 2)]);
    result.findings = [finding('a.md', 7)];
    expect(result.findings).toEqual([finding('a.md', 7)]);
  });
});

describe('a lint result', () => {
  it("holds no file's findings as objects once the caller has let them go", async () => {
    const example = path.join(import.meta.dirname, '..', '..', 'fixtures', 'example');
    const result = await lint(loadConfig(example));
    const withFindings = result.results.find((file) => file.findings.length > 0) as { findings: Finding[] };
    const { held, text } = (() => {
      const list = withFindings.findings;
      return { held: new WeakRef(list), text: JSON.stringify(list) };
    })();
    expect(await collected(held)).toBe(true);
    // Read back whole: the same findings, in a new list.
    expect(JSON.stringify(withFindings.findings)).toBe(text);
  });
});
