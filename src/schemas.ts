import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The package's own folder: `src/..` when run from source, `dist/src/../..` when built. */
export const PACKAGE_ROOT =
  [path.join(here, '..'), path.join(here, '..', '..')].find((dir) => existsSync(path.join(dir, 'schemas'))) ?? path.join(here, '..');

const cache = new Map<string, object>();

/** A JSON schema shipped in `schemas/`. */
export function readSchema(name: string): object {
  let schema = cache.get(name);
  if (!schema) {
    schema = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas', name), 'utf8')) as object;
    cache.set(name, schema);
  }
  return schema;
}
