/**
 * Signs in with the application's own code in a process of its own, against the database
 * DATABASE_URL names (the backup test's restored copy), and prints what it found as JSON.
 * Usage: tsx tests/support/sign-in-process.ts <email> <password>
 */
import { openAlias, openEmail, whereEmail } from "@/lib/auth/account-fields";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";

const [email = "", password = ""] = process.argv.slice(2);
const result = await signIn({ email, password }, { clientAddress: "203.0.113.77" });
const user = await db().user.findUnique({ where: whereEmail(email) });
console.log(JSON.stringify({ result, email: user && openEmail(user), alias: user && openAlias(user) }));
await db().$disconnect();
