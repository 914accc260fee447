import { crypto } from '../crypto.js';
import type { Finding } from './rule.js';

/**
 * Places in a message that move when unrelated lines are added or removed above:
 * `line 57`, `row 3`, `item 2`, `12:5`. A fingerprint leaves them out.
 */
const MOVING_NUMBERS = /\b(line|row|item|column|entry)s? \d+|\b\d+:\d+\b/gi;

/**
 * Stable fingerprints of findings, for baselines and code scanning: a hash of the
 * rule, the file and the message without line numbers, plus the finding's rank
 * among the findings of the same file with the same hash. Adding or removing lines
 * elsewhere in the file, or in the canonical page, leaves them unchanged.
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const hash = crypto().createHash('sha256')
      .update(`${finding.ruleId}\0${finding.file}\0${finding.message.replace(MOVING_NUMBERS, '$1')}`)
      .digest('hex')
      .slice(0, 16);
    const rank = seen.get(hash) ?? 0;
    seen.set(hash, rank + 1);
    return `${hash}:${rank}`;
  });
}
