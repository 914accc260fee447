// Bundles the command line (src/cli.ts) and the worker threads' module
// (src/engine/group-worker.ts) with their dependencies into dist/bundle/, the
// package's `bin`: a run then reads a few files instead of hundreds of small modules.
// Code that only some runs need (subcommands, formatters, --fix...) is split into
// files of its own, loaded when needed. The library (dist/src/index.js) stays tsc's
// output.
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

/** Writes dist/bundle/ under `root`. */
export async function bundle(root) {
  // Chunks are named by their content: drop those of earlier builds.
  await rm(path.join(root, 'dist', 'bundle'), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.ts', 'group-worker': 'src/engine/group-worker.ts' },
    outdir: path.join(root, 'dist', 'bundle'),
    // Every file in one folder, so that paths relative to a module's own URL (the
    // package root two folders up, the worker module beside the pool) hold from each.
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // tinypool starts its workers from a file of its own, found beside its module.
    external: ['tinypool'],
    // The CommonJS dependencies call require(); in an ES module it is made here.
    banner: { js: "import { createRequire as __l10nLintCreateRequire } from 'node:module';\nconst require = __l10nLintCreateRequire(import.meta.url);" },
    plugins: [jsYamlWithoutEsprima],
    // Less source to read and compile at each start: a run on one page starts a twentieth
    // sooner. Names are kept, for stack traces; `node --enable-source-maps` maps them
    // back to the sources.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}
