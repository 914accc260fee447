import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, hashOf, writeIfUnchanged } from '../../src/engine/fix.js';
import { makeTree } from '../support/tree.js';

describe('applyEdits', () => {
  it('replaces spans, last first, keeping a BOM and CRLF line endings', () => {
    const text = '\ufeff---\r\nauthor: X\r\n---\r\n##  Title\r\nA\u200bB\r\n';
    const { text: fixed, applied } = applyEdits(text, [
      { line: 2, column: 9, endLine: 2, endColumn: 10, text: 'Ana' },
      { line: 4, column: 3, endLine: 4, endColumn: 5, text: ' ' },
      { line: 5, column: 2, endLine: 5, endColumn: 3, text: '' },
    ]);
    expect(applied).toBe(3);
    expect(fixed).toBe('\ufeff---\r\nauthor: Ana\r\n---\r\n## Title\r\nAB\r\n');
  });

  it('leaves out an edit that overlaps one already taken', () => {
    const { text, applied } = applyEdits('abcdef\n', [
      { line: 1, column: 2, endLine: 1, endColumn: 5, text: 'X' },
      { line: 1, column: 4, endLine: 1, endColumn: 6, text: 'Y' },
    ]);
    expect({ text, applied }).toEqual({ text: 'aXef\n', applied: 1 });
  });
});

describe('writeIfUnchanged', () => {
  it('writes atomically when the file is still the one read, and refuses otherwise', () => {
    const dir = makeTree({ 'de/x.md': 'old\n' });
    const file = path.join(dir, 'de/x.md');
    const readHash = hashOf(readFileSync(file));
    expect(writeIfUnchanged(file, readHash, 'new\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    writeFileSync(file, 'edited meanwhile\n');
    expect(writeIfUnchanged(file, readHash, 'newer\n')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('edited meanwhile\n');
  });
});
