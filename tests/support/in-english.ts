/**
 * The domain refuses with message keys; tests that check what a person is told read the English
 * text the key renders to, through the same translator e-mails use.
 */
import { ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";

export async function inEnglish(refusal: unknown): Promise<string> {
  const { t } = await translatorFor("en");
  if (typeof refusal === "string") return t(refusal);
  if (isAppError(refusal)) return t(refusal.message, refusal.details?.params as Record<string, unknown> | undefined);
  if (refusal instanceof ZodError) return refusal.issues.map((issue) => t(issue.message)).join("\n");
  throw new Error(`not a refusal: ${String(refusal)}`);
}
