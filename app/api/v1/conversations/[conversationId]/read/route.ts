import { authorize } from "@/lib/auth/guard";
import { markRead } from "@/lib/chat/mark-read";
import { readJsonBody } from "@/lib/http/json-body";
import { withProblems } from "@/lib/http/problem";

type Params = { params: Promise<{ conversationId: string }> };

/** Read {"upTo": "<message id>"}: the other side's messages up to it are marked read. */
export const POST = withProblems(async (request: Request, { params }: Params) => {
  const actor = await authorize(["employee", "psychologist"]);
  return Response.json(await markRead(actor, (await params).conversationId, await readJsonBody(request)), { headers: { "cache-control": "no-store" } });
});
