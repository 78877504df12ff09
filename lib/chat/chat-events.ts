/**
 * What travels on the Postgres channel between web processes: ids and states, never words. A
 * message's text stays in its sealed row; each stream reads it from there.
 */
import { z } from "zod";
import { AppointmentStatus } from "@/lib/generated/prisma/enums";

const APPOINTMENT_STATUSES = Object.values(AppointmentStatus) as [AppointmentStatus, ...AppointmentStatus[]];

export const CHAT_CHANNEL = "harbor_chat";

export const ZChatSignal = z.discriminatedUnion("k", [
  /** Sessions ended somewhere (a password change, a suspension, a sign-out): every stream checks its own. */
  z.object({ k: z.literal("x") }),
  /** A message was committed (its id is the SSE event id). */
  z.object({ k: z.literal("m"), c: z.uuid(), id: z.string().regex(/^\d+$/) }),
  /** One side is typing. */
  z.object({ k: z.literal("t"), c: z.uuid(), by: z.enum(["employee", "psychologist"]) }),
  /** A session of the pair changed status (a trigger on appointments sends it, whatever changed it). */
  z.object({ k: z.literal("s"), c: z.uuid(), a: z.uuid(), s: z.enum(APPOINTMENT_STATUSES) }),
  /** The psychologist expects to join a session of the pair this many minutes after its start. */
  z.object({ k: z.literal("l"), c: z.uuid(), a: z.uuid(), m: z.number().int().min(1).max(60) }),
  /** One side has read everything up to a message id. */
  z.object({ k: z.literal("r"), c: z.uuid(), by: z.enum(["employee", "psychologist"]), upTo: z.string().regex(/^\d+$/) }),
]);
export type ChatSignal = z.infer<typeof ZChatSignal>;
