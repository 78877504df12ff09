import { z } from "zod";
import { authorize } from "@/lib/auth/guard";
import { withProblems } from "@/lib/http/problem";
import { materialTexts } from "@/lib/i18n/material-labels";
import { LOCALES } from "@/lib/i18n/locales";
import { posterPdf } from "@/lib/materials/poster-pdf";
import { getProgrammeMaterials } from "@/lib/materials/programme-materials";

const ZLang = z.enum(LOCALES, { error: "errors.materials.language" });

/** GET ?lang=en|ru → the programme's A4 poster as a PDF, for the employer's HR and admins. */
export const GET = withProblems(async (request: Request) => {
  const materials = await getProgrammeMaterials(await authorize(["hr", "tenant_admin"]));
  const lang = ZLang.parse(new URL(request.url).searchParams.get("lang") ?? materials.locale);
  const pdf = await posterPdf(materials, (await materialTexts(materials, lang)).poster);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="harbor-poster-${materials.slug}-${lang}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
});
