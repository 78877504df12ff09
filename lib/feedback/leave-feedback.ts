/** An employee rates a session they attended. The review waits for moderation before anyone sees it. */
import { randomUUID } from "node:crypto";
import { sealReviewText } from "./review-text";
import { z } from "zod";
import { zVisibleText } from "@/lib/forms/visible-text";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export const ZFeedbackInput = z.object({
  appointmentId: z.uuid({ error: "errors.feedback.chooseSession" }),
  rating: z.coerce.number({ error: "errors.feedback.chooseStars" }).int().min(1, "errors.feedback.chooseStars").max(5, "errors.feedback.chooseStars"),
  comment: z.preprocess(
    (v) => (v == null || (typeof v === "string" && v.trim() === "") ? null : v),
    zVisibleText("text", z.string().trim().max(1000, "errors.feedback.tooLong")).nullable(),
  ),
});

export async function leaveFeedback(actor: Actor, input: unknown, now = new Date()): Promise<void> {
  if (actor.role !== "employee" || !actor.tenantId) throw new AppError("forbidden", "errors.access.employeesReview");
  const data = ZFeedbackInput.parse(input);
  const appointment = await db().appointment.findFirst({
    where: { id: data.appointmentId, employeeId: actor.id, status: "completed" },
    select: { id: true, tenantId: true, psychologistId: true },
  });
  if (!appointment) throw new AppError("not_found", "errors.feedback.notHeld");
  try {
    const id = randomUUID();
    await db().feedback.create({
      data: {
        id,
        appointmentId: appointment.id,
        tenantId: appointment.tenantId,
        employeeId: actor.id,
        psychologistId: appointment.psychologistId,
        rating: data.rating,
        commentSealed: sealReviewText(id, data.comment),
        // The month it was given, not the session's date: a review cannot be matched to a time slot.
        publishedMonth: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", "errors.feedback.alreadyReviewed");
    throw error;
  }
}
