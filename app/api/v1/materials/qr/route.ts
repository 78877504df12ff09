import { z } from "zod";
import { authorize } from "@/lib/auth/guard";
import { withProblems } from "@/lib/http/problem";
import { getProgrammeMaterials } from "@/lib/materials/programme-materials";
import { qrPng, qrSvg } from "@/lib/materials/qr-code";

const ZFormat = z.enum(["png", "svg"], { error: "errors.materials.qrFormat" });

/** GET ?format=png|svg → the QR code of the programme's landing page. */
export const GET = withProblems(async (request: Request) => {
  const materials = await getProgrammeMaterials(await authorize(["hr", "tenant_admin"]));
  const format = ZFormat.parse(new URL(request.url).searchParams.get("format"));
  const headers = { "content-disposition": `attachment; filename="harbor-qr-${materials.slug}.${format}"`, "cache-control": "private, no-store" };
  if (format === "svg") return new Response(await qrSvg(materials.landingUrl), { headers: { ...headers, "content-type": "image/svg+xml" } });
  return new Response(new Uint8Array(await qrPng(materials.landingUrl)), { headers: { ...headers, "content-type": "image/png" } });
});
