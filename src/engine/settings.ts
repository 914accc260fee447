import type { Options, ValidateFunction } from 'ajv';
import { ConfigError, describeErrors, type RuleSetting, type Severity } from '../config/load.js';
import type { Rule } from './rule.js';
import { ajvFor, precompiled } from '../validators.js';

/** A rule switched on, with its severity and validated options (defaults applied). */
export interface ActiveRule {
  rule: Rule<object, string>;
  severity: 'error' | 'warn';
  options: object;
}

const SEVERITIES: Record<string, Severity> = { error: 'error', warn: 'warn', off: 'off', 2: 'error', 1: 'warn', 0: 'off' };

/** ajv's options for rules' option schemas (the build generates the built-in rules' validators with them too). */
export const RULE_OPTIONS_SCHEMA_OPTIONS: Options = { allErrors: true, strict: false, useDefaults: true };

const validators = new WeakMap<object, ValidateFunction>();

/** The validator of a rule's option schema: generated at build time for the built-in rules. */
function optionsValidator(schema: object): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = precompiled('rule-options', schema) ?? ajvFor(schema, RULE_OPTIONS_SCHEMA_OPTIONS).compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/**
 * Every rule of the registry with its effective severity and options: its default,
 * then the config file's setting, then command-line overrides. Unknown rule ids and
 * options that do not match a rule's schema are configuration errors.
 */
export function activeRules(
  registry: ReadonlyMap<string, Rule<object, string>>,
  settings: Record<string, RuleSetting>,
  configName: string,
  overrides: Record<string, Severity> = {},
): ActiveRule[] {
  for (const [id, where] of [
    ...Object.keys(settings).map((id) => [id, configName] as const),
    ...Object.keys(overrides).map((id) => [id, '--rule'] as const),
  ]) {
    if (!registry.has(id)) throw new ConfigError(`${where}: unknown rule "${id}" (known rules: ${[...registry.keys()].join(', ')})`);
  }

  const active: ActiveRule[] = [];
  for (const [id, rule] of registry) {
    const setting = settings[id];
    const [configured, rawOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = overrides[id] ?? SEVERITIES[String(configured ?? rule.meta.defaultSeverity)] ?? 'off';
    if (severity === 'off') continue;
    active.push({ rule, severity, options: ruleOptions(rule, rawOptions ?? {}, configName) });
  }
  return active;
}

/** A rule's options validated against its schema, with the schema's defaults applied. */
export function ruleOptions(rule: Rule<object, string>, rawOptions: object, configName: string): object {
  const options = structuredClone(rawOptions);
  const id = rule.meta.id;
  if (rule.meta.schema) {
    const validate = optionsValidator(rule.meta.schema);
    if (!validate(options)) {
      const problems = describeErrors(validate.errors ?? []).map((p) => p.replace(/^the top level/, 'options'));
      throw new ConfigError(`${configName}: rule "${id}": ${problems.join('; ')}`);
    }
  } else if (Object.keys(options).length > 0) {
    throw new ConfigError(`${configName}: rule "${id}" takes no options`);
  }
  return options;
}
