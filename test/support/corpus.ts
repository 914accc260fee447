import { existsSync } from 'node:fs';
import path from 'node:path';

/** The real public docs tree beside the project (read only; never copied into it). */
export const CORPUS = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'fasttrack-playbook');

/**
 * Whether the corpus tests run. They are skipped where the corpus is not beside the
 * checkout (a fork's CI), unless L10N_LINT_CORPUS_REQUIRED is set, as .ci/run does.
 */
export const HAS_CORPUS = existsSync(CORPUS) || process.env.L10N_LINT_CORPUS_REQUIRED === '1';
