/**
 * Every process `npm start` (or a benchmark) starts is registered here the moment it is spawned, so
 * that each way out stops it: Ctrl-C or SIGTERM at any stage of start-up (a LiveKit build, a `next
 * build`, a server still starting), a failure, or an uncaught error. Nothing is left behind holding
 * ports after its parent is gone.
 */
import type { ChildProcess } from "node:child_process";

const running = new Set<ChildProcess>();

export function track<T extends ChildProcess>(child: T): T {
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** SIGTERM to each, then SIGKILL to whatever has not exited within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (!alive(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))]);
  if (alive(child)) child.kill("SIGKILL");
}

export async function stopAllChildren(graceMs = 10_000): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child, graceMs)));
}

// The last resort, when the process exits without going through a shutdown (an uncaught error):
// 'exit' handlers must be synchronous, so the children get SIGKILL.
process.once("exit", () => {
  for (const child of running) if (alive(child)) child.kill("SIGKILL");
});
