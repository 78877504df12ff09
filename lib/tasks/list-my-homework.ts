/** The homework an employee's psychologists gave them, decrypted for the employee alone. */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { unseal } from "@/lib/crypto/seal";
import { AppError } from "@/lib/errors";
import type { TaskStatus } from "@/lib/generated/prisma/enums";

export interface HomeworkItem {
  id: string;
  text: string;
  status: TaskStatus;
  dueOn: Date | null;
  psychologistName: string;
}

export async function listMyHomework(actor: Actor): Promise<HomeworkItem[]> {
  if (actor.role !== "employee") throw new AppError("forbidden", "errors.access.homework");
  const rows = await db().homeworkTask.findMany({
    where: { employeeId: actor.id },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 50,
    select: { id: true, keyId: true, iv: true, ciphertext: true, status: true, dueOn: true, psychologist: { select: { displayName: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    text: unseal(row, `homework:${row.id}`),
    status: row.status,
    dueOn: row.dueOn,
    psychologistName: row.psychologist.displayName,
  }));
}
