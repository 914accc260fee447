/**
 * Imports a module from outside l10n-lint's own code: the worker pool (tinypool) and
 * the plugins a config names. With `import()`, except where the command line's loader
 * says otherwise: code compiled from V8's code cache cannot call `import()` in Node 20
 * (see `src/program-loader.ts`), so the entry point imports for it.
 */
let importer = (specifier: string): Promise<unknown> => import(specifier);

export function importModule<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}

/** Imports with `load` from now on (the command line's entry point passes its own `import()`). */
export function setModuleImporter(load: (specifier: string) => Promise<unknown>): void {
  importer = load;
}
