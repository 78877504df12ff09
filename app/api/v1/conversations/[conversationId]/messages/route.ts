import { authorize } from "@/lib/auth/guard";
import { sendMessage } from "@/lib/chat/send-message";
import { readJsonBody } from "@/lib/http/json-body";
import { withProblems } from "@/lib/http/problem";

type Params = { params: Promise<{ conversationId: string }> };

/** Send {"text","clientToken"}: 201 with the stored message (the same one again for a retried token). */
export const POST = withProblems(async (request: Request, { params }: Params) => {
  const actor = await authorize(["employee", "psychologist"]);
  const message = await sendMessage(actor, (await params).conversationId, await readJsonBody(request));
  return Response.json(message, { status: 201, headers: { "cache-control": "no-store" } });
});
