// Builds l10n-lint when it is installed from its sources: a git checkout, as the
// pre-commit framework installs it (`npm install` in a clone, then `npm pack`). The
// npm package ships built files and no sources, so there this does nothing; nor does
// it where a build is already there (`npm run build` rebuilds). The build is
// scripts/build.js, as for `npm run build`.
//
// This is npm's `install` script rather than `prepare` on purpose: npm prints a banner
// on standard output for every script `npm pack` runs, and pre-commit reads the
// tarball's name from that output. `install` runs on `npm install` and `npm ci` in
// the checkout, never on `npm pack`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromSource = existsSync(path.join(root, 'tsconfig.json')) && existsSync(path.join(root, 'src'));
// The build's last output (the code cache of the bundled command line): a build stopped halfway is built again.
if (fromSource && !existsSync(path.join(root, 'dist', 'bundle', 'program.cjs.cache'))) {
  await import('./build.js');
}
