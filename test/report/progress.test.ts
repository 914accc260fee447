import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/report/progress.js';
import { runCli, sampleTree } from './sample.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, write: (text: string) => writes.push(text), isTTY, columns: 100 };
}

describe('progress bar', () => {
  it('draws on a terminal, again only when the percentage changes, and clears its line at the end', () => {
    const tty = stream(true);
    const bar = progressBar(tty);
    bar.update('pages checked', 1, 4);
    bar.update('pages checked', 1, 4);
    bar.update('pages checked', 4, 4);
    bar.end();
    expect(tty.writes).toEqual([
      '\r[##########------------------------------] 25% 1/4 pages checked\x1b[K',
      '\r[########################################] 100% 4/4 pages checked\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('fits a narrow terminal', () => {
    const tty = { ...stream(true), columns: 40 };
    progressBar(tty).update('pages checked', 1, 2);
    expect(tty.writes).toEqual(['\r[########-------] 50% 1/2 pages checked\x1b[K']);
  });

  it('writes nothing at all when the stream is not a terminal', () => {
    const pipe = stream(false);
    const bar = progressBar(pipe);
    bar.update('pages checked', 1, 4);
    bar.update('pages checked', 4, 4);
    bar.end();
    expect(pipe.writes).toEqual([]);
  });

  it('l10n-lint report shows it on a terminal only', async () => {
    const dir = sampleTree();
    const onTerminal = await runCli(['report', '--format', 'html'], dir, { tty: true });
    expect(onTerminal.code).toBe(0);
    // 7 files read and 3 pairs checked, a canonical page with its translations at a time; then the 6 files whose lines the report quotes.
    expect(onTerminal.stderr).toMatch(/\] [1-9]\d?% [1-9]\/10 pages checked\x1b\[K/);
    expect(onTerminal.stderr).toContain(' 100% 10/10 pages checked\x1b[K');
    expect(onTerminal.stderr).toContain(' 100% 6/6 pages quoted\x1b[K');
    expect(onTerminal.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(onTerminal.stdout.startsWith('<!doctype html>')).toBe(true);

    const piped = await runCli(['report', '--format', 'html'], dir, { tty: false });
    expect(piped.stderr).toBe('');
    expect(piped.stdout.startsWith('<!doctype html>')).toBe(true);
  });
});
