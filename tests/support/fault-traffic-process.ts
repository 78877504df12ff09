/**
 * Books sessions and sends messages against DATABASE_URL for a while, with the application's own
 * code in a process of its own (as a web server would), and prints what each attempt answered:
 * the id it confirmed, or the error a person would have read. The fault test restarts the database
 * under it. Usage: tsx tests/support/fault-traffic-process.ts <seconds>
 */
import { randomUUID } from "node:crypto";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { conversationOfAppointment } from "@/lib/chat/conversation-access";
import { sendMessage } from "@/lib/chat/send-message";
import { explainUnavailable } from "@/lib/db/unavailable";
import { isAppError } from "@/lib/errors";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser } from "./factories";

const seconds = Number(process.argv[2] ?? 12);
const tenant = await createTenant({ sessionsPerYear: 1000 });
const employee = await createUser({ role: "employee", tenant });
const { user: psychologist, profile } = await createPsychologist({ hours: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 24] as [number, number, number]) });
const chatting = await createAppointment({ tenant, employee, psychologist: profile, startsAt: new Date(Date.now() - 5 * 60_000), format: "chat" });
const conversationId = await conversationOfAppointment(actorOf(employee), chatting.id);
const firstSlot = new Date(Date.now() + 2 * 86_400_000);
firstSlot.setUTCMinutes(0, 0, 0);
console.log(JSON.stringify({ ready: true, conversationId }));

interface Attempt {
  kind: "booking" | "message";
  at: number;
  id?: string;
  refusal?: string;
}
const attempts: Attempt[] = [];
async function attempt(kind: Attempt["kind"], work: () => Promise<{ id: string }>) {
  const at = Date.now();
  try {
    attempts.push({ kind, at, id: (await work()).id });
  } catch (thrown) {
    const error = explainUnavailable(thrown);
    attempts.push({ kind, at, refusal: isAppError(error) ? `${error.code}: ${error.message}` : `unexplained: ${String(thrown)}` });
  }
}

const end = Date.now() + seconds * 1000;
for (let i = 0; Date.now() < end; i++) {
  const startsAt = new Date(firstSlot.getTime() + i * 3600_000).toISOString();
  await Promise.all([
    attempt("booking", () => bookAppointment(actorOf(employee), { psychologistId: profile.id, startsAt, direction: "psychology", format: "video" })),
    // Both sides take turns, each well under the chat's per-sender cap.
    attempt("message", () => sendMessage(actorOf(i % 2 ? psychologist : employee), conversationId, { text: `message ${i}`, clientToken: randomUUID() })),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 400));
}
console.log(JSON.stringify({ attempts }));
process.exit(0);
