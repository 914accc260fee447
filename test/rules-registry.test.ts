import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { registry } from '../rules/index.js';
import type { UrlStatus } from '../src/engine/project.js';
import { runPairRule } from './support/rule-tester.js';
import { lintExampleTree } from './support/doc-examples.js';

const rulesDir = path.join(import.meta.dirname, '..', 'rules');
const ruleFiles = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.slice(0, -3));

/** The fenced blocks of a section of a rule's doc, by the second word of their info string. */
function examples(doc: string, section: 'Incorrect' | 'Correct'): Record<string, string> {
  const tree = unified().use(remarkParse).parse(doc);
  const blocks: Record<string, string> = {};
  let inSection = false;
  for (const node of tree.children) {
    if (node.type === 'heading') inSection = node.depth === 3 && toString(node) === section;
    else if (inSection && node.type === 'code' && node.meta) blocks[node.meta] = node.value + '\n';
  }
  return blocks;
}

function toString(node: { children?: unknown[]; value?: unknown }): string {
  return typeof node.value === 'string' ? node.value : (node.children ?? []).map((child) => toString(child as typeof node)).join('');
}

describe('rule registry', () => {
  it('registers every rule file, and nothing else', () => {
    expect([...registry.keys()].sort()).toEqual([...ruleFiles].sort());
  });

  for (const [id, rule] of registry) {
    describe(id, () => {
      it('has an id equal to its file name and a description', () => {
        expect(ruleFiles).toContain(rule.meta.id);
        expect(rule.meta.id).toBe(id);
        expect(rule.meta.description.length).toBeGreaterThan(10);
      });

      it('has a test file', () => {
        expect(existsSync(path.join(import.meta.dirname, 'rules', `${id}.test.ts`))).toBe(true);
      });

      const docFile = path.join(rulesDir, `${id}.md`);
      it('has documentation beside it, titled with its id and quoting its description', () => {
        expect(existsSync(docFile)).toBe(true);
        const doc = readFileSync(docFile, 'utf8');
        expect(doc.split('\n')[0]).toBe(`# ${id}`);
        expect(doc).toContain(`> ${rule.meta.description}.`);
        expect(doc).toContain(`Default severity: \`${rule.meta.defaultSeverity}\``);
      });

      it('documents and tests its fix when it offers one, and only then', () => {
        const doc = readFileSync(docFile, 'utf8');
        const test = readFileSync(path.join(import.meta.dirname, 'rules', `${id}.test.ts`), 'utf8');
        expect(doc.includes('\n## Fixing\n'), 'a "## Fixing" section').toBe(rule.meta.fixable === true);
        expect(test.includes('expectFix('), 'a test of the fixed output').toBe(rule.meta.fixable === true);
      });

      it('has documentation examples that are true: the incorrect one fails, the correct one passes', async () => {
        const doc = readFileSync(docFile, 'utf8');
        const incorrect = examples(doc, 'Incorrect');
        const correct = examples(doc, 'Correct');
        if (rule.checkPair || rule.checkPage) {
          for (const blocks of [incorrect, correct]) {
            expect(blocks.canonical, 'a "markdown canonical" block').toBeDefined();
            expect(blocks.translation, 'a "markdown translation" block').toBeDefined();
          }
          const options = incorrect.options ? (JSON.parse(incorrect.options) as object) : undefined;
          // A `json urlStatus` block (URL -> { ok, status }) stands for what --online found.
          const urlStatus = (blocks: Record<string, string>) =>
            blocks.urlStatus ? { urlStatus: new Map(Object.entries(JSON.parse(blocks.urlStatus) as Record<string, UrlStatus>)) } : {};
          // A `markdown stamped` block is the canonical page as it was when the translation was stamped.
          const stamped = (blocks: Record<string, string>) => (blocks.stamped !== undefined ? { stamped: blocks.stamped } : {});
          const run = (blocks: Record<string, string>, opts?: object) =>
            runPairRule(rule, { canonical: blocks.canonical ?? '', locale: blocks.translation ?? '', ...(opts ? { options: opts } : {}), ...urlStatus(blocks), ...stamped(blocks) });
          expect(run(incorrect, options).length).toBeGreaterThan(0);
          const correctOptions = correct.options ? (JSON.parse(correct.options) as object) : undefined;
          expect(run(correct, correctOptions).map((r) => r.finding.message)).toEqual([]);
        } else {
          for (const blocks of [incorrect, correct]) {
            expect(blocks.config, 'a "json config" block').toBeDefined();
            expect(blocks.files, 'a "text files" block').toBeDefined();
          }
          expect((await lintExampleTree(id, incorrect)).length).toBeGreaterThan(0);
          expect(await lintExampleTree(id, correct)).toEqual([]);
        }
      });
    });
  }
});
