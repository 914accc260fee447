import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { makeTree } from './support/tree.js';

/**
 * A plugin rule with a fix: a heading ending with a full stop loses it. It reports on
 * canonical pages too, so that the test shows the engine never writes those.
 */
const PLUGIN = `export default {
  meta: { id: 'test/heading-stop', description: 'No full stop after a heading', defaultSeverity: 'error', fixable: true,
    messages: { stop: 'Heading ends with a full stop' } },
  checkPage({ page, report }) {
    for (const block of page.blocks) {
      if (block.kind !== 'heading' || !block.source.endsWith('.')) continue;
      const { endLine, endColumn } = block.span;
      report({ messageId: 'stop', at: block.span, fix: { line: endLine, column: endColumn - 1, endLine, endColumn, text: '' } });
    }
  },
};
`;

const CONFIG = { source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' }, plugins: ['./heading-stop.mjs'], rules: { 'heading-spaces': 'off' } };
const EN = '# Setup.\n\n## Install\n\nText.\n';
const DE = '\ufeff# Einrichtung.\r\n\r\n## Installieren.\r\n\r\nText.\r\n';

async function run(args: string[], cwd: string) {
  let stdout = '';
  const code = await main(['--no-color', ...args], { cwd, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } });
  return { code, stdout };
}

function tree() {
  return makeTree({ 'l10n-lint.config.json': CONFIG, 'heading-stop.mjs': PLUGIN, 'en/setup.md': EN, 'de/setup-de.md': DE });
}

describe('--fix', () => {
  it('fixes translations only, keeps BOM and CRLF, reports what is left, and a second run changes nothing', async () => {
    const dir = tree();
    const { code, stdout } = await run(['--fix'], dir);
    expect(readFileSync(path.join(dir, 'de/setup-de.md'), 'utf8')).toBe('\ufeff# Einrichtung\r\n\r\n## Installieren\r\n\r\nText.\r\n');
    expect(readFileSync(path.join(dir, 'en/setup.md'), 'utf8')).toBe(EN);
    expect(code).toBe(1);
    expect(stdout).toBe(['', 'en/setup.md', '  1:1  error  Heading ends with a full stop  test/heading-stop', '', '✖ 1 problem (1 error, 0 warnings)', ''].join('\n'));
    const before = readFileSync(path.join(dir, 'de/setup-de.md'));
    expect((await run(['--fix'], dir)).stdout).toBe(stdout);
    expect(readFileSync(path.join(dir, 'de/setup-de.md'))).toEqual(before);
  });

  it('--fix-dry-run writes nothing and shows the fixed text as "output" in json', async () => {
    const dir = tree();
    const { stdout } = await run(['--fix-dry-run', '-f', 'json'], dir);
    const results = JSON.parse(stdout) as Array<{ filePath: string; output?: string; fixableErrorCount: number }>;
    expect(results.map((r) => [path.relative(dir, r.filePath), r.fixableErrorCount, r.output])).toEqual([
      ['de/setup-de.md', 2, '\ufeff# Einrichtung\r\n\r\n## Installieren\r\n\r\nText.\r\n'],
      ['en/setup.md', 1, undefined],
    ]);
    expect(readFileSync(path.join(dir, 'de/setup-de.md'), 'utf8')).toBe(DE);
  });
});
