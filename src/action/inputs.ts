import { ConfigError } from '../config/load.js';

export type FailOn = 'error' | 'warning' | 'never';

/** The action's inputs, as GitHub passes them: `INPUT_<NAME>` environment variables. */
export interface ActionInputs {
  config?: string;
  paths: string[];
  onlyChanged: boolean;
  failOn: FailOn;
  baseline?: string;
  sarifFile?: string;
  summary: boolean;
}

function input(env: Record<string, string | undefined>, name: string): string {
  return (env[`INPUT_${name.toUpperCase()}`] ?? env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] ?? '').trim();
}

function boolean(env: Record<string, string | undefined>, name: string, fallback: boolean): boolean {
  const value = input(env, name).toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(`input ${name}: expected true or false, got "${value}"`);
}

export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const failOn = input(env, 'fail-on') || 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new ConfigError(`input fail-on: expected error, warning or never, got "${failOn}"`);
  const config = input(env, 'config');
  const baseline = input(env, 'baseline');
  const sarifFile = input(env, 'sarif-file');
  return {
    ...(config ? { config } : {}),
    paths: input(env, 'paths')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    onlyChanged: boolean(env, 'only-changed', false),
    failOn,
    ...(baseline ? { baseline } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    summary: boolean(env, 'summary', true),
  };
}
