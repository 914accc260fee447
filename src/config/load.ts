import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { compilePattern, type PathPattern } from '../discover/pattern.js';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/limits.js';
import { ConfigError } from './error.js';
import { readSchema } from '../schemas.js';
import { ajvFor, precompiled } from '../validators.js';

export const CONFIG_FILE_NAMES = ['l10n-lint.config.json', 'l10n-lint.config.yaml', 'l10n-lint.config.yml'];

export type Severity = 'error' | 'warn' | 'off';
export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, Record<string, unknown>?];

/** The configuration file as written. */
export interface ConfigFile {
  root?: string;
  sourceLocale?: string;
  source: string;
  locales: Record<string, string | string[]>;
  rules?: Record<string, RuleSetting>;
  ignore?: string[];
  siteRoot?: string;
  maxFileSize?: number;
  changelog?: Partial<ChangelogSettings>;
  plugins?: string[];
  overrides?: Override[];
  sync?: Partial<Omit<SyncSettings, 'lockfile'>> & { lockfile?: string };
}

/** Rule settings for the files matching `files` (globs relative to root) and in `locales`. */
export interface Override {
  files?: string[];
  locales?: string[];
  rules: Record<string, RuleSetting>;
}

/** Where a page's revision history is: see `changelog` in the config schema. */
export interface ChangelogSettings {
  /** Locale code (the source locale's too) to heading texts above the revision table. */
  headings: Record<string, string[]>;
  /** Date formats of the first column, tried in order. */
  dateFormats: string[];
  /** Front-matter key holding the page's date, or null. */
  dateKey: string | null;
}

/** Where sync stamps are kept (`l10n-lint stamp`, the `outdated` rule): see `sync` in the config schema. */
export interface SyncSettings {
  /** `lockfile`: one committed JSON file for the whole project; `front-matter`: a key in each translation. */
  store: 'lockfile' | 'front-matter';
  /** Absolute path of the lockfile. */
  lockfile: string;
  /** Dotted front-matter key holding the canonical commit a translation is synced with. */
  key: string;
  /** Whether a translation without a stamp is compared with the git history instead. */
  git: boolean;
}

export interface LocaleMapping {
  code: string;
  /** Candidate patterns, tried in order. */
  patterns: PathPattern[];
}

/** The configuration as the engine uses it. */
export interface Config {
  /** Absolute path of the file it came from. */
  file: string;
  /** Absolute folder every pattern and path is relative to: the config file's folder, or its `root`. */
  root: string;
  sourceLocale: string;
  source: PathPattern;
  locales: LocaleMapping[];
  rules: Record<string, RuleSetting>;
  ignore: string[];
  /** Folder (relative to root) that site-root links resolve against, or null. */
  siteRoot: string | null;
  /** Pages larger than this many bytes are not read. */
  maxFileSize: number;
  changelog: ChangelogSettings;
  plugins: string[];
  overrides: Override[];
  sync: SyncSettings;
}

// Defined on its own, so that the command line can tell a usage error without loading the rest.
export { ConfigError };

/** Finds the config file from `cwd` upward, unless `explicit` names one. */
export function findConfigFile(cwd: string, explicit?: string): string {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigError(`${explicit}: config file not found`);
    return file;
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    if (path.dirname(dir) === dir) break;
  }
  throw new ConfigError(`no ${CONFIG_FILE_NAMES.join(', ')} in ${cwd} or any folder above it (pass --config PATH)`);
}

const requireCjs = createRequire(import.meta.url);

/**
 * A YAML config's data. The YAML parser is loaded only for such a config: loading it
 * costs every other run (a pre-commit run on one page) about 10 ms.
 */
function parseYaml(text: string): unknown {
  return (requireCjs('yaml') as typeof import('yaml')).parse(text);
}

export function loadConfig(cwd: string, explicit?: string): Config {
  const file = findConfigFile(cwd, explicit);
  return resolveConfig(readConfigFile(file), file);
}

export function readConfigFile(file: string): ConfigFile {
  const name = path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`${name}: cannot read the config file (${(cause as Error).message})`);
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`${name}: the config file does not parse: ${(cause as Error).message.split('\n')[0]?.replace(/:$/, '')}`);
  }
  const errors = validateConfig(data);
  if (errors.length > 0) throw new ConfigError(`${name}: invalid configuration:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  return data as ConfigFile;
}

/** ajv's options for the config schema (the build generates its validator with them too). */
export const CONFIG_SCHEMA_OPTIONS: Options = { allErrors: true, strict: false };

let validator: ValidateFunction | undefined;

/** Messages naming the key at fault, one per problem; empty when the config is valid. */
export function validateConfig(data: unknown): string[] {
  if (!validator) {
    const schema = readSchema('config.schema.json');
    validator = precompiled('config', schema) ?? ajvFor(schema, CONFIG_SCHEMA_OPTIONS).compile(schema);
  }
  if (validator(data)) return [];
  return describeErrors(validator.errors ?? []);
}

export function describeErrors(errors: ErrorObject[]): string[] {
  // oneOf reports every failing branch; the branch errors say more than the summary, and
  // a value of the right type for one branch makes the other branches' type errors noise.
  const typed = new Set(errors.filter((error) => error.keyword !== 'type' && error.keyword !== 'oneOf').map((error) => error.instancePath));
  const useful = errors.filter((error) => (error.keyword !== 'oneOf' || errors.length === 1) && !(error.keyword === 'type' && typed.has(error.instancePath)));
  const messages = useful.map((error) => {
    const where = error.instancePath ? `"${error.instancePath.slice(1).replaceAll('/', '.')}"` : 'the top level';
    if (error.keyword === 'additionalProperties') {
      return `${where}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    }
    if (error.keyword === 'required') return `${where}: missing key "${(error.params as { missingProperty: string }).missingProperty}"`;
    if (error.keyword === 'enum') return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (error.keyword === 'pattern' && String((error.params as { pattern: string }).pattern).includes('path')) return `${where}: must contain {path}`;
    return `${where}: ${error.message ?? 'is invalid'}`;
  });
  return [...new Set(messages)];
}

export function resolveConfig(data: ConfigFile, file: string): Config {
  const locales = Object.entries(data.locales).map(([code, patterns]) => ({
    code,
    patterns: (Array.isArray(patterns) ? patterns : [patterns]).map((pattern) => compilePattern(normalise(pattern), code)),
  }));
  return {
    file,
    root: path.resolve(path.dirname(file), data.root ?? '.'),
    sourceLocale: data.sourceLocale ?? 'en',
    source: compilePattern(normalise(data.source), data.sourceLocale ?? 'en'),
    locales,
    rules: data.rules ?? {},
    ignore: data.ignore ?? [],
    siteRoot: data.siteRoot === undefined ? null : normalise(data.siteRoot).replace(/\/$/, ''),
    maxFileSize: data.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    plugins: data.plugins ?? [],
    overrides: data.overrides ?? [],
    sync: {
      store: data.sync?.store ?? 'lockfile',
      lockfile: path.resolve(path.dirname(file), data.sync?.lockfile ?? 'l10n-lint.lock.json'),
      key: data.sync?.key ?? 'l10n.sourceCommit',
      git: data.sync?.git ?? true,
    },
    changelog: {
      headings: data.changelog?.headings ?? {},
      dateFormats: data.changelog?.dateFormats ?? ['M/D/YYYY', 'YYYY-MM-DD'],
      dateKey: data.changelog?.dateKey === undefined ? 'ms.date' : data.changelog.dateKey,
    },
  };
}

function normalise(pattern: string): string {
  return pattern.replaceAll('\\', '/').replace(/^\.\//, '');
}
