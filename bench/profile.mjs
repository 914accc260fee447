// npm run bench:profile -- [--files N] [--tree DIR]
//
// Where a cold lint's time goes: runs l10n-lint once over the benchmark's tree with
// V8's sampling profiler on every thread (`node --cpu-prof`), then sums each thread's
// samples by part of the pipeline. Prints a table per thread (the main thread reads
// files; the workers parse and run the rules) and writes it as JSON to bench/results/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchTree } from './tree.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const project = path.resolve(here, '..');
const { tree, fileCount } = await benchTree('1250');

/** Parts of the pipeline, by where a sampled function lives: the first that matches names it. */
const PARTS = [
  ['garbage collection', (frame) => frame.functionName === '(garbage collector)'],
  ['waiting (idle)', (frame) => frame.functionName === '(idle)' || frame.functionName === 'atomicsWaitLoop'],
  ['Markdown parser (micromark)', (frame) => /node_modules\/micromark/.test(frame.url)],
  ['syntax tree (mdast-util-*)', (frame) => /node_modules\/mdast-util/.test(frame.url)],
  ['front matter (gray-matter, YAML)', (frame) => /node_modules\/(gray-matter|js-yaml|yaml)\//.test(frame.url)],
  ['page model (src/page)', (frame) => /\/src\/page\//.test(frame.url)],
  ['alignment (src/align)', (frame) => /\/src\/align\//.test(frame.url)],
  ['rules (rules/, src/links, src/changelog, src/sync)', (frame) => /\/(rules|src\/links|src\/changelog|src\/sync)\//.test(frame.url)],
  ['engine (src/engine, src/discover, src/config)', (frame) => /\/src\/(engine|discover|config)\//.test(frame.url)],
  ['worker pool (tinypool, messages)', (frame) => /node_modules\/tinypool/.test(frame.url) || frame.functionName === 'postMessage'],
  ['modules, startup', (frame) => /node:internal\/modules|node:internal\/bootstrap/.test(frame.url)],
  ['regular expressions', (frame) => frame.functionName.startsWith('RegExp:')],
  ['file system', (frame) => /^(open|read|close|fstat|stat|lstat|realpath|openFileHandle)$/.test(frame.functionName) || /node:fs|node:internal\/fs/.test(frame.url)],
];
const OTHER = 'other';

/** Milliseconds per part in one profile: each sample counted where its own function lives. */
function breakdown(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const ms = new Map();
  for (let i = 0; i < profile.samples.length; i++) ms.set(profile.samples[i], (ms.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const parts = Object.fromEntries([...PARTS.map(([name]) => [name, 0]), [OTHER, 0]]);
  for (const node of profile.nodes) {
    const time = ms.get(node.id) ?? 0;
    const part = PARTS.find(([, matches]) => matches(node.callFrame))?.[0] ?? OTHER;
    parts[part] += time;
  }
  return parts;
}

const profiles = mkdtempSync(path.join(tmpdir(), 'l10n-lint-profile-'));
// The compiled sources rather than the bundled bin: each sampled function keeps the file it comes from.
const cli = path.join(project, 'dist', 'src', 'cli.js');
const args = ['--cpu-prof', '--cpu-prof-dir', profiles, cli, '--config', path.join(tree, 'l10n-lint.config.json'), '--format', 'json', '--output-file', path.join(profiles, 'out.json')];
// Worker threads inherit --cpu-prof through execArgv: each writes its own profile.
// Under /usr/bin/time, for the CPU time of the whole process: the profiles see only the
// JavaScript threads (sampled wall time, which counts time spent waiting for a core),
// not V8's own helper threads (optimising compiler, garbage collector).
const started = Date.now();
const run = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { cwd: tree, encoding: 'utf8' });
if (run.status !== 0 && run.status !== 1) throw new Error(`l10n-lint exited ${run.status}: ${run.stderr.slice(-2000)}`);
const wall = (Date.now() - started) / 1000;
const [user, system] = (/cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr) ?? []).slice(1).map(Number);
const cpu = (user ?? NaN) + (system ?? NaN);

// Profiles are named CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile; thread 0 is the main thread.
const threads = readdirSync(profiles)
  .filter((name) => name.endsWith('.cpuprofile'))
  .sort((a, b) => Number(a.split('.')[4]) - Number(b.split('.')[4]))
  .map((name) => ({ thread: Number(name.split('.')[4]) === 0 ? 'main thread' : `worker ${name.split('.')[4]}`, parts: breakdown(path.join(profiles, name)) }));
rmSync(profiles, { recursive: true, force: true });

console.log(`${fileCount} files, one cold lint under the profiler: ${wall.toFixed(1)} s wall (the profiler slows it)\n`);
const names = [...PARTS.map(([name]) => name), OTHER];
const header = ['part'.padEnd(52), ...threads.map(({ thread }) => thread.padStart(16))].join('');
console.log(header);
for (const name of names) {
  const cells = threads.map(({ parts }) => {
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    return `${(parts[name] / 1000).toFixed(1)} s ${((100 * parts[name]) / total).toFixed(0).padStart(3)} %`.padStart(16);
  });
  console.log([name.padEnd(52), ...cells].join(''));
}
console.log(`\nCPU time of the whole process: ${cpu.toFixed(1)} s over ${wall.toFixed(1)} s (every thread, V8's own helper threads too)`);
const out = path.join(here, 'results');
mkdirSync(out, { recursive: true });
const file = path.join(out, `profile-${fileCount}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ files: fileCount, wall, cpu, threads }, null, 2));
console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
