/** A person's own time zone: every time Harbor shows them (slots, sessions, e-mails) is in it. */
import { IANAZone } from "luxon";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";

export const ZTimeZone = z.string().refine((zone) => IANAZone.isValidZone(zone), "errors.common.timeZone");

export async function setMyTimeZone(actor: Actor, timeZone: unknown): Promise<void> {
  await db().user.update({ where: { id: actor.id }, data: { timeZone: ZTimeZone.parse(timeZone) } });
}
