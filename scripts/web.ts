/**
 * The web process `npm start` runs: Next.js behind Node's own HTTP server, so that each request's
 * client address is taken from the socket (and from X-Forwarded-For only as far as TRUSTED_PROXIES
 * allows) before Next sees it. Rate limits read only that (lib/http/client-address.ts).
 */
import http from "node:http";
import next from "next";
import { readStartupEnv } from "@/lib/env";
import { compileTrustedProxies, stampClientAddress } from "@/lib/http/client-address";

const settings = readStartupEnv();
const trust = compileTrustedProxies(settings.TRUSTED_PROXIES);
const app = next({ dev: false, dir: process.cwd(), hostname: settings.HOSTNAME, port: settings.PORT });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  stampClientAddress(request, trust);
  void handle(request, response);
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout (60 s)
server.listen(settings.PORT, settings.HOSTNAME, () => console.log(`[web] listening on http://${settings.HOSTNAME}:${settings.PORT}`));

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
