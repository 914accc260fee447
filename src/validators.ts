/**
 * Validators of JSON schemas. Those of the schemas l10n-lint ships (the config schema,
 * the built-in front-matter schemas, the built-in rules' options) are generated when
 * l10n-lint is built (`scripts/build-validators.js` writes `dist/validators.cjs`), so
 * that a run neither loads ajv nor compiles them. Any other schema (a user's
 * front-matter schema, a plugin rule's options), or any schema when run from the
 * sources without a build, is compiled by ajv on first use, with the same options.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv, Options, ValidateFunction } from 'ajv';
import { PACKAGE_ROOT } from './schemas.js';

/** What a schema checks; each use has its own ajv options, so it is part of a validator's key. */
export type SchemaUse = 'config' | 'rule-options' | 'front-matter';

/** The generated validators: the build's output, beside the compiled sources. */
export const VALIDATORS_FILE = path.join(PACKAGE_ROOT, 'dist', 'validators.cjs');

const requireCjs = createRequire(import.meta.url);

/** The generated validator of `key`, or undefined. Null: there is no generated file. */
let generated: ((key: string) => ValidateFunction | undefined) | null | undefined;

/** The key of a validator: the use and the schema's JSON, so that a changed schema never meets a stale validator. */
export function validatorKey(use: SchemaUse, schema: object): string {
  return `${use} ${JSON.stringify(schema)}`;
}

/** The validator generated at build time for this schema and use, if there is one. */
export function precompiled(use: SchemaUse, schema: object): ValidateFunction | undefined {
  if (generated === undefined) {
    try {
      generated = requireCjs(VALIDATORS_FILE) as (key: string) => ValidateFunction | undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
      generated = null;
    }
  }
  return generated?.(validatorKey(use, schema));
}

/**
 * An ajv instance for the schema's draft (2019-09, 2020-12, else draft-07). ajv is
 * loaded here, on first need, so that runs using only generated validators never load it.
 */
export function ajvFor(schema: object, options: Options): Ajv {
  const draft = String((schema as { $schema?: unknown }).$schema ?? '');
  const module = draft.includes('2020-12') ? 'ajv/dist/2020.js' : draft.includes('2019-09') ? 'ajv/dist/2019.js' : 'ajv';
  const AjvClass = (requireCjs(module) as { default: new (options: Options) => Ajv }).default;
  return new AjvClass(options);
}
