import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheFile, loadProgram, writeCodeCache } from '../src/program-loader.js';
import { BIN, ROOT } from './support/bin.js';
import { makeTree } from './support/tree.js';

interface Greeter {
  greet(name: string): string;
  where: string;
}

/** A program as the build writes one: its build's id on the first line, then CommonJS. */
function program(id: string, body = 'exports.greet = (name) => `Hallo ${name}`;'): string {
  const file = path.join(makeTree({}), 'program.cjs');
  writeFileSync(file, `// l10n-lint build ${id}\n${body}\nexports.where = __filename + ' ' + __dirname + ' ' + typeof require('node:path').join;\n`);
  return file;
}

describe('loadProgram', () => {
  it('compiles a program from the code cache written for its build', () => {
    const file = program('0123abcd');
    const first = loadProgram<Greeter>(file, true);
    expect(first.cache).toBe('absent');
    expect(first.buildId).toBe('0123abcd');
    expect(first.exports.greet('Welt')).toBe('Hallo Welt');
    writeCodeCache(file, first);
    expect(readFileSync(codeCacheFile(file)).subarray(0, 9).toString()).toBe('0123abcd\n');

    const cached = loadProgram<Greeter>(file, true);
    expect(cached.cache).toBe('used');
    expect(cached.exports.greet('Welt')).toBe('Hallo Welt');
    // A CommonJS module's own variables, as `require` gives them.
    expect(cached.exports.where).toBe(`${file} ${path.dirname(file)} function`);
  });

  it('does not read the cache of another build, even of a program just as long, and compiles from the source', () => {
    const file = program('0123abcd', 'exports.greet = (name) => `Hallo ${name}`;');
    writeCodeCache(file, loadProgram(file, true));
    writeFileSync(file, readFileSync(file, 'utf8').replace('0123abcd', '4567cdef').replace('Hallo', 'Hello'));
    const other = loadProgram<Greeter>(file, true);
    expect(other.cache).toBe('absent');
    expect(other.exports.greet('World')).toBe('Hello World');
  });

  it('compiles from the source when V8 refuses the cache (damaged, or made by another V8)', () => {
    const file = program('0123abcd');
    writeFileSync(codeCacheFile(file), Buffer.concat([Buffer.from('0123abcd\n'), Buffer.alloc(4096, 7)]));
    const loaded = loadProgram<Greeter>(file, true);
    expect(loaded.cache).toBe('rejected');
    expect(loaded.exports.greet('Welt')).toBe('Hallo Welt');
  });

  it('requires the program as Node would when no cache is wanted', () => {
    const file = program('0123abcd');
    const loaded = loadProgram<Greeter>(file, false);
    expect(loaded).toMatchObject({ cache: 'off', script: null, buildId: null });
    expect(loaded.exports.greet('Welt')).toBe('Hallo Welt');
    expect(() => writeCodeCache(file, loaded)).toThrow('loaded with require(): there is no code to cache');
  });

  it('refuses to cache a program that does not name its build', () => {
    const file = path.join(makeTree({}), 'program.cjs');
    writeFileSync(file, 'exports.greet = () => "";\n');
    expect(() => writeCodeCache(file, loadProgram(file, true))).toThrow('does not start with "// l10n-lint build <id>"');
  });
});

describe("the bin's program", () => {
  it('is compiled from the code cache the build made, on the Node that built it', () => {
    const probe = `
      const { tuneHeap } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'heap-tuning.js'))});
      tuneHeap();
      const { loadProgram } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'program-loader.js'))});
      process.stdout.write(loadProgram(${JSON.stringify(path.join(path.dirname(BIN), 'program.cjs'))}).cache);
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    // Node 22 and later keep a compile cache of their own: the program is then required.
    expect(result.stdout).toBe('enableCompileCache' in module ? 'off' : 'used');
  });

  it('is required, not compiled from the cache, when source maps are on (node --enable-source-maps)', () => {
    const probe = `
      const { loadProgram } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'program-loader.js'))});
      process.stdout.write(loadProgram(${JSON.stringify(path.join(path.dirname(BIN), 'program.cjs'))}).cache);
    `;
    const result = spawnSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(result.stdout).toBe('off');
  });
});
