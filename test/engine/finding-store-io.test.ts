import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingStore } from '../../src/engine/finding-store.js';
import type { Finding } from '../../src/engine/rule.js';

/** Each write and read of the temporary file, and whether writes fail as on a full disk. */
const io = vi.hoisted(() => ({ writes: 0, reads: 0, full: false }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const mocked = {
    ...fs,
    writeSync: (...args: Parameters<typeof fs.writeSync>) => {
      io.writes++;
      if (io.full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return (fs.writeSync as (...a: unknown[]) => number)(...args);
    },
    readSync: (...args: Parameters<typeof fs.readSync>) => (io.reads++, (fs.readSync as (...a: unknown[]) => number)(...args)),
  };
  return { ...mocked, default: mocked };
});

afterEach(() => Object.assign(io, { writes: 0, reads: 0, full: false }));

const finding = (file: string, line: number): Finding => ({ ruleId: 'numbers', severity: 'warn', message: `Die Zahl ${line} fehlt in der Übersetzung.`, file, line, column: 1, endLine: line, endColumn: 5 });

/** A list of one finding is 161 bytes of JSON: 8,000 of them are 1.3 MB. */
const files = Array.from({ length: 8000 }, (_, k) => `de/page-${1000 + k}.md`);

describe('FindingStore writes and reads its temporary file a megabyte at a time', () => {
  it('8,000 lists take two writes, and read back in the order they were added, three reads', () => {
    const store = new FindingStore();
    try {
      for (const file of files) store.add([finding(file, 1)]);
      expect(io.writes).toBe(1);
      for (const file of files) expect(store.take(file)).toEqual([finding(file, 1)]);
      // The first megabyte; the list that crosses its end; the rest, written when first read.
      expect(io.writes).toBe(2);
      expect(io.reads).toBe(3);
    } finally {
      store.close();
    }
  });

  it("hands back the same in any order, a file's lists from wherever they were added", () => {
    const store = new FindingStore();
    try {
      for (const file of files) store.add([finding(file, 1)]);
      for (const file of files.slice(0, 100)) store.add([finding(file, 2)]);
      for (const file of [...files].reverse()) expect(store.read(file)).toEqual(files.indexOf(file) < 100 ? [finding(file, 1), finding(file, 2)] : [finding(file, 1)]);
    } finally {
      store.close();
    }
  });

  it('keeps in memory what it could not write (a full disk), and still hands everything back', () => {
    const store = new FindingStore();
    try {
      files.slice(0, 7000).forEach((file) => store.add([finding(file, 1)]));
      expect(io.writes).toBe(1);
      io.full = true;
      files.slice(7000).forEach((file) => store.add([finding(file, 1)]));
      for (const file of [...files].reverse()) expect(store.take(file)).toEqual([finding(file, 1)]);
      expect(io.writes).toBe(2);
    } finally {
      store.close();
    }
  });
});
