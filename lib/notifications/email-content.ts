/**
 * What an outbox e-mail says, sealed in one value: subject, text and calendar file can hold links
 * that sign someone in (reset, confirmation) or say when a session is, so a dump shows none of it.
 * The row keeps its content sealed after sending: the development outbox reads it back.
 */
import { openField, sealField } from "@/lib/crypto/sealed-field";
import { z } from "zod";

export const ZEmailContent = z.object({ subject: z.string(), text: z.string(), ics: z.string().nullable() });
export type EmailContent = z.infer<typeof ZEmailContent>;

export const emailContentContext = (emailId: string) => `emails.content:${emailId}`;

export function sealEmailContent(emailId: string, content: EmailContent): Uint8Array<ArrayBuffer> {
  return sealField(JSON.stringify(content), emailContentContext(emailId));
}

export function openEmailContent(email: { id: string; contentSealed: Uint8Array }): EmailContent {
  return ZEmailContent.parse(JSON.parse(openField(email.contentSealed, emailContentContext(email.id))));
}
