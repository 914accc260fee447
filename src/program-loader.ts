import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Loads the command line's program (`dist/bundle/program.cjs`: all of l10n-lint but its
 * entry point, as one CommonJS file) with V8's code cache.
 *
 * Compiling the program takes a run on one page about a tenth of its time. Node 22.1
 * and later keep compiled code between runs themselves (see `compile-cache.ts`); Node
 * 20 does not, so the build does: `npm run build` runs the program on the bundled
 * example and writes the code V8 compiled to `program.cjs.cache`
 * (`scripts/code-cache.js`), and a run compiles the program from it. V8 checks a cache
 * against its own version, its flags and the source's length, and compiles from the
 * source when it does not fit; the cache also names the build it was made for (the id
 * on the program's first line), and the cache of another build is not read.
 *
 * Code compiled from a cache cannot call `import()` in Node 20: the program imports
 * what is outside it through `setModuleImporter` (see `import-module.ts`).
 */

/** What became of the code cache: used, refused by V8, missing or of another build, or not tried (the program was `require`d). */
export type CacheUse = 'used' | 'rejected' | 'absent' | 'off';

export interface LoadedProgram<T> {
  exports: T;
  cache: CacheUse;
  /** The compiled program, when it was not `require`d: its code cache can be written. */
  script: vm.Script | null;
  /** The id of the program's build (its first line), when it was compiled here. */
  buildId: string | null;
}

/** The program's first line: `// l10n-lint build <id>`. */
const BUILD_ID = /^\/\/ l10n-lint build ([0-9a-f]+)\n/;
/** The program's text is wrapped as Node wraps a CommonJS module. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

type Wrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

export function codeCacheFile(file: string): string {
  return `${file}.cache`;
}

/**
 * Whether to compile from a code cache: not where Node keeps a compile cache of its
 * own, nor where source maps are on (`node --enable-source-maps`): Node reads them only
 * for the modules it loads itself.
 */
export function codeCacheWanted(): boolean {
  const sourceMaps = process.sourceMapsEnabled ?? process.execArgv.includes('--enable-source-maps');
  return !sourceMaps && !('enableCompileCache' in module);
}

/** Loads the program at `file`: compiled with its code cache when `useCache`, else `require`d. */
export function loadProgram<T>(file: string, useCache = codeCacheWanted()): LoadedProgram<T> {
  const require = createRequire(file);
  if (!useCache) return { exports: require(file) as T, cache: 'off', script: null, buildId: null };
  const source = readFileSync(file, 'utf8');
  const buildId = BUILD_ID.exec(source)?.[1] ?? null;
  const cachedData = buildId ? readCodeCache(file, buildId) : undefined;
  const script = new vm.Script(WRAPPER_START + source + WRAPPER_END, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const programModule = { exports: {} };
  (script.runInThisContext() as Wrapper).call(programModule.exports, programModule.exports, require, programModule, file, path.dirname(file));
  const cache = cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'absent';
  return { exports: programModule.exports as T, cache, script, buildId };
}

/**
 * Writes the code cache of a program loaded from its source, with all the code V8 has
 * compiled for it so far: the build calls it after running the program.
 */
export function writeCodeCache(file: string, loaded: LoadedProgram<unknown>): void {
  if (!loaded.script) throw new Error(`${file} was loaded with require(): there is no code to cache`);
  if (!loaded.buildId) throw new Error(`${file} does not start with "// l10n-lint build <id>"`);
  const target = codeCacheFile(file);
  const temporary = `${target}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${loaded.buildId}\n`), loaded.script.createCachedData()]));
  renameSync(temporary, target);
}

/** The cache of the program's build, without its header; undefined when there is none. */
function readCodeCache(file: string, id: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(codeCacheFile(file));
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${id}\n`);
  return bytes.subarray(0, header.length).equals(header) ? bytes.subarray(header.length) : undefined;
}
