/**
 * Every process `npm start` (or a benchmark) starts is registered here the moment it is spawned, so
 * that each way out stops it: Ctrl-C or SIGTERM at any stage of start-up (a LiveKit build, a `next
 * build`, a server still starting), a failure, or an uncaught error. Nothing is left behind holding
 * ports after its parent is gone.
 */
import type { ChildProcess } from "node:child_process";

const running = new Set<ChildProcess>();
/** Children spawned `detached` lead a process group of their own (a `go install` and its compilers): the whole group is signalled. */
const groups = new WeakSet<ChildProcess>();
let closing = false;

export function track<T extends ChildProcess>(child: T, options: { group?: boolean } = {}): T {
  running.add(child);
  if (options.group) groups.add(child);
  child.once("exit", () => running.delete(child));
  // Spawned while shutting down (start-up carried on past an await): stopped at once.
  if (closing) void stopChild(child, 2_000);
  return child;
}

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

function signal(child: ChildProcess, name: NodeJS.Signals) {
  try {
    if (groups.has(child) && child.pid) process.kill(-child.pid, name);
    else child.kill(name);
  } catch {
    // exited meanwhile
  }
}

/** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (!alive(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signal(child, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, graceMs))]);
  if (alive(child)) signal(child, "SIGKILL");
  // A group's other members (the compilers under `go install`) may outlive its leader's exit.
  if (groups.has(child) && child.pid) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // the group is gone
    }
  }
}

export function isClosing(): boolean {
  return closing;
}

export async function stopAllChildren(graceMs = 10_000): Promise<void> {
  closing = true;
  await Promise.all([...running].map((child) => stopChild(child, graceMs)));
}

// The last resort, when the process exits without going through a shutdown (an uncaught error):
// 'exit' handlers must be synchronous, so the children get SIGKILL.
process.once("exit", () => {
  for (const child of running) if (alive(child)) signal(child, "SIGKILL");
});
