import type { LintResult } from '../engine/lint.js';

export interface FormatContext {
  /** The working directory, for displaying paths. */
  cwd: string;
  color: boolean;
}

/** A pure function from results to text. */
export type Formatter = (result: LintResult, context: FormatContext) => string;
