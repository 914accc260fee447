import { compilePattern } from '../discover/pattern.js';
import type { Config, LocaleMapping } from './load.js';

/**
 * A configuration as plain data, to be sent to a worker thread: its path patterns
 * (compiled, with functions) as their sources.
 */
export type PortableConfig = Omit<Config, 'source' | 'locales'> & {
  source: string;
  locales: { code: string; patterns: string[] }[];
};

export function toPortable(config: Config): PortableConfig {
  return {
    ...config,
    source: config.source.source,
    locales: config.locales.map((locale) => ({ code: locale.code, patterns: locale.patterns.map((pattern) => pattern.source) })),
  };
}

/** The configuration again. A pattern's source already has its locale filled in. */
export function fromPortable(data: PortableConfig): Config {
  const locales: LocaleMapping[] = data.locales.map((locale) => ({ code: locale.code, patterns: locale.patterns.map((source) => compilePattern(source)) }));
  return { ...data, source: compilePattern(data.source), locales };
}
