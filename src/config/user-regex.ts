import safeRegex from 'safe-regex2';
import { ConfigError } from './load.js';

/**
 * Compiles a regular expression written in the config (a rule's `ignore` option).
 * It is matched against page content, which anyone may write: an expression whose
 * matching time can explode on some input (nested repetition such as `(a+)+`) is
 * refused as a configuration error, like one that does not compile.
 */
export function compileUserRegex(where: string, source: string, wrap: (source: string) => string = (s) => s, flags = ''): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(wrap(source), flags);
  } catch (cause) {
    throw new ConfigError(`${where}: ${JSON.stringify(source)} is not a valid regular expression (${(cause as Error).message})`);
  }
  if (!safeRegex(regex)) {
    throw new ConfigError(
      `${where}: ${JSON.stringify(source)} may take exponential time on some texts (a repetition inside a repetition, such as (a+)+); write it without nested repetition`,
    );
  }
  return regex;
}
