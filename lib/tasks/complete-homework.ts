/** The employee marks a task done, with an optional answer only they and their psychologist read. */
import { z } from "zod";
import { zVisibleText } from "@/lib/forms/visible-text";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sealAnswer } from "./homework-body";

export const ZCompleteHomeworkInput = z.object({ answer: zVisibleText("text", z.string().trim().max(4000, "errors.homework.answerTooLong")).default("") });
export type CompleteHomeworkInput = z.infer<typeof ZCompleteHomeworkInput>;

export async function completeHomework(actor: Actor, taskId: string, input: unknown, now = new Date()): Promise<void> {
  if (actor.role !== "employee") throw new AppError("forbidden", "errors.access.homework");
  if (!z.uuid().safeParse(taskId).success) throw new AppError("not_found", "errors.homework.notFound");
  const { answer } = ZCompleteHomeworkInput.parse(input);
  const sealed = answer ? sealAnswer(taskId, answer) : null;
  const { count } = await db().homeworkTask.updateMany({
    where: { id: taskId, employeeId: actor.id, status: "assigned" },
    data: {
      status: "done",
      completedAt: now,
      answerKeyId: sealed?.keyId ?? null,
      answerIv: sealed?.iv ?? null,
      answerCiphertext: sealed?.ciphertext ?? null,
    },
  });
  if (count > 0) return;
  const exists = await db().homeworkTask.findFirst({ where: { id: taskId, employeeId: actor.id }, select: { id: true } });
  throw exists ? new AppError("conflict", "errors.homework.alreadyDone") : new AppError("not_found", "errors.homework.notFound");
}
