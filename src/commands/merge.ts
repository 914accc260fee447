import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/load.js';
import { mergeReports } from '../merge/merge.js';
import { withUsage } from './arguments.js';

interface MergeIo {
  cwd: string;
  stdout: { write(text: string): unknown };
}

const USAGE = 'usage: l10n-lint merge [-o FILE] REPORT...';

/**
 * `l10n-lint merge`: joins the reports of `--shard` runs (json or sarif, found from
 * their content) into the report one run over everything gives. Exits 1 when the
 * merged report holds errors, as the run would have.
 */
export async function merge(argv: string[], io: MergeIo): Promise<number> {
  const parsed = withUsage(() => parseArgs({ args: argv, allowPositionals: true, strict: true, options: { 'output-file': { type: 'string', short: 'o' } } }), (message) => `merge: ${message} (${USAGE})`);
  const files = parsed.positionals;
  if (files.length === 0) throw new ConfigError(`merge: no reports given (${USAGE})`);
  const reports = await Promise.all(
    files.map(async (file) => {
      try {
        return { name: file, text: await readFile(path.resolve(io.cwd, file), 'utf8') };
      } catch (cause) {
        throw new ConfigError(`merge: cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`);
      }
    }),
  );
  const { output, errors } = mergeReports(reports);
  const outputFile = parsed.values['output-file'];
  if (outputFile) {
    const target = path.resolve(io.cwd, outputFile);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, output + '\n');
  } else {
    io.stdout.write(output + '\n');
  }
  return errors > 0 ? 1 : 0;
}
