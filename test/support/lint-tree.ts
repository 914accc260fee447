import path from 'node:path';
import { registry } from '../../rules/index.js';
import { resolveConfig, type ConfigFile, type RuleSetting } from '../../src/config/load.js';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import { makeTree } from './tree.js';

/**
 * Writes a tree of pages (each a heading and a line of text, or the given content)
 * to a temporary folder and lints it with only one rule on.
 */
export async function lintTree(
  ruleId: string,
  files: string[] | Record<string, string>,
  config: ConfigFile,
  options: LintOptions = {},
  severity: RuleSetting = 'error',
) {
  const contents = Array.isArray(files) ? Object.fromEntries(files.map((file) => [file, `# ${path.basename(file, '.md')}\n\nText.\n`])) : files;
  const root = makeTree(contents);
  const rules = Object.fromEntries([...registry.keys()].map((id) => [id, id === ruleId ? severity : 'off'] as const));
  const result = await lint(resolveConfig({ ...config, rules }, path.join(root, 'l10n-lint.config.json')), options);
  return {
    files: result.results.map((r) => r.file),
    pairs: result.plan.pairs.map((p) => `${p.canonical} -> ${p.file}`),
    findings: result.results.flatMap((r) => r.findings),
  };
}
