import document from "@/docs/openapi.json" with { type: "json" };
import { withProblems } from "@/lib/http/problem";

/** GET → the OpenAPI 3.1 document describing the v1 API (docs/openapi.json). */
export const GET = withProblems(async () => Response.json(document, { headers: { "cache-control": "public, max-age=300" } }));
