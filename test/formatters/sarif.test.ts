import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lint } from '../../src/engine/lint.js';
import { sarif } from '../../src/formatters/sarif.js';
import { VERSION } from '../../src/version.js';
import { HAS_CORPUS } from '../support/corpus.js';
import { CWD, HOSTILE, hostileResult, SAMPLE_FINDINGS, sampleResult } from './sample.js';
import type { DiffPart, Finding } from '../../src/engine/rule.js';

const require = createRequire(import.meta.url);
/**
 * The SARIF 2.1.0 JSON schema (draft-04) as the OASIS committee released it (2.1.0-rtm.5),
 * shipped by Microsoft's npm package @microsoft/jest-sarif.
 */
const SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
/** Microsoft's SARIF Multitool: schema, SARIF correctness rules and GitHub code scanning's ingestion rules. */
const MULTITOOL = path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
const PROJECT = path.resolve(import.meta.dirname, '..', '..');

function validator() {
  // The schema has a pattern that is not valid as a Unicode regular expression.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  formats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
}

function expectValid(log: unknown): void {
  const validate = validator();
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

/** Runs the Multitool's validation (rule kinds Sarif and Gh); returns its error and warning lines. */
function multitool(text: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'l10n-lint-sarif-'));
  try {
    chmodSync(MULTITOOL, 0o755); // npm does not run the package's install script, which does this
    const input = path.join(dir, 'l10n-lint.sarif');
    writeFileSync(input, text);
    const out = execFileSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '--output', path.join(dir, 'validation.sarif'), input], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    expect(out).toContain('Analysis completed successfully');
    return out.split('\n').filter((line) => /: (error|warning) /.test(line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const region = (line: number, column: number, endLine: number, endColumn: number) => ({ startLine: line, startColumn: column, endLine, endColumn });
const descriptor = (id: string, text: string, level: string, documented: boolean) => ({
  id,
  shortDescription: { text },
  fullDescription: { text },
  help: { text: documented ? `${text} See the documentation of the rule ${id} (rules/${id}.md in the l10n-lint package).` : text },
  defaultConfiguration: { level },
});

describe('sarif formatter', () => {
  it('writes SARIF 2.1.0 with rule metadata, relative URIs, regions, the canonical place and fingerprints', () => {
    const output = sarif(sampleResult(), { cwd: CWD, color: false });
    const log = JSON.parse(output) as unknown;
    expect(output).toBe(JSON.stringify(log, null, 2));
    expect(log).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'l10n-lint',
              version: VERSION,
              semanticVersion: VERSION,
              informationUri: 'https://www.npmjs.com/package/l10n-lint',
              rules: [
                descriptor('table-rows', 'Every canonical table row must be present in the translation.', 'error', true),
                descriptor('unreadable-file', 'Every page must be readable as UTF-8 Markdown.', 'error', false),
                descriptor('untranslated', 'Blocks must be translated.', 'warning', true),
                descriptor('unused-disable-directive', 'Disable comments must suppress something (--report-unused-disable-directives).', 'warning', false),
              ],
            },
          },
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'untranslated',
              ruleIndex: 2,
              level: 'warning',
              message: { text: 'This paragraph is the same as on the canonical page (canonical line 5): translate it' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/de/setup-de.md' }, region: region(5, 1, 5, 20) } }],
              relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: { uri: 'docs/en/setup.md' }, region: region(5, 1, 5, 20) }, message: { text: 'The canonical page' } }],
              partialFingerprints: { primaryLocationLineHash: '7d28a5e17f651df4:0' },
            },
            {
              ruleId: 'table-rows',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'Row 1 of the table under "Install" (canonical line 11) is missing here' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/de/setup-de.md' }, region: region(11, 1, 11, 1) } }],
              relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: { uri: 'docs/en/setup.md' }, region: region(11, 1, 11, 34) }, message: { text: 'The canonical page' } }],
              partialFingerprints: { primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{16}:0$/) as unknown },
            },
          ],
        },
      ],
    });
    expectValid(log);
  });

  it('carries the canonical change of a finding (outdated) in the result\'s properties', () => {
    const diff: DiffPart[] = [[0, 'It listens on port '], [-1, '8080'], [1, '9090'], [0, '.']];
    const [first, second] = SAMPLE_FINDINGS;
    const output = sarif(sampleResult([{ ...(first as Finding), detail: { diff } }, second as Finding]), { cwd: CWD, color: false });
    const log = JSON.parse(output) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const [withChange, without] = log.runs[0]?.results ?? [];
    expect(withChange?.properties).toEqual({ diff });
    expect(without).not.toHaveProperty('properties');
    expectValid(log);
  });

  it('keeps fingerprints when lines move', () => {
    const moved = sampleResult().results[0]?.findings.map((f) => ({ ...f, line: f.line + 7, endLine: f.endLine + 7 })) ?? [];
    const prints = (text: string) => (JSON.parse(text) as { runs: Array<{ results: Array<{ partialFingerprints: unknown }> }> }).runs[0]?.results.map((r) => r.partialFingerprints);
    expect(prints(sarif(sampleResult(moved), { cwd: CWD, color: false }))).toEqual(prints(sarif(sampleResult(), { cwd: CWD, color: false })));
  });

  it('keeps hostile text intact and file names as valid URI references', () => {
    const output = sarif(hostileResult(), { cwd: CWD, color: false });
    const log = JSON.parse(output) as { runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const result = log.runs[0]?.results[0];
    expect(result?.message.text).toBe(HOSTILE);
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('docs/de/we%2Cird%3A%20na%25me%20%231%20%C3%BC.md');
    expect(decodeURIComponent('we%2Cird%3A%20na%25me%20%231%20%C3%BC.md')).toBe('we,ird: na%me #1 ü.md');
    expectValid(log);
    expect(multitool(output).filter((line) => line.includes(': error '))).toEqual([]);
  });

  it('passes the SARIF Multitool with the GitHub rules, without warnings', () => {
    expect(multitool(sarif(sampleResult(), { cwd: CWD, color: false }))).toEqual([]);
  });

  it.runIf(HAS_CORPUS)('writes SARIF for the shared corpus that validates against the schema and the Multitool', async () => {
    const config = loadConfig(PROJECT, 'fixtures/layouts/fasttrack-playbook/l10n-lint.config.json');
    const result = await lint(config);
    const output = sarif(result, { cwd: config.root, color: false });
    const log = JSON.parse(output) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const results = log.runs[0]?.results ?? [];
    expect(results.length).toBe(result.results.reduce((sum, file) => sum + file.findings.length, 0));
    expect(results.length).toBeGreaterThan(1000);
    expect(results.every((r) => /^(english|german|spanish|portuguese)-playbook\//.test(r.locations[0]?.physicalLocation.artifactLocation.uri ?? ''))).toBe(true);
    expectValid(log);
    expect(multitool(output).filter((line) => line.includes(': error '))).toEqual([]);
  }, 240_000);
});
