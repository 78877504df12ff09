/**
 * The web process `npm start` runs: Next.js behind Node's own HTTP server, so that each request's
 * client address is taken from the socket (and from X-Forwarded-For only as far as TRUSTED_PROXIES
 * allows) before Next sees it. Rate limits read only that (lib/http/client-address.ts).
 */
import http from "node:http";
import next from "next";
import { listenHostname, readStartupEnv } from "@/lib/env";
import { compileTrustedProxies, stampClientAddress } from "@/lib/http/client-address";
import { isServerActionPost, screenServerAction } from "@/lib/http/node-action-gate";

const settings = readStartupEnv();
const hostname = listenHostname(settings);
const trust = compileTrustedProxies(settings.TRUSTED_PROXIES);
const app = next({ dev: false, dir: process.cwd(), hostname, port: settings.PORT });
const handle = app.getRequestHandler();
await app.prepare();
// Imported once Next has set up its request storage, which the guard's modules expect to find.
const { EVENT_STREAM_PATH, serveEventStream } = await import("@/lib/chat/node-event-stream");
const { SEND_MESSAGE_PATH, serveSendMessage } = await import("@/lib/chat/node-send-message");

const server = http.createServer((request, response) => {
  stampClientAddress(request, trust);
  // A chat message is sent here too, beside its stream: most of its way to the other side was Next's own set-up.
  const send = request.method === "POST" ? SEND_MESSAGE_PATH.exec(request.url ?? "") : null;
  if (send) {
    serveSendMessage(request, response, send[1]!).then(
      (unanswered) => unanswered && void handle(unanswered, response),
      (error: unknown) => {
        console.error("[web] chat send", error);
        response.destroy();
      },
    );
    return;
  }
  // A server action's body is checked before React decodes it (a malformed one is a 400, not Next's 500).
  if (isServerActionPost(request)) {
    screenServerAction(request, response).then(
      (screened) => screened && void handle(screened, response),
      (error: unknown) => {
        console.error("[web] server action", error);
        response.destroy();
      },
    );
    return;
  }
  // Chat event streams stay open for hours: served here, without Next's per-request state (decision 0005).
  const stream = request.method === "GET" ? EVENT_STREAM_PATH.exec(request.url ?? "") : null;
  if (!stream) return void handle(request, response);
  serveEventStream(request, response, stream[1]!).then(
    (served) => {
      if (!served) void handle(request, response);
    },
    (error: unknown) => {
      console.error("[web] chat stream", error);
      if (!response.headersSent) void handle(request, response);
      else response.destroy();
    },
  );
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout (60 s)
server.listen(settings.PORT, hostname, () => console.log(`[web] listening on http://${hostname}:${settings.PORT}`));

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
