// Builds the benchmark's synthetic tree: N copies of the corpus, every file of a copy
// made unique by a word of that copy, so that nothing keyed on content skips work.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';

const LOCALE_FOLDERS = { en: 'english-playbook', de: 'german-playbook', es: 'spanish-playbook', pt: 'portuguese-playbook' };
/** Markdown pages in one copy of the corpus. */
export const PER_COPY = 313;
const CORPUS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'shared', 'corpora', 'fasttrack-playbook');

/**
 * What every benchmark script starts with: its options (`--files N`, about how many
 * files the tree holds; `--tree DIR`; `--corpus DIR`; and the script's own), and the
 * tree, built or reused.
 */
export async function benchTree(defaultFiles, options = {}) {
  const { values } = parseArgs({
    options: { files: { type: 'string', default: defaultFiles }, tree: { type: 'string' }, corpus: { type: 'string', default: CORPUS }, ...options },
  });
  const copies = Math.max(1, Math.round(Number(values.files) / PER_COPY));
  const tree = path.resolve(values.tree ?? path.join(tmpdir(), `l10n-lint-bench-${copies}`));
  const fileCount = await buildTree(values.corpus, tree, copies);
  return { values, copies, tree, fileCount };
}

/** A word no page holds, different for every copy: "Zqx" and the copy's number in letters. */
export function copyWord(copy) {
  let word = '';
  let n = copy;
  do {
    word = String.fromCharCode(97 + (n % 26)) + word;
    n = Math.floor(n / 26);
  } while (n > 0);
  return 'Zqx' + word;
}

/**
 * Writes `copies` copies of the corpus under `target`/<locale folder>/copy-NNN/ with an
 * l10n-lint config at the top; returns the number of Markdown files written. Reuses a
 * tree already built with the same number of copies.
 */
export async function buildTree(corpus, target, copies) {
  const stamp = path.join(target, '.stamp');
  const files = await glob(Object.values(LOCALE_FOLDERS).map((folder) => `${folder}/**/*.md`), { cwd: corpus, ignore: ['**/media/**'] });
  files.sort();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(copies)) return files.length * copies;
  rmSync(target, { recursive: true, force: true });
  const texts = files.map((file) => readFileSync(path.join(corpus, file), 'utf8'));
  for (let copy = 0; copy < copies; copy++) {
    const word = copyWord(copy);
    const folder = `copy-${String(copy).padStart(3, '0')}`;
    files.forEach((file, i) => {
      const [locale, ...rest] = file.split('/');
      const out = path.join(target, locale, folder, ...rest);
      mkdirSync(path.dirname(out), { recursive: true });
      const text = texts[i];
      writeFileSync(out, text + (text.endsWith('\n') ? '' : '\n') + `\n${word}\n`);
    });
  }
  // Images resolve as in the corpus: each copy of a locale folder sees that folder's media.
  for (const folder of Object.values(LOCALE_FOLDERS)) {
    const media = path.join(corpus, folder, 'media');
    if (!existsSync(media)) continue;
    for (let copy = 0; copy < copies; copy++) symlinkSync(media, path.join(target, folder, `copy-${String(copy).padStart(3, '0')}`, 'media'));
  }
  const config = JSON.parse(readFileSync(new URL('../fixtures/layouts/fasttrack-playbook/l10n-lint.config.json', import.meta.url), 'utf8'));
  delete config.$schema;
  delete config.root;
  writeFileSync(path.join(target, 'l10n-lint.config.json'), JSON.stringify(config, null, 2));
  writeFileSync(path.join(target, '.markdownlint-cli2.jsonc'), JSON.stringify({ ignores: ['**/media/**'] }));
  writeFileSync(stamp, String(copies));
  return files.length * copies;
}
