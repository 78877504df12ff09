import { z } from "zod";
import { authorize } from "@/lib/auth/guard";
import { withProblems } from "@/lib/http/problem";
import { assertCanImportInto, importRegistry } from "@/lib/registry/import-registry";
import { withUploadedFile } from "@/lib/registry/receive-upload";

const ZQuery = z.object({
  mode: z.enum(["append", "replace"]).default("append"),
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

/** Upload a registry file as the raw request body: POST ?mode=append|replace&dryRun=true|false */
export const POST = withProblems(async (request: Request, context: { params: Promise<{ tenantId: string }> }) => {
  const actor = await authorize(["tenant_admin", "platform_admin"]);
  const importer = { id: actor.id, role: actor.role as "tenant_admin" | "platform_admin", tenantId: actor.tenantId };
  const tenantId = z.uuid().parse((await context.params).tenantId);
  const query = ZQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  // Refused before a byte of the body is read: another tenant's URL answers 404 at once.
  await assertCanImportInto(importer, tenantId);
  const summary = await withUploadedFile(request.body, (file) => importRegistry(importer, { tenantId, ...query }, file));
  return Response.json(summary, { headers: { "cache-control": "no-store" } });
});
