import { createGroupChecker, type CheckSetup, type GroupChecker, type GroupOutcome, type GroupTask } from './group-check.js';

/** A task for a worker: a few groups, and their run's setup as JSON in memory shared by every task of the run. */
export interface WorkerTask {
  run: string;
  setup: SharedArrayBuffer;
  tasks: GroupTask[];
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
 * Runs in a worker thread: parses each group's pages and checks them, a group at a
 * time. Only findings and page summaries go back to the main thread; page models and
 * syntax trees stay here.
 */
export default async function checkGroups(work: WorkerTask): Promise<GroupOutcome[]> {
  const checker = await checkerFor(work);
  const outcomes: GroupOutcome[] = [];
  for (const task of work.tasks) outcomes.push(await checker.check(task));
  return outcomes;
}

/** Runs in a worker thread: the external URLs of the groups' translations (`--online`). */
export async function urlsOf(work: WorkerTask): Promise<string[]> {
  const checker = await checkerFor(work);
  return work.tasks.flatMap((task) => checker.urls(task));
}
