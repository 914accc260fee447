import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/rule.js';
import { stylish } from '../../src/formatters/stylish.js';
import { CWD, sampleResult } from './sample.js';

describe('stylish formatter', () => {
  it('shows a canonical change on one line under its message, line breaks as spaces and control characters escaped', () => {
    const finding: Finding = {
      ruleId: 'outdated',
      severity: 'warn',
      message: 'Outdated: 1 block changed in the canonical section "Use" since this translation was synced (canonical line 5); update the translation',
      file: 'de/setup-de.md',
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 7,
      detail: { diff: [[0, '## Use\n\nRun it'], [1, ' twice \u001b[2J'], [0, '.']] },
    };
    expect(stylish(sampleResult([finding]), { cwd: CWD, color: false }).split('\n').slice(1, 4)).toEqual([
      'docs/de/setup-de.md',
      '  5:1  warning  Outdated: 1 block changed in the canonical section "Use" since this translation was synced (canonical line 5); update the translation  outdated',
      '                ## Use Run it{+ twice \\u001b[2J+}.',
    ]);
  });
});
