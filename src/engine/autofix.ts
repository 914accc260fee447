import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/load.js';
import { applyEdits, hashOf, writeIfUnchanged, type TextEdit } from './fix.js';
import { lint, type LintOptions, type LintResult } from './lint.js';
import { decodeText, encodeText } from './text-encoding.js';

/** Passes at most: each pass applies the fixes that do not overlap, then lints again. */
const MAX_PASSES = 10;

/**
 * `--fix`: lints, applies the fixes of the translations' findings, lints again, until
 * nothing is left to fix. Canonical pages are never written; a file is written
 * atomically, and only if it is still as it was read. `dryRun` applies nothing to
 * disk: each result with fixes gets `output`, its fixed text (one pass).
 */
export async function lintAndFix(config: Config, given: LintOptions, dryRun: boolean): Promise<LintResult> {
  // A file is written only if it is still as it was read: its hash tells.
  const options: LintOptions = { ...given, hashes: true };
  let result = await lint(config, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let written = 0;
    for (const [file, edits] of fixesOf(result)) {
      const target = path.join(config.root, file);
      const fileResult = result.results.find((r) => r.file === file);
      const bytes = readFileSync(target);
      if (!fileResult?.hash || hashOf(bytes) !== fileResult.hash) continue;
      const decoded = decodeText(bytes);
      if (decoded instanceof Error) continue;
      const { text, applied } = applyEdits(decoded.text, edits);
      if (applied === 0 || text === decoded.text) continue;
      if (dryRun) fileResult.output = text;
      else if (writeIfUnchanged(target, fileResult.hash, encodeText(text, decoded.encoding))) written++;
    }
    if (dryRun || written === 0) break;
    result = await lint(config, options);
  }
  return result;
}

/** The fixes of a run, by translation file. Fixes of canonical pages are never taken. */
export function fixesOf(result: LintResult): Map<string, TextEdit[]> {
  const translations = new Set([...result.plan.pairs.map((pair) => pair.file), ...result.plan.orphans.map((orphan) => orphan.file)]);
  const fixes = new Map<string, TextEdit[]>();
  for (const file of result.results) {
    if (!translations.has(file.file)) continue;
    const edits = file.findings.flatMap((finding) => finding.fix ?? []);
    if (edits.length > 0) fixes.set(file.file, edits);
  }
  return fixes;
}
