/**
 * Liveness for load balancers and orchestrators: answers as soon as the web server can serve a
 * request, without touching the database, so a database outage does not get every web process
 * restarted. The booking benchmark also measures it as the framework's own floor on its machine.
 */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
