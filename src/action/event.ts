import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/load.js';

/** The commits a workflow run compares: a pull request's base and head, or a push's before and after. */
export interface EventRange {
  base: string;
  head: string;
  /** What the range is, in words, for the summary. */
  label: string;
}

const NULL_SHA = /^0+$/;

/** Reads the event file GitHub names in GITHUB_EVENT_PATH; null when the event has no range to compare. */
export function eventRange(eventName: string | undefined, eventPath: string | undefined): EventRange | null {
  if (!eventPath) return null;
  let event: {
    pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } };
    before?: string;
    after?: string;
  };
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8')) as typeof event;
  } catch (error) {
    throw new ConfigError(`GITHUB_EVENT_PATH ${eventPath}: cannot read the event (${(error as Error).message})`);
  }
  const pr = event.pull_request;
  if (pr?.base?.sha && pr.head?.sha) return { base: pr.base.sha, head: pr.head.sha, label: `pull request #${pr.number ?? '?'}` };
  if ((eventName === undefined || eventName === 'push') && event.before && event.after && !NULL_SHA.test(event.before)) {
    return { base: event.before, head: event.after, label: 'push' };
  }
  return null;
}
