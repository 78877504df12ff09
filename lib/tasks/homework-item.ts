/** One task as both sides see it: what was asked, when it is due, whether and how it was answered. */
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { unsealAnswer, unsealHomework } from "./homework-body";

export interface HomeworkItem {
  id: string;
  title: string;
  instructions: string;
  status: TaskStatus;
  dueOn: Date | null;
  completedAt: Date | null;
  answer: string | null;
  createdAt: Date;
  psychologistName: string;
}

export const HOMEWORK_SELECT = {
  id: true,
  keyId: true,
  iv: true,
  ciphertext: true,
  answerKeyId: true,
  answerIv: true,
  answerCiphertext: true,
  status: true,
  dueOn: true,
  completedAt: true,
  createdAt: true,
  psychologist: { select: { displayName: true } },
} as const;

type HomeworkRow = {
  id: string;
  keyId: string;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  answerKeyId: string | null;
  answerIv: Uint8Array | null;
  answerCiphertext: Uint8Array | null;
  status: TaskStatus;
  dueOn: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  psychologist: { displayName: string };
};

export function homeworkItem(row: HomeworkRow): HomeworkItem {
  const text = unsealHomework(row.id, { keyId: row.keyId, iv: new Uint8Array(row.iv), ciphertext: new Uint8Array(row.ciphertext) });
  return {
    id: row.id,
    ...text,
    status: row.status,
    dueOn: row.dueOn,
    completedAt: row.completedAt,
    answer: unsealAnswer(row.id, row),
    createdAt: row.createdAt,
    psychologistName: row.psychologist.displayName,
  };
}
