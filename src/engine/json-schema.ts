/**
 * JSON schemas that a rule's options name: a schema shipped in `schemas/` by a short
 * name, a file relative to the config's root, or a schema object written in the
 * config. Each is read and compiled once per run (cached), and a schema that cannot
 * be read or compiled is a configuration error (exit code 2), not a finding on
 * every page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Options, ValidateFunction } from 'ajv';
import { ConfigError } from '../config/load.js';
import { readSchema } from '../schemas.js';
import { ajvFor, precompiled } from '../validators.js';

/** Schemas shipped with l10n-lint, by the name a config gives them. */
export const BUILT_IN_SCHEMAS: Readonly<Record<string, { file: string; title: string }>> = {
  docfx: { file: 'docfx-metadata.schema.json', title: 'DocFX metadata' },
};

export interface LoadedSchema {
  /** How messages name the schema: `DocFX metadata`, or the file as configured. */
  title: string;
  validate: ValidateFunction;
}

/**
 * A few common formats, checked by their shape (ajv-formats is not a dependency). A
 * schema using any other `format` is refused rather than silently not checked.
 */
const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  time: /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:[zZ]|[+-]\d{2}:\d{2})?$/,
  'date-time': /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[tT ](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:[zZ]|[+-]\d{2}:\d{2})$/,
  uri: /^[a-zA-Z][a-zA-Z\d+.-]*:[^\s]*$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

/** ajv's options for front-matter schemas (the build generates the built-in schemas' validators with them too). */
export const FRONT_MATTER_SCHEMA_OPTIONS: Options = { allErrors: true, strict: false, verbose: true, formats: FORMATS };

const byFile = new Map<string, LoadedSchema>();
const byObject = new WeakMap<object, LoadedSchema>();

/**
 * The schema an option names: a built-in name (`docfx`), a path relative to `root`,
 * or a schema object. `where` names the option in error messages.
 */
export function loadJsonSchema(spec: string | object, root: string, where: string): LoadedSchema {
  if (typeof spec === 'object') {
    let loaded = byObject.get(spec);
    if (!loaded) {
      loaded = { title: 'configured', validate: compile(spec, `${where}: the schema`) };
      byObject.set(spec, loaded);
    }
    return loaded;
  }

  const builtIn = BUILT_IN_SCHEMAS[spec];
  const key = builtIn ? `built-in:${spec}` : path.resolve(root, spec);
  let loaded = byFile.get(key);
  if (loaded) return loaded;
  if (builtIn) {
    loaded = { title: builtIn.title, validate: compile(readSchema(builtIn.file), `${where}: built-in schema "${spec}"`) };
  } else {
    let text: string;
    try {
      text = readFileSync(key, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : (error as Error).message;
      throw new ConfigError(
        `${where}: schema "${spec}": ${why} (${key}). Give "${Object.keys(BUILT_IN_SCHEMAS).join('" or "')}", or the path of a JSON schema file relative to ${root}`,
      );
    }
    let schema: unknown;
    try {
      schema = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new ConfigError(`${where}: schema "${spec}" is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      throw new ConfigError(`${where}: schema "${spec}" is not a JSON schema object`);
    }
    loaded = { title: spec, validate: compile(schema, `${where}: schema "${spec}"`) };
  }
  byFile.set(key, loaded);
  return loaded;
}

function compile(schema: object, where: string): ValidateFunction {
  const generated = precompiled('front-matter', schema);
  if (generated) return generated;
  const warnings: string[] = [];
  const logger = { log: () => undefined, warn: (...args: unknown[]) => warnings.push(args.map(String).join(' ')), error: () => undefined };
  let validate: ValidateFunction;
  try {
    validate = ajvFor(schema, { ...FRONT_MATTER_SCHEMA_OPTIONS, logger }).compile(schema);
  } catch (error) {
    throw new ConfigError(`${where} does not compile: ${(error as Error).message}`);
  }
  const unknownFormat = warnings.find((warning) => warning.includes('unknown format'));
  if (unknownFormat) {
    throw new ConfigError(`${where}: ${unknownFormat}; l10n-lint checks the formats ${Object.keys(FORMATS).join(', ')}: use a "pattern" instead`);
  }
  return validate;
}
