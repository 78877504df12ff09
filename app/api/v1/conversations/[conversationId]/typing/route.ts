import { authorize } from "@/lib/auth/guard";
import { signalTyping } from "@/lib/chat/signal-typing";
import { readJsonBody } from "@/lib/http/json-body";
import { withProblems } from "@/lib/http/problem";

type Params = { params: Promise<{ conversationId: string }> };

/** "Typing…" for the other side; stored nowhere. */
export const POST = withProblems(async (request: Request, { params }: Params) => {
  const actor = await authorize(["employee", "psychologist"]);
  await readJsonBody(request);
  await signalTyping(actor, (await params).conversationId);
  return new Response(null, { status: 204 });
});
