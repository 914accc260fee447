// npm run bench -- [--files N] [--runs R] [--tree DIR]
//
// Builds a synthetic multi-locale tree from the corpus (about N files) and measures, in
// one run and alternating the commands, wall time and peak memory (/usr/bin/time) of:
// l10n-lint's full lint (cold), markdownlint-cli2 over the same files (the peer), the
// parse-only floors (single-threaded and one worker per core), a warm re-run with
// --cache, and a run on one changed page with its counterparts (the pre-commit case);
// the cold lint once more with V8's background threads sized to the cores, and once
// with every rule off (the engine alone: read, plan, parse, model, report).
// Prints medians and ratios; writes them as JSON to bench/results/.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { benchTree, PER_COPY } from './tree.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const project = path.resolve(here, '..');
if (!existsSync('/usr/bin/time')) {
  console.error('bench: /usr/bin/time is needed to measure peak memory (Debian: apt-get install time)');
  process.exit(2);
}
const { values, copies, tree, fileCount } = await benchTree('5000', { runs: { type: 'string', default: '3' }, only: { type: 'string' } });
const runs = Number(values.runs);
const cacheDir = path.join(tmpdir(), `l10n-lint-bench-cache-${copies}`);
const cli = path.join(project, 'dist', 'bundle', 'cli.js');
const markdownlint = path.join(project, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const floor = path.join(here, 'floor.mjs');
const changedPage = path.join(tree, 'german-playbook', 'copy-000', 'approach-get-modern-de.md');
const original = readFileSync(changedPage);
const { builtinRules } = await import('../dist/src/index.js');
const lintArgs = [cli, '--config', path.join(tree, 'l10n-lint.config.json'), '--format', 'json', '--output-file', path.join(tmpdir(), 'l10n-lint-bench-out.json')];

/** Each command: how to run it, and what to do just before (not measured). */
const commands = {
  'markdownlint-cli2': { args: [markdownlint, '**/*.md'] },
  'l10n-lint cold': { args: lintArgs },
  // V8's background threads (its optimising compiler and garbage collector) are four
  // whatever the machine: on fewer cores they compete with the workers. The same run
  // with them sized to the cores (NODE_OPTIONS=--v8-pool-size=N does it for a user).
  [`l10n-lint cold, --v8-pool-size=${availableParallelism()}`]: { args: [`--v8-pool-size=${availableParallelism()}`, ...lintArgs] },
  // What the rules cost is the difference from the full lint; what the engine costs, from the floor.
  'l10n-lint cold, rules off': { args: [...lintArgs, ...[...builtinRules.keys()].flatMap((id) => ['--rule', `${id}:off`])] },
  'l10n-lint warm (--cache)': { args: [...lintArgs, '--cache', '--cache-location', cacheDir] },
  'l10n-lint one changed page': {
    args: [...lintArgs, path.relative(tree, changedPage)],
    before: (run) => appendFileSync(changedPage, `\nZqxchange${run}\n`),
  },
  'floor gfm, 1 thread': { args: [floor, '--root', tree, '--parser', 'gfm', '--workers', '0'] },
  [`floor gfm, ${availableParallelism()} workers`]: { args: [floor, '--root', tree, '--parser', 'gfm', '--workers', 'cores'] },
  'floor l10n-lint parse, 1 thread': { args: [floor, '--root', tree, '--parser', 'l10n-lint', '--workers', '0'] },
  [`floor l10n-lint parse, ${availableParallelism()} workers`]: { args: [floor, '--root', tree, '--parser', 'l10n-lint', '--workers', 'cores'] },
};
const selected = values.only ? Object.fromEntries(Object.entries(commands).filter(([name]) => values.only.split(',').some((part) => name.includes(part)))) : commands;

/**
 * Runs a command under /usr/bin/time: wall seconds, CPU seconds (user + system, all
 * threads) and peak resident memory in MiB. On a shared machine the CPU time is the
 * steadier figure: wall time then depends on how many threads a command has.
 */
function measure(args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [wall, user, system, kib] = last.split(' ').map(Number);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  return { wall, cpu: user + system, peakMiB: kib / 1024 };
}

// The warm run needs a cache: made once, not measured.
rmSync(cacheDir, { recursive: true, force: true });
if (selected['l10n-lint warm (--cache)']) spawnSync(process.execPath, [...lintArgs, '--cache', '--cache-location', cacheDir], { cwd: tree });

console.log(`${fileCount} files (${copies} copies of the corpus's ${PER_COPY}), ${runs} runs each, alternating; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB`);
const samples = Object.fromEntries(Object.keys(selected).map((name) => [name, []]));
for (let run = 0; run < runs; run++) {
  for (const [name, command] of Object.entries(selected)) {
    command.before?.(run);
    const sample = measure(command.args);
    samples[name].push(sample);
    console.log(`  run ${run + 1} ${name}: ${sample.wall.toFixed(2)} s, CPU ${sample.cpu.toFixed(2)} s, ${sample.peakMiB.toFixed(0)} MiB`);
  }
}
writeFileSync(changedPage, original);

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medians = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => [name, { wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), peakMiB: median(list.map((s) => s.peakMiB)) }]),
);
const peer = medians['markdownlint-cli2']?.wall;
const cores = availableParallelism();
const floors = {
  gfm: medians[`floor gfm, ${cores} workers`]?.wall,
  own: medians[`floor l10n-lint parse, ${cores} workers`]?.wall,
};
const peerCpu = medians['markdownlint-cli2']?.cpu;
console.log('\nmedian wall   median CPU  peak MiB   wall vs markdownlint-cli2   CPU vs it   wall vs gfm floor/core   vs own parse floor/core   command');
for (const [name, m] of Object.entries(medians)) {
  const ratio = (value, base) => (base ? (value / base).toFixed(3) + 'x' : '-');
  console.log(
    `${m.wall.toFixed(2).padStart(9)} s ${m.cpu.toFixed(2).padStart(10)} s ${m.peakMiB.toFixed(0).padStart(9)}   ${ratio(m.wall, peer).padStart(25)}   ${ratio(m.cpu, peerCpu).padStart(9)}   ${ratio(m.wall, floors.gfm).padStart(22)}   ${ratio(m.wall, floors.own).padStart(23)}   ${name}`,
  );
}
const out = path.join(here, 'results');
mkdirSync(out, { recursive: true });
const file = path.join(out, `bench-${fileCount}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify({ files: fileCount, copies, runs, cores, cpu: cpus()[0]?.model, node: process.version, samples, medians, ratios: Object.fromEntries(Object.entries(medians).map(([name, m]) => [name, { toPeer: peer ? m.wall / peer : null, cpuToPeer: peerCpu ? m.cpu / peerCpu : null, toGfmFloor: floors.gfm ? m.wall / floors.gfm : null, toOwnFloor: floors.own ? m.wall / floors.own : null }])) }, null, 2),
);
console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
