import type { Alignment } from '../align/align.js';
import type { Plan } from '../discover/plan.js';
import type { PageModel, Span } from '../page/model.js';
import type { DiffPart } from '../sync/word-diff.js';
import type { TextEdit } from './fix.js';
import type { ProjectView } from './project.js';

/** A place in a file. Lines and columns are 1-based; the end column is exclusive. */
export interface Place extends Span {
  file: string;
}

/** One problem found: in ESLint's vocabulary, a message. */
export interface Finding extends Place {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  /** The place in the canonical page this finding relates to. */
  related?: Place;
  /** Text edits of the finding's file that fix it, when the rule knows a safe fix. */
  fix?: TextEdit[];
  /** Structured data beside the message, for formatters that can show it. */
  detail?: FindingDetail;
}

export type { DiffPart } from '../sync/word-diff.js';

/**
 * Structured data a rule may attach to a finding. Every field is optional; a
 * formatter shows what it knows and ignores the rest.
 */
export interface FindingDetail {
  /**
   * A word-level diff of canonical text, in order: `[-1, removed]`, `[0, kept]`,
   * `[1, added]` (for `outdated`: from the text the translation was synced with to
   * the text now). `diffToText` and `diffToHtml` in `src/sync/render-diff.ts` render it.
   */
  diff?: DiffPart[];
}

export type Data = Record<string, string | number>;

export interface RuleMeta<MessageId extends string = string> {
  /** Kebab-case id, the same as the rule's file name. */
  id: string;
  /** One sentence: what the rule requires. */
  description: string;
  /** Severity when the config does not name the rule. */
  defaultSeverity: 'error' | 'warn' | 'off';
  /** JSON schema of the rule's options object; defaults in it are applied. */
  schema?: object;
  /** Message templates by id; `{{name}}` is replaced with `data.name`. */
  messages: Record<MessageId, string>;
  /** Whether the rule offers fixes (`--fix`). A fix only ever edits the translation. */
  fixable?: boolean;
  /**
   * Whether the rule asks `project.syncBaseOf` (what a translation was last synced
   * with): the engine then reads the git history of its translations ahead, once.
   */
  usesSyncBase?: boolean;
}

export interface Report<MessageId extends string> {
  messageId: MessageId;
  data?: Data;
  /** Where, in the locale file unless `file` says otherwise. */
  at: Span;
  file?: string;
  /** The related place in the canonical page, if any (`{{canonicalLine}}` in messages). */
  related?: Span;
  /**
   * Edits of the reported file that fix the finding: whole-file spans, as in the page
   * model, replaced by `text`. Only for safe, mechanical fixes; never of a canonical page.
   */
  fix?: TextEdit | TextEdit[];
  /** Structured data for formatters (see `FindingDetail`). */
  detail?: FindingDetail;
}

/** What a rule sees for one canonical page and one of its translations. */
export interface PairContext<Options, MessageId extends string> {
  canonical: PageModel;
  locale: PageModel;
  /** The locale's code, as configured (`de`). */
  localeCode: string;
  alignment: Alignment;
  options: Options;
  /** The rest of the project: files, other pages, translations (read-only). */
  project: ProjectView;
  report(report: Report<MessageId>): void;
}

/** What a rule sees of one page on its own: a canonical page or a translation. */
export interface PageContext<Options, MessageId extends string> {
  page: PageModel;
  /** The page's locale code, or null for a canonical page. */
  locale: string | null;
  /** For a translation, its canonical page (null for an orphan or a canonical page). */
  canonical: PageModel | null;
  options: Options;
  project: ProjectView;
  /** Findings are reported in this page; `related` is a place in the canonical page. */
  report(report: Report<MessageId>): void;
}

/** What a rule sees of the whole run: which pages exist and pair up. */
export interface CoverageContext<Options, MessageId extends string> {
  plan: Plan;
  options: Options;
  report(report: Report<MessageId> & { file: string }): void;
}

export interface Rule<Options extends object = object, MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  /** Checks one aligned pair of pages. Never reads files or prints. */
  checkPair?(context: PairContext<Options, MessageId>): void;
  /** Checks one page on its own: every canonical page, translation and orphan of the run. */
  checkPage?(context: PageContext<Options, MessageId>): void;
  /** Checks the run's coverage: missing, orphaned and stray pages. */
  checkCoverage?(context: CoverageContext<Options, MessageId>): void;
}

/** Declares a rule; the identity function, there for its types. */
export function defineRule<Options extends object = Record<string, never>, MessageId extends string = string>(
  rule: Rule<Options, MessageId>,
): Rule<Options, MessageId> {
  return rule;
}

/** The start of a file, for findings about a whole file. */
export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function formatMessage(template: string, data: Data = {}): string {
  // A loop, not a replacer function: one made per message would be compiled again and again.
  let message = '';
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    message += template.slice(from, match.index) + (name in data ? String(data[name]) : match[0]);
    from = match.index + match[0].length;
  }
  return message + template.slice(from);
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
