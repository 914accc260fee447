// The parse-only floor: read every Markdown file under a folder and parse it, nothing
// else. `--parser gfm`: gray-matter + remark-parse + remark-gfm, the naive stack;
// `--parser l10n-lint`: l10n-lint's own parse of a page into its model (only the GFM
// extensions a page can use). `--workers N`: in N worker threads (0: this thread).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { glob } from 'tinyglobby';

export async function parseFiles({ root, files, parser }) {
  let parse;
  if (parser === 'gfm') {
    const [{ default: matter }, { unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
      import('gray-matter'),
      import('unified'),
      import('remark-parse'),
      import('remark-gfm'),
    ]);
    const processor = unified().use(remarkParse).use(remarkGfm);
    parse = (text) => processor.parse(matter(text, {}).content).children.length;
  } else {
    const { parsePage } = await import('../dist/src/page/parse.js');
    parse = (text, file) => parsePage(file, text).blocks.length;
  }
  let blocks = 0;
  for (const file of files) blocks += parse(readFileSync(path.join(root, file), 'utf8'), file);
  return blocks;
}

export default parseFiles;

if (isMainThread && import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, parser: { type: 'string', default: 'gfm' }, workers: { type: 'string', default: '0' } } });
  // l10n-lint's own parse runs in a process set up as l10n-lint's command line sets up
  // its own (its heap, and its workers' limits below); the naive stack with Node's defaults.
  if (values.parser !== 'gfm') (await import('../dist/src/heap-tuning.js')).tuneHeap();
  const root = path.resolve(values.root);
  const files = (await glob('**/*.md', { cwd: root, ignore: ['**/media/**'] })).sort();
  const workers = values.workers === 'cores' ? availableParallelism() : Number(values.workers);
  let blocks;
  if (workers <= 0) {
    blocks = await parseFiles({ root, files, parser: values.parser });
  } else {
    const { Tinypool } = await import('tinypool');
    const resourceLimits = values.parser === 'gfm' ? undefined : (await import('../dist/src/engine/group-pool.js')).WORKER_LIMITS;
    const pool = new Tinypool({ filename: new URL(import.meta.url).href, minThreads: workers, maxThreads: workers, resourceLimits });
    const batches = [];
    for (let i = 0; i < files.length; i += 8) batches.push(files.slice(i, i + 8));
    blocks = (await Promise.all(batches.map((batch) => pool.run({ root, files: batch, parser: values.parser })))).reduce((a, b) => a + b, 0);
    await pool.destroy();
  }
  process.stdout.write(`${files.length} files, ${blocks} blocks\n`);
}
