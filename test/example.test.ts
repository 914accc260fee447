import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { lint } from '../src/engine/lint.js';
import { gitProcesses } from '../src/sync/git.js';

/**
 * The example tree `npm start` lints. Every finding below is drift planted on
 * purpose, one or two of each kind the rules catch; the pages not listed here
 * (de/index.md, es/index.md, de/upgrade-guide-de.md, es/admin/retention-policies-es.md
 * and the English pages apart from en/upgrade-guide.md) are clean translations and
 * must stay without findings. A change in the tree or in the engine that moves,
 * adds or drops a finding fails this test.
 *
 * The example's config turns off the git history as a sync base (`"sync": { "git":
 * false }`): the history of these files is this repository's, so `outdated` findings
 * from it would depend on how the fixtures were last edited and on how deep the
 * checkout is, not on the tree.
 */
const CONFIG = path.join(import.meta.dirname, '..', 'fixtures', 'example', 'l10n-lint.config.json');

interface Pinned {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

const EXPECTED: Pinned[] = [
  // German table merged "Kept for" and "Limit" into one column.
  {
    file: 'de/admin/retention-policies-de.md',
    line: 17,
    column: 1,
    ruleId: 'tables',
    message: 'The table has 2 columns; its canonical table has 3 columns (canonical line 17)',
  },
  // German dropped the "## Legal hold" heading and kept its paragraph under the previous section.
  {
    file: 'de/admin/retention-policies-de.md',
    line: 34,
    column: 1,
    ruleId: 'headings',
    message: 'Missing heading: level 2 "Legal hold" of the canonical page (canonical line 34) has no counterpart here',
  },
  // German requirements list lost the "Port 8443" item; reported at the item that follows.
  {
    file: 'de/getting-started-de.md',
    line: 22,
    column: 1,
    ruleId: 'lists',
    message: 'Missing list item: canonical item 3 "Port 8443 reachable from every client" (canonical line 22) has no counterpart here',
  },
  // German translated the shell comment inside the bash block.
  {
    file: 'de/getting-started-de.md',
    line: 30,
    column: 1,
    ruleId: 'code',
    message: 'Code block differs from its canonical code block (canonical line 31); code is not translated',
  },
  // German capitalised the placeholder: `<name>` became `<Name>`.
  {
    file: 'de/getting-started-de.md',
    line: 39,
    column: 12,
    ruleId: 'code',
    message:
      'Inline code `harborctl init --site <Name>` differs from `harborctl init --site <name>` in the canonical text (canonical line 40); code is not translated',
  },
  // A German page whose English page no longer exists.
  {
    file: 'de/legacy-import-de.md',
    line: 1,
    column: 1,
    ruleId: 'orphaned-page',
    message: 'This German (de) page has no canonical page: en/legacy-import.md does not exist (renamed or deleted?)',
  },
  // German translated the admonition type.
  {
    file: 'de/troubleshooting-de.md',
    line: 37,
    column: 1,
    ruleId: 'admonitions',
    message: '[!HINWEIS] is not an admonition type and renders as plain text; keep the canonical [!NOTE] untranslated (canonical line 37)',
  },
  // German added a section of its own.
  {
    file: 'de/troubleshooting-de.md',
    line: 46,
    column: 1,
    ruleId: 'headings',
    message: 'Extra heading: level 3 "Support auf Deutsch" has no counterpart in the canonical page',
  },
  // German revision history lacks the 2024-03-18 entry; reported at the entry that follows it.
  {
    file: 'de/troubleshooting-de.md',
    line: 55,
    column: 1,
    ruleId: 'changelog',
    message: 'This page lacks the revision entry of 2024-03-18 (Mara Lindqvist) that the English page has (canonical line 51)',
  },
  // An old untranslated English copy beside the German translation.
  {
    file: 'de/troubleshooting.md',
    line: 1,
    column: 1,
    ruleId: 'stray-file',
    message:
      'Stray file: de/troubleshooting-de.md is the German (de) translation of en/troubleshooting.md, so this file is never used (an old or untranslated copy?)',
  },
  // The English page copied into the German folder under an English name.
  {
    file: 'de/upgrade-guide-en.md',
    line: 1,
    column: 1,
    ruleId: 'stray-file',
    message:
      'Stray file: its name marks it as English (en), but it is in the German (de) folder; it looks like a copy of en/upgrade-guide.md (the German (de) translation is de/upgrade-guide-de.md)',
  },
  // No Spanish upgrade guide.
  {
    file: 'en/upgrade-guide.md',
    line: 1,
    column: 1,
    ruleId: 'missing-translation',
    message: 'No Spanish (es) translation of this page: expected es/upgrade-guide-es.md or es/upgrade-guide.md',
  },
  // Spanish demoted "## Connect a client" to level 3.
  {
    file: 'es/getting-started-es.md',
    line: 49,
    column: 1,
    ruleId: 'headings',
    message: 'Heading level 3 differs from its canonical heading, level 2 (canonical line 49)',
  },
  // Spanish dropped the [!TIP]; reported where it belongs, before the revision history.
  {
    file: 'es/getting-started-es.md',
    line: 53,
    column: 1,
    ruleId: 'admonitions',
    message: 'Missing admonition: the canonical [!TIP] (canonical line 53) has no counterpart here',
  },
  // Spanish replaced the network ports table with a sentence; reported at that sentence.
  {
    file: 'es/troubleshooting-es.md',
    line: 27,
    column: 1,
    ruleId: 'tables',
    message: 'Missing table: the canonical table with header "Port | Protocol | Used for" (3 rows, canonical line 27) has no counterpart here',
  },
  // Spanish revision history has an entry of its own (the translator's review).
  {
    file: 'es/troubleshooting-es.md',
    line: 48,
    column: 1,
    ruleId: 'changelog',
    message: 'Extra revision entry: the English revision table (canonical line 48) has no entry of 2024-02-12 (Lucía Romero)',
  },
];

describe('the bundled example (fixtures/example)', () => {
  it('reports exactly the planted drift, at the planted lines', async () => {
    const config = loadConfig(process.cwd(), CONFIG);
    const result = await lint(config);
    const actual = result.results.flatMap((file) =>
      file.findings.map(({ file: name, line, column, ruleId, message }) => ({ file: name, line, column, ruleId, message })),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it('does not read this repository\'s git history for sync bases', async () => {
    const config = loadConfig(process.cwd(), CONFIG);
    expect(config.sync.git).toBe(false);
    const before = gitProcesses.count;
    await lint(config);
    expect(gitProcesses.count).toBe(before);
  });

  it('lints every page, and the clean translations have no findings', async () => {
    const config = loadConfig(process.cwd(), CONFIG);
    const result = await lint(config);
    expect(result.results.map((file) => file.file)).toEqual([
      'de/admin/retention-policies-de.md',
      'de/getting-started-de.md',
      'de/index.md',
      'de/legacy-import-de.md',
      'de/troubleshooting-de.md',
      'de/troubleshooting.md',
      'de/upgrade-guide-de.md',
      'de/upgrade-guide-en.md',
      'en/admin/retention-policies.md',
      'en/getting-started.md',
      'en/index.md',
      'en/troubleshooting.md',
      'en/upgrade-guide.md',
      'es/admin/retention-policies-es.md',
      'es/getting-started-es.md',
      'es/index.md',
      'es/troubleshooting-es.md',
    ]);
    const clean = result.results.filter((file) => file.findings.length === 0).map((file) => file.file);
    expect(clean).toEqual([
      'de/index.md',
      'de/upgrade-guide-de.md',
      'en/admin/retention-policies.md',
      'en/getting-started.md',
      'en/index.md',
      'en/troubleshooting.md',
      'es/admin/retention-policies-es.md',
      'es/index.md',
    ]);
    expect(result.results.every((file) => file.warningCount === 0)).toBe(true);
  });
});
