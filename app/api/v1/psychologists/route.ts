import { authorize } from "@/lib/auth/guard";
import { parseCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { listPsychologists } from "@/lib/catalogue/list-psychologists";
import { withProblems } from "@/lib/http/problem";

/** The employee's catalogue: GET ?direction=&topic=&format=&language=&gender=&withinDays=&sort=&page= */
export const GET = withProblems(async (request: Request) => {
  const started = performance.now();
  const actor = await authorize(["employee"]);
  const page = await listPsychologists(actor, parseCatalogueQuery(new URL(request.url).searchParams));
  return Response.json(page, {
    headers: { "cache-control": "private, no-store", "server-timing": `app;dur=${(performance.now() - started).toFixed(1)}` },
  });
});
