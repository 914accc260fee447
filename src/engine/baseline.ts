import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/load.js';
import { fingerprints } from './fingerprint.js';
import type { Finding } from './rule.js';

/**
 * A baseline: the findings a project has accepted for now, so that only new ones
 * are reported. Stored as stable, sorted JSON: file -> fingerprint -> the finding's
 * rule and message (for people reading the diff).
 */
export interface Baseline {
  version: 1;
  files: Record<string, Record<string, { ruleId: string; message: string }>>;
}

/** The baseline of a run's findings (grouped by file, each group in position order). */
export function createBaseline(findingsByFile: ReadonlyArray<readonly Finding[]>): Baseline {
  const files: Baseline['files'] = {};
  for (const findings of findingsByFile) {
    const prints = fingerprints(findings);
    findings.forEach((finding, index) => {
      const entries = (files[finding.file] ??= {});
      entries[prints[index] as string] = { ruleId: finding.ruleId, message: finding.message };
    });
  }
  return { version: 1, files: sortKeys(files) };
}

/** The findings of one file that the baseline does not hold. */
export function notInBaseline(baseline: Baseline, findings: readonly Finding[]): Finding[] {
  const prints = fingerprints(findings);
  return findings.filter((finding, index) => !baseline.files[finding.file]?.[prints[index] as string]);
}

export function serialiseBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

export function readBaseline(file: string, name: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new ConfigError(`${name}: cannot read the baseline (${(cause as Error).message.split('\n')[0]}); write one with --update-baseline`);
  }
  const baseline = data as Partial<Baseline>;
  if (baseline?.version !== 1 || typeof baseline.files !== 'object' || baseline.files === null) {
    throw new ConfigError(`${name}: not an l10n-lint baseline (expected {"version": 1, "files": {…}}); write one with --update-baseline`);
  }
  return baseline as Baseline;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => {
        const value = record[key] as T;
        return [key, value && typeof value === 'object' && !Array.isArray(value) ? (sortKeys(value as Record<string, unknown>) as T) : value];
      }),
  );
}
