/** A review's text, sealed at rest: only moderation and the published catalogue open it. */
import { openField, sealField } from "@/lib/crypto/sealed-field";

export const reviewTextContext = (feedbackId: string) => `feedback.comment:${feedbackId}`;

export function sealReviewText(feedbackId: string, text: string | null | undefined): Uint8Array<ArrayBuffer> | null {
  return text ? sealField(text, reviewTextContext(feedbackId)) : null;
}

export function openReviewText(feedback: { id: string; commentSealed: Uint8Array | null }): string | null {
  return feedback.commentSealed ? openField(feedback.commentSealed, reviewTextContext(feedback.id)) : null;
}
