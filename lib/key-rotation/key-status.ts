/** What the platform admin sees of key rotation, and how they ask for it to run now. */
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/guard";
import { pgPool } from "@/lib/db/pg-pool";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/boss";
import { rotationProgress, type RotationProgress } from "./rotate-keys";

function platformAdminOnly(actor: Actor) {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.page");
}

export async function keyRotationStatus(actor: Actor): Promise<RotationProgress> {
  platformAdminOnly(actor);
  return rotationProgress(pgPool());
}

export async function requestKeyRotation(actor: Actor): Promise<void> {
  platformAdminOnly(actor);
  await enqueue({ name: QUEUES.rotateKeys, data: {} });
  await recordAudit({ action: "keys.rotation_requested", actorId: actor.id, actorRole: actor.role });
}
