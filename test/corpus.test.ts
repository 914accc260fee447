import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { lint, type LintResult } from '../src/engine/lint.js';
import type { Finding } from '../src/engine/rule.js';
import { HAS_CORPUS } from './support/corpus.js';

/**
 * The whole pipeline over the real public corpus: four locales, real drift. These
 * pin findings checked by hand against the corpus files.
 */
describe.skipIf(!HAS_CORPUS)('lint over ../shared/corpora/fasttrack-playbook', () => {
  let result: LintResult;
  let findings: Finding[];
  const configFile = path.join(import.meta.dirname, '..', 'fixtures', 'layouts', 'fasttrack-playbook', 'l10n-lint.config.json');

  beforeAll(async () => {
    result = await lint(loadConfig(process.cwd(), configFile));
    findings = result.results.flatMap((file) => file.findings);
  }, 120_000);

  const at = (file: string) => findings.filter((f) => f.file === file).map((f) => `${f.line}:${f.column} ${f.ruleId}: ${f.message}`);

  it('reads every page: nothing is unreadable', () => {
    // Every Markdown file of the four folders: 313 (the toc.yml files are not Markdown).
    expect(result.results.length).toBe(313);
    expect(findings.filter((f) => f.ruleId === 'unreadable-file')).toEqual([]);
  });

  it('reports a missing revision entry keyed on its date', () => {
    expect(at('german-playbook/l1l2l3-blocked-app-compatibility-de.md').filter((f) => f.includes(' changelog: '))).toEqual([
      '60:1 changelog: This page lacks the revision entry of 05/12/2020 (James Collins) — the translation is older than the English page (canonical line 60)',
    ]);
  });

  it('reports translated and lost admonition markers', () => {
    expect(at('german-playbook/resources-fasttrack-subject-matter-experts-resources-guidance-de.md')).toContain(
      '216:1 admonitions: [!HINWEIS] is not an admonition type and renders as plain text; keep the canonical [!NOTE] untranslated (canonical line 216)',
    );
    expect(at('spanish-playbook/resources-fasttrack-subject-matter-experts-resources-guidance-es.md')).toContain(
      '216:1 admonitions: The [!NOTE] marker is missing: this is a plain quote, but its canonical text is a [!NOTE] admonition (canonical line 216)',
    );
  });

  it('reports sections the German page lacks, and one moved elsewhere', () => {
    const german = at('german-playbook/resources-services-workshops-de.md');
    expect(german).toContain(
      '33:1 headings: Missing heading: level 3 "Enterprise Mobility & Security (EMS)" of the canonical page (canonical line 39) has no counterpart here',
    );
    expect(german).toContain('33:1 headings: Missing heading: level 3 "Edge" of the canonical page (canonical line 35) has no counterpart here');
    expect(german).toContain('33:1 headings: Missing heading: level 3 "Intune" of the canonical page (canonical line 49) has no counterpart here');
    expect(german).toContain('61:1 headings: Extra heading: level 3 "Intune" has no counterpart in the canonical page');
  });

  it('reports headings demoted by a level: all twelve level-2 sections of the German page', () => {
    expect(at('german-playbook/resources-bvd-de.md').filter((f) => f.includes('Heading level 3 differs'))).toHaveLength(12);
  });

  it('reports extra revision entries that only a translation has', () => {
    expect(at('portuguese-playbook/status-guidance-partner-pr.md').filter((f) => f.includes(' changelog: '))).toEqual([
      '42:1 changelog: Extra revision entry: the English revision table (canonical line 40) has no entry of 05/04/2020 (Celia Kennedy)',
    ]);
  });

  it('reports revision entries the translation lacks, and one it has of its own, each in its place', () => {
    expect(at('portuguese-playbook/enable-enable-services-partner-pr.md').filter((f) => f.includes(' changelog: '))).toEqual([
      '357:1 changelog: Extra revision entry: the English revision table (canonical line 407) has no entry of 05/04/2020 (Celia Kennedy)',
      '357:1 changelog: This page lacks the revision entry of 5/12/2020 (James Collins) that the English page has (canonical line 409)',
      '358:1 changelog: Extra revision entry: the English revision table (canonical line 407) has no entry of 10/25/2020 (Celia Kennedy)',
      '359:1 changelog: This page lacks the revision entry of 3/25/2020 (Celia Kennedy) that the English page has (canonical line 410)',
    ]);
  });

  it('reports an author name changed in translation', () => {
    expect(at('spanish-playbook/assess-conduct-customer-success-workshop-partner-es.md')).toContain(
      '197:2 changelog: The revision entry of 03/06/2019 names "Patric Grimoso"; the English page names "Patric Grimwood" for it (canonical line 201)',
    );
  });

  it('reports a canonical revision date that does not parse once, in the English page', () => {
    expect(at('english-playbook/initiate-deploy-securely-partner.md').filter((f) => f.includes(' changelog: '))).toEqual([
      '149:1 changelog: "10/018/2019" is not a date in the expected format (M/D/YYYY or YYYY-MM-DD), so translations cannot be compared with this revision entry',
    ]);
    expect(at('german-playbook/initiate-deploy-securely-partner-de.md').filter((f) => f.includes('10/018/2019'))).toEqual([]);
  });

  it('leaves revision tables to the changelog rule: table-rows reports none of their rows', () => {
    expect(findings.filter((f) => f.ruleId === 'changelog')).toHaveLength(157);
    expect(findings.filter((f) => f.ruleId === 'table-rows' && /\d+\/\d+\/\d{4}/.test(f.message))).toEqual([]);
  });

  it('gives the same result twice', async () => {
    const again = await lint(loadConfig(process.cwd(), configFile));
    expect(again.results).toEqual(result.results);
  }, 120_000);
});
