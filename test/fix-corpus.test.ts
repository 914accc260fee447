import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { CORPUS, HAS_CORPUS } from './support/corpus.js';
import { makeTree } from './support/tree.js';

const CONFIG = path.join(import.meta.dirname, '..', 'fixtures', 'layouts', 'fasttrack-playbook', 'l10n-lint.config.json');

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; message: string }>;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

async function lintJson(dir: string, args: string[] = []): Promise<JsonFile[]> {
  let stdout = '';
  await main(['-f', 'json', ...args], { cwd: dir, env: {}, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } });
  return JSON.parse(stdout) as JsonFile[];
}

const keys = (results: JsonFile[]) => results.flatMap((file) => file.messages.map((m) => `${path.basename(file.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
const fixable = (results: JsonFile[]) => results.reduce((sum, file) => sum + file.fixableErrorCount + file.fixableWarningCount, 0);
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });

/** A changed line with what the fixes of the corpus may change taken out: invisible characters and doubled spaces. */
const normal = (line: string) => line.replace(/[\u200b\u2060\ufeff]/g, '').replace(/\u00a0/g, ' ').replace(/[ \t]{2,}/g, ' ');

describe.skipIf(!HAS_CORPUS)('--fix on a copy of the corpus', () => {
  it('removes every fixable finding and adds none; a second run changes nothing; git diff shows only the fixes', async () => {
    const dir = makeTree({});
    cpSync(CORPUS, dir, { recursive: true });
    const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as Record<string, unknown>;
    delete config.$schema;
    writeFileSync(path.join(dir, 'l10n-lint.config.json'), JSON.stringify({ ...config, root: '.' }));
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'corpus');

    const before = await lintJson(dir);
    const fixed = await lintJson(dir, ['--fix']);
    expect(fixable(before)).toBe(841);
    expect(fixable(fixed)).toBe(0);
    // Every finding left was there before: the fixes brought no new one.
    const previous = new Set(keys(before));
    expect(keys(fixed).filter((key) => !previous.has(key))).toEqual([]);
    expect(keys(before).length - keys(fixed).length).toBe(841);

    // The second run finds nothing to fix and writes nothing.
    const diff = git(dir, 'diff', '-U0');
    expect(await lintJson(dir, ['--fix'])).toEqual(fixed);
    expect(git(dir, 'diff', '-U0')).toBe(diff);

    // Only translations changed, line for line, and each changed line is one where a fix was offered.
    const changed = git(dir, 'diff', '--numstat').trim().split('\n').map((line) => line.split('\t'));
    expect(changed.every(([added, removed, file]) => added === removed && !file?.startsWith('english-playbook/'))).toBe(true);
    const fixableLines = new Set(
      before.flatMap((file) => file.messages.filter((m) => ['heading-spaces', 'invisible-characters', 'localized-links'].includes(m.ruleId)).map((m) => `${path.relative(dir, file.filePath)}:${m.line}`)),
    );
    let linkEdits = 0;
    for (const [, , file] of changed) {
      const hunks = git(dir, 'diff', '-U0', '--', file ?? '').split('\n@@ ').slice(1);
      for (const hunk of hunks) {
        const [header = '', ...lines] = hunk.split('\n');
        const start = Number(/^-(\d+)/.exec(header)?.[1]);
        const removed = lines.filter((line) => line.startsWith('-'));
        const added = lines.filter((line) => line.startsWith('+'));
        expect(added.length).toBe(removed.length);
        removed.forEach((line, index) => {
          expect(fixableLines.has(`${file}:${start + index}`), `${file}:${start + index}`).toBe(true);
          if (normal(line.slice(1)) !== normal(added[index]?.slice(1) ?? '')) linkEdits++;
        });
      }
    }
    // Lines that differ by more than invisible characters and spaces: the three links pointed at their translations.
    expect(linkEdits).toBe(3);
  }, 180_000);
});
