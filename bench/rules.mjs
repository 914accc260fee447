// npm run bench:rules -- [--files N] [--tree DIR] [--rounds R]
//
// What each rule costs, against what parsing costs: the benchmark's tree checked in
// this one thread, group by group as the engine checks it (a canonical page with its
// translations: parse, align each pair, run every enabled rule, drop the models), each
// step timed on its own. The same pass runs R times with fresh models; the last one,
// with the code warmed up, is reported. Prints a table and writes it as JSON to
// bench/results/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchTree } from './tree.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const project = path.resolve(here, '..');
const { values, tree, fileCount } = await benchTree('1250', { rounds: { type: 'string', default: '3' } });

// Set up as the command line sets up its process (its heap).
(await import(path.join(project, 'dist', 'src', 'heap-tuning.js'))).tuneHeap();
const dist = (module) => import(path.join(project, 'dist', 'src', module));
const [{ loadConfig }, { planRun }, { parsePage }, { alignPages }, { RuleSets }, { createProjectView }] = await Promise.all(
  ['config/load.js', 'discover/plan.js', 'page/parse.js', 'align/align.js', 'engine/rule-sets.js', 'engine/project.js'].map(dist),
);
const config = loadConfig(tree);
const plan = await planRun(config);
const ruleSets = await RuleSets.create(config, {});
const texts = new Map(plan.files.map((file) => [file, readFileSync(path.join(tree, file), 'utf8')]));
const pairOf = new Map(plan.pairs.map((pair) => [pair.file, pair]));
// As the engine: orphans are checked as pages of their locale; strays only read.
const localeOf = new Map([...plan.pairs, ...plan.orphans].map(({ file, locale }) => [file, locale]));
const strays = new Set(plan.strays.map(({ file }) => file));
/** Groups as the engine makes them: each canonical page with its translations; any other file alone. */
const groups = new Map();
for (const file of plan.files) {
  const key = pairOf.get(file)?.canonical ?? file;
  groups.set(key, [...(groups.get(key) ?? []), file]);
}
const models = new Map();
const view = createProjectView(config, { has: (file) => models.has(file), get: (file) => models.get(file) });
const PARSE = 'parse (page models)';
const ALIGN = 'alignment (once per pair, shared by the rules)';

function pass() {
  const ms = new Map();
  const timed = (name, work) => {
    const start = performance.now();
    work();
    ms.set(name, (ms.get(name) ?? 0) + performance.now() - start);
  };
  for (const files of groups.values()) {
    timed(PARSE, () => files.forEach((file) => models.set(file, parsePage(file, texts.get(file)))));
    const pairs = files.map((file) => pairOf.get(file)).filter(Boolean);
    timed(ALIGN, () => pairs.forEach((pair) => alignPages(models.get(pair.canonical), models.get(pair.file))));
    for (const file of files) {
      if (strays.has(file)) continue;
      const pair = pairOf.get(file);
      const locale = localeOf.get(file) ?? null;
      const canonical = pair ? models.get(pair.canonical) : null;
      for (const active of ruleSets.rulesFor(file, locale)) {
        const { checkPage, checkPair } = active.rule;
        const report = () => {};
        if (checkPage) timed(active.rule.meta.id, () => checkPage({ page: models.get(file), locale, canonical, options: active.options, project: view, report }));
        if (checkPair && pair) {
          const context = { canonical, locale: models.get(file), localeCode: locale, alignment: alignPages(canonical, models.get(file)), options: active.options, project: view, report };
          timed(active.rule.meta.id, () => checkPair(context));
        }
      }
    }
    models.clear();
  }
  return ms;
}

let ms;
for (let round = 0; round < Number(values.rounds); round++) ms = pass();
const parse = ms.get(PARSE);
const rows = [...ms].filter(([name]) => name !== PARSE).sort((a, b) => b[1] - a[1]);
const checks = rows.reduce((sum, [, time]) => sum + time, 0);
console.log(`${fileCount} files, ${plan.pairs.length} pairs, in one thread; round ${values.rounds} of ${values.rounds}\n`);
console.log('      ms   vs parse   step');
const line = (name, time) => console.log(`${time.toFixed(0).padStart(8)}   ${((100 * time) / parse).toFixed(1).padStart(6)} %   ${name}`);
line(PARSE, parse);
line('alignment and every rule', checks);
for (const [name, time] of rows) line(`  ${name}`, time);
const out = path.join(here, 'results');
mkdirSync(out, { recursive: true });
const file = path.join(out, `rules-${fileCount}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ files: fileCount, pairs: plan.pairs.length, rounds: Number(values.rounds), node: process.version, ms: Object.fromEntries(ms) }, null, 2));
console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
