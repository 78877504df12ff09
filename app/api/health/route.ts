/**
 * Liveness for load balancers and orchestrators: answers as soon as the web server can serve a
 * request, without touching the database, so a database outage does not get every web process
 * restarted. The booking benchmark also measures it as the framework's own floor on its machine.
 * `calls` says whether calls can be placed yet (a room waiting for a first-time LiveKit build asks).
 */
import { livekitStatus } from "@/lib/sessions/livekit";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok", calls: livekitStatus() }, { headers: { "cache-control": "no-store" } });
}
