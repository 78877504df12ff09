import { authorize } from "@/lib/auth/guard";
import { getProfilePhoto } from "@/lib/catalogue/profile-photo";
import { withProblems } from "@/lib/http/problem";

/** The profile photo. The URL carries ?v=<change time>, so browsers may keep it for a long time. */
export const GET = withProblems(async (_request: Request, context: { params: Promise<{ profileId: string }> }) => {
  const actor = await authorize(["employee", "psychologist", "platform_admin"]);
  const photo = await getProfilePhoto(actor, (await context.params).profileId);
  return new Response(new Uint8Array(photo.content), {
    headers: { "content-type": photo.mimeType, "cache-control": "private, max-age=31536000, immutable", "x-content-type-options": "nosniff" },
  });
});
