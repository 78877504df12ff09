import { authorize } from "@/lib/auth/guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { withProblems } from "@/lib/http/problem";
import { passkeyRegistrationOptions } from "@/lib/passkeys/register-passkey";

/** Options for adding a passkey to the signed-in account (staff may add one as their second factor). */
export const POST = withProblems(async () => {
  const actor = await authorize(ROUTE_ROLES["/account/security"], { whileSecondFactorSetupIsDue: true });
  return Response.json(await passkeyRegistrationOptions(actor), { headers: { "cache-control": "no-store" } });
});
