/**
 * Queues one e-mail (an employee's, with its delivery job) against DATABASE_URL with the application's
 * own code, and prints its id and the recipient's address. The worker-crash test runs it against a
 * database of its own, so no other test's worker or e-mail is involved.
 */
import { inSqlTransaction } from "@/lib/db/sql";
import { enqueueMany } from "@/lib/jobs/enqueue";
import { stopBoss } from "@/lib/jobs/boss";
import { createUser } from "./factories";
import { queueTestEmail } from "./sealed-lookups";

const recipient = await createUser({ role: "psychologist" });
const email = await queueTestEmail(recipient, "Your session tomorrow");
await inSqlTransaction((run) => enqueueMany(run, [{ name: "email.deliver", data: { emailId: email.id } }]));
await stopBoss();
console.log(JSON.stringify({ emailId: email.id, to: recipient.email }));
process.exit(0);
