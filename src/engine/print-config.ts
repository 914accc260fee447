import type { Config, Severity } from '../config/load.js';
import { RuleSets } from './rule-sets.js';

/** The settings that apply to one file (relative to the config's root): `--print-config`. */
export async function printConfig(config: Config, file: string, cli: Record<string, Severity> = {}) {
  const locale = config.locales.find((l) => l.patterns.some((pattern) => pattern.match(file) !== null))?.code ?? null;
  const canonical = locale === null && config.source.match(file) !== null;
  const ruleSets = await RuleSets.create(config, cli);
  return {
    file,
    config: config.file,
    role: locale !== null ? 'translation' : canonical ? 'canonical page' : 'not mapped by this config',
    locale,
    overrides: config.overrides.flatMap((_, index) => (ruleSets.overridesFor(file, locale).includes(index) ? [index] : [])),
    rules: ruleSets.settingsFor(file, locale),
  };
}
