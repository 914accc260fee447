import { fingerprints } from '../engine/fingerprint.js';
import { READ_ERROR, UNUSED_DIRECTIVE, type LintResult } from '../engine/lint.js';
import type { Finding, Place, RuleMeta } from '../engine/rule.js';
import { VERSION } from '../version.js';
import { relativePath } from './paths.js';
import type { Formatter } from './types.js';

/** Findings the engine itself reports: they have no rule module, so their metadata is here. */
const ENGINE_RULES: Record<string, Pick<RuleMeta, 'description' | 'defaultSeverity'>> = {
  [READ_ERROR]: { description: 'Every page must be readable as UTF-8 Markdown.', defaultSeverity: 'error' },
  [UNUSED_DIRECTIVE]: { description: 'Disable comments must suppress something (--report-unused-disable-directives).', defaultSeverity: 'warn' },
};

const LEVEL = { error: 'error', warn: 'warning', off: 'none' } as const;

/**
 * SARIF 2.1.0, for code scanning: one run whose driver lists every rule the run knew
 * (with a full description and help, as code scanning asks), and one result per
 * finding, at a URI relative to the working directory (the repository root in CI),
 * with the canonical place as a related location, a fingerprint that stays the
 * same when lines move, and a canonical change (word-level diff) in `properties.diff`.
 */
export const sarif: Formatter = (result, context) => {
  const rules = ruleDescriptors(result);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const location = (place: Place) => ({
    physicalLocation: {
      artifactLocation: { uri: toUri(relativePath(result.root, place.file, context.cwd)) },
      region: { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: place.endColumn },
    },
  });
  const results = result.results.flatMap((file) => {
    const prints = fingerprints(file.findings);
    return file.findings.map((finding: Finding, i) => ({
      ruleId: finding.ruleId,
      ruleIndex: index.get(finding.ruleId) as number,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [location(finding)],
      ...(finding.related ? { relatedLocations: [{ id: 1, ...location(finding.related), message: { text: 'The canonical page' } }] } : {}),
      partialFingerprints: { primaryLocationLineHash: prints[i] as string },
      // The canonical change of an `outdated` finding, as in the JSON output's `detail.diff`.
      ...(finding.detail?.diff ? { properties: { diff: finding.detail.diff } } : {}),
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'l10n-lint', version: VERSION, semanticVersion: VERSION, informationUri: 'https://www.npmjs.com/package/l10n-lint', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};

interface RuleDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'none' };
}

/** Every rule the run knew, and any other rule id a finding carries, sorted by id. */
function ruleDescriptors(result: LintResult): RuleDescriptor[] {
  const known = new Map<string, Pick<RuleMeta, 'description' | 'defaultSeverity'>>([...Object.entries(ENGINE_RULES), ...(result.rules ?? [])]);
  const ids = new Set([...known.keys(), ...result.results.flatMap((file) => file.findings.map((f) => f.ruleId))]);
  return [...ids].sort().map((id) => {
    const meta = known.get(id);
    const description = meta?.description ?? `Reported by the rule ${id}.`;
    const doc = result.rules?.has(id) ? `the documentation of the rule ${id} (rules/${id}.md in the l10n-lint package)` : null;
    return {
      id,
      shortDescription: { text: description },
      fullDescription: { text: description },
      help: { text: doc ? `${description} See ${doc}.` : description },
      defaultConfiguration: { level: LEVEL[meta?.defaultSeverity ?? 'warn'] },
    };
  });
}

/** A relative path as a URI reference: each segment percent-encoded (`#`, `?`, `%`, spaces, non-ASCII). */
function toUri(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

