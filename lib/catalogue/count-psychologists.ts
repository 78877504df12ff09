import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** How many specialists are in each publication state, for the operator's overview. */
export async function countPsychologistsByStatus(actor: Actor) {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.platformOnly");
  const groups = await db().psychologistProfile.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<"draft" | "published" | "hidden", number>>;
}
