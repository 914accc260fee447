import { createGroupChecker, type CheckSetup, type GroupChecker, type GroupOutcome, type GroupTask } from './group-check.js';

/** A task for a worker: a group, and its run's setup as JSON in memory shared by every task of the run. */
export interface WorkerTask {
  run: string;
  setup: SharedArrayBuffer;
  task: GroupTask;
}

let current: { run: string; checker: Promise<GroupChecker> } | undefined;

/** The checker of this task's run: made from the setup on the run's first task in this thread, then kept. */
function checkerFor({ run, setup }: WorkerTask): Promise<GroupChecker> {
  if (current?.run !== run) {
    void current?.checker.then((checker) => checker.close());
    current = { run, checker: createGroupChecker(JSON.parse(Buffer.from(setup).toString()) as CheckSetup) };
  }
  return current.checker;
}

/**
 * Runs in a worker thread: parses a group's pages and checks them. Only findings and
 * page summaries go back to the main thread; page models and syntax trees stay here.
 */
export default async function checkGroup(work: WorkerTask): Promise<GroupOutcome> {
  return (await checkerFor(work)).check(work.task);
}

/** Runs in a worker thread: the external URLs of a group's translations (`--online`). */
export async function urlsOf(work: WorkerTask): Promise<string[]> {
  return (await checkerFor(work)).urls(work.task);
}
