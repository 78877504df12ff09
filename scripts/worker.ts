/**
 * The background worker: e-mail delivery, appointment reminders, catalogue upkeep. `npm start`
 * runs one beside the web server; run more (`npm run worker`) on other hosts to share the queue.
 */
import { runWorker } from "@/lib/jobs/run-worker";
import { stopBoss } from "@/lib/jobs/boss";

const log = (line: string) => console.log(`[worker] ${line}`);

await runWorker(log);
log("waiting for jobs");
const stop = async () => {
  log("stopping…");
  await stopBoss();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
