import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../engine/rule.js';
import { importModule } from '../import-module.js';
import { ConfigError } from './load.js';

type AnyRule = Rule<object, string>;

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/**
 * Loads the rules of the plugins a config names: local modules (`./rules/x.mjs`,
 * relative to the config file) and npm packages (resolved from the config's folder).
 * A plugin's default export is a rule, an array of rules, or `{ rules }` holding
 * either. Only the config the user passed names plugins; nothing else is loaded.
 */
export async function loadPlugins(specifiers: readonly string[], configFile: string, builtin: ReadonlyMap<string, AnyRule>): Promise<Map<string, AnyRule>> {
  const rules = new Map(builtin);
  const name = path.basename(configFile);
  for (const specifier of specifiers) {
    const url = resolvePlugin(specifier, configFile, name);
    let module: { default?: unknown };
    try {
      module = await importModule<{ default?: unknown }>(url);
    } catch (cause) {
      throw new ConfigError(`${name}: plugin "${specifier}" failed to load: ${(cause as Error).message.split('\n')[0]}`);
    }
    for (const rule of rulesOf(module.default ?? module)) {
      const problem = ruleProblem(rule);
      if (problem) throw new ConfigError(`${name}: plugin "${specifier}": ${problem}`);
      const id = rule.meta.id;
      if (rules.has(id)) throw new ConfigError(`${name}: plugin "${specifier}": rule "${id}" is already defined${builtin.has(id) ? ' by l10n-lint' : ''}`);
      rules.set(id, rule);
    }
  }
  return rules;
}

function resolvePlugin(specifier: string, configFile: string, name: string): string {
  const local = specifier.startsWith('.') || path.isAbsolute(specifier);
  try {
    const file = local ? path.resolve(path.dirname(configFile), specifier) : createRequire(configFile).resolve(specifier);
    if (local && !existsSync(file)) throw new Error('missing');
    return pathToFileURL(file).href;
  } catch {
    const where = local ? ` (no file ${path.resolve(path.dirname(configFile), specifier)})` : ` (install it with npm install ${specifier})`;
    throw new ConfigError(`${name}: plugin "${specifier}" not found${where}`);
  }
}

function rulesOf(exported: unknown): AnyRule[] {
  const container = exported as { rules?: unknown; meta?: unknown };
  if (container && typeof container === 'object' && 'meta' in container) return [container as AnyRule];
  const list = container && typeof container === 'object' && 'rules' in container ? container.rules : exported;
  if (Array.isArray(list)) return list as AnyRule[];
  if (list && typeof list === 'object') return Object.values(list) as AnyRule[];
  return [list as AnyRule];
}

function ruleProblem(rule: AnyRule): string | null {
  const meta = (rule as Partial<AnyRule> | undefined)?.meta;
  if (!meta || typeof meta !== 'object') return 'exports something that is not a rule (no meta)';
  if (typeof meta.id !== 'string' || !RULE_ID.test(meta.id)) return `rule id ${JSON.stringify(meta.id)} must be kebab-case, optionally prefixed with "plugin/"`;
  if (!meta.messages || typeof meta.messages !== 'object') return `rule "${meta.id}" has no messages`;
  if (!['error', 'warn', 'off'].includes(meta.defaultSeverity)) return `rule "${meta.id}" has no defaultSeverity (error, warn or off)`;
  if (!rule.checkPair && !rule.checkPage && !rule.checkCoverage) return `rule "${meta.id}" has no checkPair, checkPage or checkCoverage function`;
  return null;
}
