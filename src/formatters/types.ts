import type { LintResult } from '../engine/lint.js';

export interface FormatContext {
  /** The working directory, for displaying paths. */
  cwd: string;
  color: boolean;
}

/**
 * A pure function from results to text. A formatter may also give the same text in
 * pieces (`chunks`, joined they are the text): the command line writes those as they
 * come, so that a large report is never held whole in memory.
 */
export type Formatter = ((result: LintResult, context: FormatContext) => string) & {
  chunks?: (result: LintResult, context: FormatContext) => Iterable<string>;
};
