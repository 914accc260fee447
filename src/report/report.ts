import path from 'node:path';
import type { Config } from '../config/load.js';
import type { LintResult } from '../engine/lint.js';
import type { SyncBases } from '../sync/source.js';
import { syncStatuses } from '../sync/status.js';
import { clientData } from './client-data.js';
import { renderCsv } from './csv.js';
import { readExcerpts } from './excerpts.js';
import { appendHistory, readHistory } from './history.js';
import { renderHtml } from './html.js';
import { reportPages } from './model.js';
import { summarize, type Summary } from './summary.js';

export const REPORT_FORMATS = ['html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  format: ReportFormat;
  /** Target locales to report on, in display order (default: every configured locale). */
  locales?: string[];
  /** When the run was made (ISO 8601). */
  generated: string;
  /** History folder: this run's summary is added to it, and the HTML shows its trend. */
  history?: string;
  /** Told how far the quoting of page lines is (HTML only). */
  progress?: (done: number, total: number) => void;
  /** Told about history files that were skipped. */
  warn?: (message: string) => void;
  /** The sync bases the lint looked up (its `syncBases` option), reused for the sync status. */
  syncBases?: SyncBases;
}

/** A lint run as a report in one of the report formats, and its summary. */
export function buildReport(config: Config, result: LintResult, options: ReportOptions): { output: string; summary: Summary } {
  const locales = options.locales ?? config.locales.map((l) => l.code);
  const pages = reportPages(result, config.sourceLocale);
  const sync = syncStatuses(config, result.plan, new Map(), options.syncBases);
  const summary = summarize(result, pages, { sourceLocale: config.sourceLocale, locales, generated: options.generated, sync });
  if (options.history) appendHistory(options.history, summary);
  if (options.format === 'json') return { output: JSON.stringify(summary, null, 2) + '\n', summary };
  if (options.format === 'csv') return { output: renderCsv(pages), summary };
  const excerpts = readExcerpts(config.root, pages, options.progress);
  const output = renderHtml({
    title: path.basename(config.root),
    summary,
    data: clientData(pages, excerpts, locales),
    missing: result.plan.missing,
    history: options.history ? readHistory(options.history, options.warn ?? (() => {})) : [],
  });
  return { output, summary };
}
