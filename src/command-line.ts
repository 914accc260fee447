import type { main as Main } from './main.js';

/** Runs the command line's `main` on this process's arguments and streams; its answer is the exit code. */
export async function runCommandLine(main: typeof Main): Promise<void> {
  // A reader that stops early (`l10n-lint | head`) closes the pipe: stop writing, quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
