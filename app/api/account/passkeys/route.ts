import { authorize } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { readJsonBody } from "@/lib/http/json-body";
import { withProblems } from "@/lib/http/problem";
import { registerPasskey } from "@/lib/passkeys/register-passkey";

/** Adds a passkey: POST {"challengeId","name","response"} (the browser's registration answer) → 201. */
export const POST = withProblems(async (request: Request) => {
  const actor = await authorize(ROUTE_ROLES["/account/security"], { whileSecondFactorSetupIsDue: true });
  return Response.json(await registerPasskey(actor, await readJsonBody(request)), { status: 201, headers: { "cache-control": "no-store" } });
});
