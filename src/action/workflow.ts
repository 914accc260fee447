import { appendFileSync } from 'node:fs';
import { crypto } from '../crypto.js';

/** Appends `name=value` outputs to the file GitHub names in GITHUB_OUTPUT (multi-line values with a delimiter). */
export function writeOutputs(file: string | undefined, outputs: Record<string, string | number>): void {
  if (!file) return;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const string = String(value);
    if (!/[\r\n]/.test(string)) text += `${name}=${string}\n`;
    else {
      const delimiter = `ghadelimiter_${crypto().randomUUID()}`;
      text += `${name}<<${delimiter}\n${string}\n${delimiter}\n`;
    }
  }
  appendFileSync(file, text);
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY). */
export function appendSummary(file: string | undefined, markdown: string): void {
  if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : markdown + '\n');
}
