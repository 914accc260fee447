import path from 'node:path';
import picomatch from 'picomatch';
import type { Config, Override, RuleSetting, Severity } from '../config/load.js';
import { loadPlugins } from '../config/plugins.js';
import { registry as builtin } from '../../rules/index.js';
import type { Rule } from './rule.js';
import { activeRules, type ActiveRule } from './settings.js';

/**
 * Which rules run on which file, with which severity and options: the config's
 * `rules`, then every matching entry of `overrides` in order, then `--rule` from the
 * command line. Plugins' rules join the built-in ones. Every setting is validated
 * when the run starts, so a bad override fails at once, not halfway through.
 */
export class RuleSets {
  private readonly cache = new Map<string, ActiveRule[]>();
  private readonly matchers: Array<{ override: Override; files: ((file: string) => boolean) | null }>;

  private constructor(
    readonly registry: ReadonlyMap<string, Rule<object, string>>,
    private readonly config: Config,
    private readonly cli: Record<string, Severity>,
  ) {
    this.matchers = config.overrides.map((override) => ({ override, files: override.files ? picomatch(override.files, { dot: true }) : null }));
    this.rulesFor('', null);
    config.overrides.forEach((_, index) => this.resolve([index]));
  }

  static async create(config: Config, cli: Record<string, Severity> = {}): Promise<RuleSets> {
    return new RuleSets(await loadPlugins(config.plugins, config.file, builtin), config, cli);
  }

  /** The rules that run on a file of a locale (null for a canonical page). */
  rulesFor(file: string, locale: string | null): ActiveRule[] {
    return this.resolve(this.overridesFor(file, locale));
  }

  /** The indexes of the overrides that apply to a file of a locale. */
  overridesFor(file: string, locale: string | null): number[] {
    return this.matchers.flatMap(({ override, files }, index) =>
      (files === null || files(file)) && (!override.locales || (locale !== null && override.locales.includes(locale))) ? [index] : [],
    );
  }

  /**
   * Each coverage rule that runs on some file, once, with the options of the first
   * setting that switches it on (the base settings, else the first override).
   */
  coverageRules(): ActiveRule[] {
    const seen = new Map<Rule<object, string>, ActiveRule>();
    for (const key of ['', ...this.config.overrides.map((_, index) => String(index))]) {
      for (const active of this.cache.get(key) ?? []) if (active.rule.checkCoverage && !seen.has(active.rule)) seen.set(active.rule, active);
    }
    return [...seen.values()];
  }

  /** The effective settings of every rule for a file: what `--print-config` shows. */
  settingsFor(file: string, locale: string | null): Record<string, [Severity, object]> {
    const active = new Map(this.rulesFor(file, locale).map((rule) => [rule.rule.meta.id, rule]));
    return Object.fromEntries(
      [...this.registry.keys()].sort().map((id) => {
        const rule = active.get(id);
        return [id, rule ? [rule.severity, rule.options] : ['off', {}]];
      }),
    );
  }

  private resolve(overrides: number[]): ActiveRule[] {
    const key = overrides.join(',');
    let rules = this.cache.get(key);
    if (!rules) {
      const settings: Record<string, RuleSetting> = { ...this.config.rules };
      for (const index of overrides) {
        for (const [id, setting] of Object.entries(this.config.overrides[index]?.rules ?? {})) {
          // A severity alone keeps the options set before it, as in ESLint.
          const before = settings[id];
          settings[id] = !Array.isArray(setting) && Array.isArray(before) && before[1] ? [setting, before[1]] : setting;
        }
      }
      const where = overrides.length === 0 ? path.basename(this.config.file) : `${path.basename(this.config.file)} (overrides[${overrides.join('], overrides[')}])`;
      rules = activeRules(this.registry, settings, where, this.cli);
      this.cache.set(key, rules);
    }
    return rules;
  }
}
