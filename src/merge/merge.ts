import { ConfigError } from '../config/load.js';

/** One report format that shards' reports can be merged in. */
export interface ReportMerger {
  /** Whether a parsed report is in this format. */
  accepts(report: unknown): boolean;
  /** The reports as one, as a single run would have written it (`names` name the reports, for messages). */
  merge(reports: unknown[], names: string[]): string;
  /** Errors a report holds (for the exit code). */
  errors(report: unknown): number;
}

interface JsonFileEntry {
  filePath: string;
  errorCount: number;
}

/** The json format (ESLint's): one entry per file, in file order. */
const json: ReportMerger = {
  accepts: (report) => Array.isArray(report) && report.every((entry) => isRecord(entry) && typeof entry.filePath === 'string'),
  merge(reports, names) {
    const entries: JsonFileEntry[] = [];
    const from = new Map<string, string>();
    reports.forEach((report, i) => {
      for (const entry of report as JsonFileEntry[]) {
        const earlier = from.get(entry.filePath);
        if (earlier !== undefined) throw new ConfigError(`merge: ${entry.filePath} is in both ${earlier} and ${names[i]}: the reports are not of distinct shards`);
        from.set(entry.filePath, names[i] ?? '');
        entries.push(entry);
      }
    });
    entries.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    return JSON.stringify(entries);
  },
  errors: (report) => (report as JsonFileEntry[]).reduce((sum, entry) => sum + (entry.errorCount ?? 0), 0),
};

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
  [key: string]: unknown;
}

interface SarifRun {
  tool: { driver: { rules?: { id: string }[]; [key: string]: unknown }; [key: string]: unknown };
  results?: SarifResult[];
  [key: string]: unknown;
}

interface SarifLog {
  version: string;
  runs: SarifRun[];
  [key: string]: unknown;
}

const uriOf = (result: SarifResult) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';

/**
 * SARIF 2.1.0: the shards' runs become one run: the first report's, with every
 * report's results (in file order; a file's results stay in their order) and the
 * rules of all, each once, results' rule indexes renumbered to match.
 */
const sarif: ReportMerger = {
  accepts: (report) => isRecord(report) && report.version === '2.1.0' && Array.isArray(report.runs),
  merge(reports, names) {
    const logs = reports as SarifLog[];
    logs.forEach((log, i) => {
      if (log.runs.length !== 1) throw new ConfigError(`merge: ${names[i]} holds ${log.runs.length} SARIF runs; a shard's report holds one`);
    });
    const [first] = logs as [SarifLog];
    const base = first.runs[0] as SarifRun;
    const rules: { id: string }[] = [];
    const ruleIndex = new Map<string, number>();
    for (const log of logs) {
      for (const rule of log.runs[0]?.tool.driver.rules ?? []) {
        if (!ruleIndex.has(rule.id)) {
          ruleIndex.set(rule.id, rules.length);
          rules.push(rule);
        }
      }
    }
    const results = logs.flatMap((log) => {
      const run = log.runs[0] as SarifRun;
      return (run.results ?? []).map((result) => {
        const id = result.ruleId ?? (result.ruleIndex !== undefined ? run.tool.driver.rules?.[result.ruleIndex]?.id : undefined);
        const index = id !== undefined ? ruleIndex.get(id) : undefined;
        return result.ruleIndex !== undefined && index !== undefined ? { ...result, ruleIndex: index } : result;
      });
    });
    results.sort((a, b) => (uriOf(a) < uriOf(b) ? -1 : uriOf(a) > uriOf(b) ? 1 : 0));
    const driver = { ...base.tool.driver, ...(base.tool.driver.rules || rules.length > 0 ? { rules } : {}) };
    return JSON.stringify({ ...first, runs: [{ ...base, tool: { ...base.tool, driver }, results }] }, null, 2);
  },
  errors: (report) => (report as SarifLog).runs.reduce((sum, run) => sum + (run.results ?? []).filter((r) => (r.level ?? 'warning') === 'error').length, 0),
};

/** The formats merge knows, tried in order. */
export const mergers: Readonly<Record<string, ReportMerger>> = { json, sarif };

/** Merges reports (their names and texts) of one format; throws a ConfigError naming a report it cannot read. */
export function mergeReports(reports: { name: string; text: string }[]): { output: string; errors: number; format: string } {
  const parsed = reports.map(({ name, text }) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ConfigError(`merge: ${name} is not a json or sarif report of l10n-lint (it is not JSON)`);
    }
  });
  const formats = parsed.map((report, i) => {
    const format = Object.keys(mergers).find((name) => mergers[name]?.accepts(report));
    if (!format) throw new ConfigError(`merge: ${reports[i]?.name} is not a json or sarif report of l10n-lint`);
    return format;
  });
  const format = formats[0] as string;
  const other = formats.findIndex((f) => f !== format);
  if (other !== -1) throw new ConfigError(`merge: ${reports[0]?.name} is ${format} but ${reports[other]?.name} is ${formats[other]}; merge reports of one format`);
  const merger = mergers[format] as ReportMerger;
  const names = reports.map((report) => report.name);
  return { output: merger.merge(parsed, names), errors: parsed.reduce<number>((sum, report) => sum + merger.errors(report), 0), format };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
