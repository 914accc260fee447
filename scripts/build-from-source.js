// Builds l10n-lint when it is installed from its sources: a git checkout, as the
// pre-commit framework installs it (`npm install` in a clone, then `npm pack`). The
// npm package ships built files and no sources, so there this does nothing.
//
// This is npm's `install` script rather than `prepare` on purpose: npm prints a banner
// on standard output for every script `npm pack` runs, and pre-commit reads the
// tarball's name from that output. `install` runs on `npm install` and `npm ci` in
// the checkout, never on `npm pack`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
if (existsSync(path.join(root, 'tsconfig.json')) && existsSync(path.join(root, 'src'))) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
