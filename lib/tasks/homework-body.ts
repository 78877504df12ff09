/**
 * A task's words, sealed at rest (lib/crypto/seal.ts): title and instructions together, the
 * employee's answer apart. Each is bound to the task's id, so a ciphertext copied onto another
 * task fails to open instead of showing there.
 */
import { z } from "zod";
import { seal, unseal, type Sealed } from "@/lib/crypto/seal";

export const homeworkContext = (taskId: string) => `homework:${taskId}`;
export const homeworkAnswerContext = (taskId: string) => `homework-answer:${taskId}`;

export interface HomeworkText {
  title: string;
  instructions: string;
}

const ZStoredBody = z.object({ title: z.string(), instructions: z.string() });

export function sealHomework(taskId: string, text: HomeworkText): Sealed {
  return seal(JSON.stringify(text), homeworkContext(taskId));
}

export function unsealHomework(taskId: string, sealed: Sealed): HomeworkText {
  const plain = unseal(sealed, homeworkContext(taskId));
  const parsed = ZStoredBody.safeParse(safeJson(plain));
  // Tasks written before titles existed hold one text: it becomes the title.
  return parsed.success ? parsed.data : { title: plain, instructions: "" };
}

export function sealAnswer(taskId: string, answer: string): Sealed {
  return seal(answer, homeworkAnswerContext(taskId));
}

export function unsealAnswer(
  taskId: string,
  row: { answerKeyId: string | null; answerIv: Uint8Array | null; answerCiphertext: Uint8Array | null },
): string | null {
  if (!row.answerKeyId || !row.answerIv || !row.answerCiphertext) return null;
  return unseal({ keyId: row.answerKeyId, iv: new Uint8Array(row.answerIv), ciphertext: new Uint8Array(row.answerCiphertext) }, homeworkAnswerContext(taskId));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
