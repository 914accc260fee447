/** The public API: run the linter in-process, or write rules for it. */
export { alignPages, everyBlock, walkBlocks, type AlignedBlock, type AlignedItem, type Alignment, type BlockVisit, type Pair } from './align/align.js';
export { ConfigError, loadConfig, resolveConfig, type Config, type ConfigFile, type RuleSetting, type Severity } from './config/load.js';
export { planRun, type Plan } from './discover/plan.js';
export { lint, type FileResult, type LintOptions, type LintResult } from './engine/lint.js';
export { defineRule, type Finding, type PairContext, type CoverageContext, type Rule, type RuleMeta } from './engine/rule.js';
export { formatters, type Formatter } from './formatters/index.js';
export type * from './page/model.js';
export { parsePage } from './page/parse.js';
export { registry as builtinRules } from '../rules/index.js';
export type { FindingDetail, DiffPart } from './engine/rule.js';
export { stamp, type StampOptions, type StampResult } from './sync/stamp.js';
export { syncStatuses, summariseSync, type PageSyncStatus, type LocaleSyncSummary } from './sync/status.js';
export { diffToText, diffToHtml } from './sync/render-diff.js';
