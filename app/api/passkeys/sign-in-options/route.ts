import { clientAddress } from "@/lib/http/client-address";
import { withProblems } from "@/lib/http/problem";
import { passkeySignInOptions } from "@/lib/passkeys/sign-in-with-passkey";

/** A one-time challenge for signing in with a passkey (public: the passkey names the account). */
export const POST = withProblems(async (request: Request) =>
  Response.json(await passkeySignInOptions({ clientAddress: clientAddress(request.headers) }), { headers: { "cache-control": "no-store" } }),
);
