// Builds l10n-lint into dist/ (`npm run build`): compiles the TypeScript sources
// (dist/src, dist/rules: the library), generates the validators of the schemas it
// ships (dist/validators.cjs), bundles the command line (dist/bundle: the bin) and
// makes the code cache of its program (scripts/code-cache.js).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildValidators } from './build-validators.js';
import { bundle } from './bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
await buildValidators(root);
await bundle(root);
execFileSync(process.execPath, [path.join(root, 'scripts', 'code-cache.js')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
