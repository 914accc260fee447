import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig, type ConfigFile } from '../../src/config/load.js';
import { lint } from '../../src/engine/lint.js';

/**
 * Lints a file tree described in a rule's doc (a `json config` block and a `text files`
 * block listing one path per line) with only that rule on; returns its messages.
 */
export async function lintExampleTree(ruleId: string, blocks: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'l10n-lint-doc-'));
  try {
    for (const file of (blocks.files ?? '').split('\n').map((line) => line.trim()).filter(Boolean)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '# Page\n');
    }
    const data = JSON.parse(blocks.config ?? '{}') as ConfigFile;
    const config = resolveConfig({ ...data, rules: { ...data.rules, ...onlyRule(ruleId) } }, path.join(dir, 'l10n-lint.config.json'));
    const result = await lint(config);
    return result.results.flatMap((file) => file.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file}: ${f.message}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function onlyRule(ruleId: string): Record<string, 'off' | 'error'> {
  return { [ruleId]: 'error' };
}
