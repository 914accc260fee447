import { describe, expect, it } from 'vitest';
import { createBaseline, notInBaseline } from '../../src/engine/baseline.js';
import { fingerprints } from '../../src/engine/fingerprint.js';
import type { Finding } from '../../src/engine/rule.js';
import { directivesOf } from '../../src/page/directives.js';

function finding(line: number, message: string, ruleId = 'table-rows', file = 'de/x.md'): Finding {
  return { ruleId, severity: 'error', message, file, line, column: 1, endLine: line, endColumn: 1 };
}

describe('fingerprints', () => {
  it('survive edits that move lines, in the page and in its canonical page', () => {
    const before = [finding(10, 'Missing table row: canonical row 2 "2020" (canonical line 40) has no counterpart here')];
    const after = [finding(14, 'Missing table row: canonical row 3 "2020" (canonical line 47) has no counterpart here')];
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });

  it('differ by rule, file and message, and rank repeated findings', () => {
    const prints = fingerprints([finding(1, 'A'), finding(2, 'A'), finding(3, 'B'), finding(4, 'A', 'headings'), finding(5, 'A', 'table-rows', 'es/x.md')]);
    expect(new Set(prints).size).toBe(5);
    expect(prints[0]?.replace(/:0$/, ':1')).toBe(prints[1]);
  });
});

describe('baseline', () => {
  it('keeps known findings out and lets new ones through', () => {
    const known = [finding(3, 'Missing heading "A"'), finding(9, 'Missing heading "B"')];
    const baseline = createBaseline([known]);
    const now = [finding(5, 'Missing heading "A"'), finding(7, 'Extra heading "C"'), finding(11, 'Missing heading "B"')];
    expect(notInBaseline(baseline, now).map((f) => f.message)).toEqual(['Extra heading "C"']);
  });

  it('counts: a second identical finding is new', () => {
    const baseline = createBaseline([[finding(3, 'X')]]);
    expect(notInBaseline(baseline, [finding(3, 'X'), finding(8, 'X')])).toHaveLength(1);
  });
});

describe('suppression directives', () => {
  it('are read from HTML comments with their rules, reason and place', () => {
    const text = `# T\n\n<!-- l10n-lint-disable-next-line table-rows, headings -- kept on purpose -->\n| a |\n\n<!-- l10n-lint-disable -->\nx <!--l10n-lint-enable code-->\n<!-- l10n-lint-disable-file -->\n`;
    expect(directivesOf(text)).toEqual([
      { kind: 'disable-next-line', rules: ['table-rows', 'headings'], reason: 'kept on purpose', line: 3, column: 1, endLine: 3, endColumn: 77 },
      { kind: 'disable', rules: [], reason: '', line: 6, column: 1, endLine: 6, endColumn: 27 },
      { kind: 'enable', rules: ['code'], reason: '', line: 7, column: 3, endLine: 7, endColumn: 31 },
      { kind: 'disable-file', rules: [], reason: '', line: 8, column: 1, endLine: 8, endColumn: 32 },
    ]);
  });
});
