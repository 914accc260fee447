import { createGroupChecker, type CheckSetup, type GroupChecker, type GroupOutcome, type GroupTask } from './group-check.js';

/** A task for a worker: the run's setup (small) travels with each group. */
export interface WorkerTask {
  setup: CheckSetup;
  task: GroupTask;
}

let current: { run: string; checker: Promise<GroupChecker> } | undefined;

/** The checker of this task's run: made on the run's first task in this thread, then kept. */
function checkerFor(setup: CheckSetup): Promise<GroupChecker> {
  if (current?.run !== setup.run) {
    void current?.checker.then((checker) => checker.close());
    current = { run: setup.run, checker: createGroupChecker(setup) };
  }
  return current.checker;
}

/**
 * Runs in a worker thread: parses a group's pages and checks them. Only findings and
 * page summaries go back to the main thread; page models and syntax trees stay here.
 */
export default async function checkGroup({ setup, task }: WorkerTask): Promise<GroupOutcome> {
  return (await checkerFor(setup)).check(task);
}

/** Runs in a worker thread: the external URLs of a group's translations (`--online`). */
export async function urlsOf({ setup, task }: WorkerTask): Promise<string[]> {
  return (await checkerFor(setup)).urls(task);
}
