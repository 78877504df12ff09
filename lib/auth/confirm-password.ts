/**
 * "Type your password again" before a change that a session left open on a shared computer must
 * not be enough for (a new password, turning the second factor off). Attempts are limited, so the
 * check cannot become a way to guess the password from a hijacked session.
 */
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { consume } from "@/lib/security/rate-limit";
import type { Actor } from "./guard";
import { verifyPassword } from "./password";

/** Throws a field error on `field` when `password` is not the account's current one. */
export async function confirmCurrentPassword(actor: Actor, password: string, field: string): Promise<void> {
  await consume("passwordChangesPerUser", actor.id, "errors.password.tooManyAttempts");
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, status: true } });
  // A second request racing a deletion (a double click on "Delete my account") finds the password
  // already wiped: the account is gone, which is what it must hear, not that the password is wrong.
  if (user.status === "deleted") throw new AppError("not_found", "errors.deleteAccount.gone");
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError("unprocessable", "errors.password.currentWrong", { fields: [{ path: field, message: "errors.password.notCurrent" }] });
  }
}
