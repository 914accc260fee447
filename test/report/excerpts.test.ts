import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExcerpts } from '../../src/report/excerpts.js';
import type { ReportPage } from '../../src/report/model.js';
import { makeTree } from '../support/tree.js';

describe('report excerpts', () => {
  it('quote a UTF-16 page as the linter reads it', () => {
    const dir = makeTree({});
    writeFileSync(path.join(dir, 'de.md'), Buffer.from('\ufeff# Titel\r\n\r\nZweite Zeile: Größe\r\n', 'utf16le'));
    const finding = { ruleId: 'numbers', severity: 'error' as const, message: 'm', file: 'de.md', line: 3, column: 1, endLine: 3, endColumn: 5 };
    const page: ReportPage = { file: 'de.md', locale: 'de', kind: 'translation', findings: [finding], errors: 1, warnings: 0 };
    expect(readExcerpts(dir, [page]).get('de.md')?.get(3)).toBe('Zweite Zeile: Größe');
  });
});
