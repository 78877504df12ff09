/** The homework an employee's psychologists gave them, decrypted for the employee alone. */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { homeworkItem, HOMEWORK_SELECT, type HomeworkItem } from "./homework-item";

export type { HomeworkItem };

export async function listMyHomework(actor: Actor): Promise<HomeworkItem[]> {
  if (actor.role !== "employee") throw new AppError("forbidden", "errors.access.homework");
  const rows = await db().homeworkTask.findMany({
    where: { employeeId: actor.id },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 50,
    select: HOMEWORK_SELECT,
  });
  return rows.map(homeworkItem);
}
