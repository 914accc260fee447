// Writes dist/bundle/program.cjs.cache: V8's code cache of the command line's program,
// made after running it on the bundled example (a run on a few pages with the default
// and JSON formats, and on one page), so that it holds the code such runs compile.
// A run of the bin compiles the program from it on Node 20 (see src/program-loader.ts).
// Run by scripts/build.js in a process of its own, set up as the bin sets up its own:
// V8 uses a cache only under the flags it was made with.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tuneHeap } from '../dist/src/heap-tuning.js';

tuneHeap();
const { codeCacheFile, loadProgram, writeCodeCache } = await import('../dist/src/program-loader.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const program = path.join(root, 'dist', 'bundle', 'program.cjs');
const example = path.join(root, 'fixtures', 'example');
rmSync(codeCacheFile(program), { force: true });
const loaded = loadProgram(program, true);
loaded.exports.setModuleImporter((specifier) => import(specifier));
const quiet = { write: () => true };
for (const args of [[], ['--format', 'json'], ['de/troubleshooting-de.md']]) {
  const code = await loaded.exports.main(args, { cwd: example, env: { ...process.env, NO_COLOR: '1' }, stdout: quiet, stderr: quiet });
  if (code !== 0 && code !== 1) throw new Error(`l10n-lint ${args.join(' ')} on the example exited ${code}`);
}
writeCodeCache(program, loaded);
