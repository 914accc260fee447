import { chmodSync, mkdirSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { makeTree } from '../support/tree.js';

/**
 * A plugin rule with a fix: a heading ending with a full stop loses it. With
 * TOUCH set in a page's front matter, it also changes that page on disk while the run
 * is under way, as an editor saving the file would.
 */
const PLUGIN = `import { appendFileSync } from 'node:fs';
import path from 'node:path';
export default {
  meta: { id: 'test/heading-stop', description: 'No full stop after a heading', defaultSeverity: 'error', fixable: true,
    messages: { stop: 'Heading ends with a full stop' } },
  checkPage({ page, project, report }) {
    if (page.frontMatter?.data?.touch) appendFileSync(path.join(project.root, page.file), 'Saved meanwhile.\\n');
    for (const block of page.blocks) {
      if (block.kind !== 'heading' || !block.source.endsWith('.')) continue;
      const { endLine, endColumn } = block.span;
      report({ messageId: 'stop', at: block.span, fix: { line: endLine, column: endColumn - 1, endLine, endColumn, text: '' } });
    }
  },
};
`;
const CONFIG = { source: 'en/{path}.md', locales: { de: 'de/{path}.md' }, plugins: ['./heading-stop.mjs'], rules: { 'heading-spaces': 'off', headings: 'off', 'front-matter-keys': 'off' } };
const EN = '# Setup\n\n## Install\n\nText.\n';

function tree(de: string | Buffer): string {
  const dir = makeTree({ 'l10n-lint.config.json': CONFIG, 'heading-stop.mjs': PLUGIN, 'en/setup.md': EN });
  mkdirSync(path.join(dir, 'de'));
  writeFileSync(path.join(dir, 'de/setup.md'), de);
  return dir;
}

describe('--fix changes only what it means to', () => {
  it('leaves every other byte as it was: BOM, CRLF and LF mixed, trailing spaces and tabs, no final newline', async () => {
    const before = '\ufeff# Einrichtung.\r\n\r\nText with trailing spaces.   \n\t\n## Installieren.\r\n\r\n  Indented text\t\r\nLast line without newline.';
    const after = '\ufeff# Einrichtung\r\n\r\nText with trailing spaces.   \n\t\n## Installieren\r\n\r\n  Indented text\t\r\nLast line without newline.';
    const dir = tree(before);
    expect(await runCli(dir, ['--fix'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dir, 'de/setup.md'))).toEqual(Buffer.from(after, 'utf8'));
    expect(readFileSync(path.join(dir, 'en/setup.md'), 'utf8')).toBe(EN);
  });

  it('writes a UTF-16 page back in UTF-16, byte order mark included', async () => {
    const before = '\ufeff# Einrichtung.\r\n\r\nText.\r\n';
    for (const bigEndian of [false, true]) {
      const encode = (text: string) => (bigEndian ? Buffer.from(text, 'utf16le').swap16() : Buffer.from(text, 'utf16le'));
      const dir = tree(encode(before));
      expect(await runCli(dir, ['--fix'])).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(path.join(dir, 'de/setup.md'))).toEqual(encode('\ufeff# Einrichtung\r\n\r\nText.\r\n'));
    }
  });

  it('never writes a file that changed on disk after it was read', async () => {
    const before = '---\ntouch: true\n---\n# Einrichtung.\n';
    const dir = tree(before);
    const result = await runCli(dir, ['--fix']);
    // The run reports the finding it could not fix; the edit made meanwhile is kept as it is.
    expect(result).toEqual({ code: 1, stderr: '', stdout: '\nde/setup.md\n  4:1  error  Heading ends with a full stop  test/heading-stop\n\n✖ 1 problem (1 error, 0 warnings)\n' });
    expect(readFileSync(path.join(dir, 'de/setup.md'), 'utf8')).toBe(before + 'Saved meanwhile.\n');
  });

  it('keeps the file mode and a symbolic link, writes the file it points to, and leaves no temporary file', async () => {
    const dir = makeTree({ 'l10n-lint.config.json': CONFIG, 'heading-stop.mjs': PLUGIN, 'en/setup.md': EN, 'shared/setup-de.md': '# Einrichtung.\n' });
    mkdirSync(path.join(dir, 'de'));
    symlinkSync('../shared/setup-de.md', path.join(dir, 'de/setup.md'));
    chmodSync(path.join(dir, 'shared/setup-de.md'), 0o640);
    expect(await runCli(dir, ['--fix'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(lstatSync(path.join(dir, 'de/setup.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'shared/setup-de.md'), 'utf8')).toBe('# Einrichtung\n');
    expect(statSync(path.join(dir, 'shared/setup-de.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(dir, 'shared'))).toEqual(['setup-de.md']);
    expect(readdirSync(path.join(dir, 'de'))).toEqual(['setup.md']);
  });
});
