// Module hooks that append the URL of every module loaded to the file named by
// L10N_LINT_MODULE_LOG: what a run of the command line loads.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.L10N_LINT_MODULE_LOG, url + '\n');
  return nextLoad(url, context);
}
