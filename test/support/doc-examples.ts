import type { ConfigFile } from '../../src/config/load.js';
import { lintTree } from './lint-tree.js';

/**
 * Lints a file tree described in a rule's doc (a `json config` block and a `text files`
 * block listing one path per line) with only that rule on; returns its messages.
 */
export async function lintExampleTree(ruleId: string, blocks: Record<string, string>): Promise<string[]> {
  const files = (blocks.files ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  const { findings } = await lintTree(ruleId, files, JSON.parse(blocks.config ?? '{}') as ConfigFile);
  return findings.map((f) => `${f.file}: ${f.message}`);
}
