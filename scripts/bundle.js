// Bundles the command line with its dependencies into dist/bundle/, the package's
// `bin`, so that a run reads a few files instead of hundreds of small modules:
// - cli.js, the entry point (src/bin.ts), which loads
// - program.cjs, all the rest of the command line (src/program.ts) as one CommonJS
//   file, compiled from V8's code cache made by scripts/code-cache.js when Node has
//   no compile cache of its own (see src/program-loader.ts);
// - group-worker.js, the worker threads' module (src/engine/group-worker.ts).
// The library (dist/src/index.js) stays tsc's output.
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * js-yaml's !!js/function type loads esprima, a JavaScript parser, when js-yaml is
 * loaded. gray-matter reads front matter with js-yaml's safe schema, which has no such
 * type: the bundle leaves esprima out (the type then never matches).
 */
const jsYamlWithoutEsprima = {
  name: 'js-yaml-without-esprima',
  setup(build) {
    build.onLoad({ filter: /[\\/]js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace("_require('esprima')", 'undefined'),
      loader: 'js',
    }));
  },
};

/**
 * Each file of the bundle must be ASCII. V8 then holds its source as one byte per
 * character (a single other character makes it two) and reads it back sooner: on the
 * benchmark's one-page run, 0.91x the time. esbuild writes other characters of strings
 * as `\u` escapes, but keeps those of regular expression literals and raw template
 * strings as they are: write them as escapes in the source, or build the expression
 * from strings.
 */
async function checkAscii(file) {
  const text = await readFile(file, 'utf8');
  const at = text.search(/[^\x00-\x7f]/);
  if (at < 0) return;
  const line = text.slice(0, at).split('\n').length;
  throw new Error(`${file}, line ${line}: "${text[at]}" (U+${text.codePointAt(at).toString(16).toUpperCase().padStart(4, '0')}) in ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 20))}: the bundle must be ASCII (see checkAscii in scripts/bundle.js)`);
}

/** Writes dist/bundle/ under `root`. */
export async function bundle(root) {
  const outdir = path.join(root, 'dist', 'bundle');
  await rm(outdir, { recursive: true, force: true });
  const common = {
    absWorkingDir: root,
    // Every file in one folder, so that paths relative to a module's own URL (the
    // package root two folders up, the worker module beside the pool) hold from each.
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // tinypool starts its workers from a file of its own, found beside its module.
    external: ['tinypool'],
    plugins: [jsYamlWithoutEsprima],
    // Less source to read and compile at each start. Names are kept, for stack traces;
    // `node --enable-source-maps` maps them back to the sources.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  // The CommonJS dependencies call require(); in an ES module it is made here.
  const esmBanner = "import { createRequire as __l10nLintCreateRequire } from 'node:module';\nconst require = __l10nLintCreateRequire(import.meta.url);";
  await build({ ...common, entryPoints: { cli: 'src/bin.ts', 'group-worker': 'src/engine/group-worker.ts' }, format: 'esm', banner: { js: esmBanner } });
  await build({
    ...common,
    entryPoints: { program: 'src/program.ts' },
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    // The build's id comes first: a code cache names the build it was made for. In
    // CommonJS, import.meta.url is made from __filename.
    banner: { js: `// l10n-lint build ${randomBytes(8).toString('hex')}\nvar __l10nLintUrl = require('node:url').pathToFileURL(__filename).href;` },
    define: { 'import.meta.url': '__l10nLintUrl' },
  });
  for (const file of ['cli.js', 'program.cjs', 'group-worker.js']) await checkAscii(path.join(outdir, file));
}
