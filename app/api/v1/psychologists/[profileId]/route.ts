import { authorize } from "@/lib/auth/guard";
import { getPsychologistProfile } from "@/lib/catalogue/get-psychologist-profile";
import { withProblems } from "@/lib/http/problem";

/** One profile with its next free slots and approved reviews. */
export const GET = withProblems(async (_request: Request, context: { params: Promise<{ profileId: string }> }) => {
  const actor = await authorize(["employee"]);
  const profile = await getPsychologistProfile(actor, (await context.params).profileId);
  return Response.json(profile, { headers: { "cache-control": "private, no-store" } });
});
