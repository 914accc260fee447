import { main } from '../../src/main.js';

/** Runs the command line in-process in `cwd`, without colours; gathers both outputs. */
export async function runCli(cwd: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--no-color', ...args], {
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}
